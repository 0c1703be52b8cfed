package dev.veil.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.VeilException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.function.Function;

/**
 * The JSONL loop shared by the commands: one request per line, one result per line, in order. A bad
 * line yields an error object on stdout and a one-line message on stderr naming the line number; the
 * other lines are still processed.
 */
final class Jsonl {
  private Jsonl() {}

  /** Outcome counts of a run. */
  record Counts(int lines, int errors) {}

  static Counts run(String file, PrintWriter out, PrintWriter err, Function<Json.Request, ObjectNode> handler) {
    int lineNo = 0;
    int errors = 0;
    try (BufferedReader reader = Io.reader(file)) {
      while (true) {
        String line;
        try {
          line = reader.readLine();
        } catch (CharacterCodingException e) {
          lineNo++;
          errors++;
          err.println("veil: line " + lineNo + ": not valid UTF-8; stopped reading");
          break;
        }
        if (line == null) {
          break;
        }
        lineNo++;
        ObjectNode result;
        Json.Request req = null;
        try {
          req = Json.parseRequest(line);
          result = handler.apply(req);
        } catch (VeilException e) {
          errors++;
          err.println("veil: line " + lineNo + ": " + e.getMessage());
          result = Json.MAPPER.createObjectNode();
          if (e instanceof Json.BadRequest bad && bad.id != null) {
            result.set("id", bad.id);
          }
          result.put("line", lineNo);
          result.put("error", e.getMessage());
        }
        ObjectNode ordered = Json.MAPPER.createObjectNode();
        if (req != null) {
          ordered.set("id", req.id());
        }
        ordered.setAll(result);
        out.println(Json.write(ordered));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
    return new Counts(lineNo, errors);
  }
}
