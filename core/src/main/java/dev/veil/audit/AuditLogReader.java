package dev.veil.audit;

import dev.veil.VeilException;
import dev.veil.internal.audit.AuditEventCodec;
import dev.veil.internal.json.JsonReader;
import dev.veil.internal.json.JsonReader.JsonException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the events of a JSON Lines audit log back into {@link AuditEvent}s, for consumers such as
 * reports. It does not check the hash chain: run {@link AuditLogVerifier} first when the log's
 * integrity matters. Unknown fields are ignored, so logs from later schema versions with additive
 * changes still read. Stateless; streams the file.
 */
public final class AuditLogReader {
  private AuditLogReader() {}

  /**
   * Calls {@code consumer} for each event, in file order.
   *
   * @throws VeilException if the file cannot be read or a line is not an audit event (naming the
   *     line number)
   */
  public static void forEach(Path file, Consumer<? super AuditEvent> consumer) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        AuditEvent e;
        try {
          Map<String, Object> m = JsonReader.parseObject(line);
          Object schema = m.get("schema");
          if (!(schema instanceof Long v) || v > AuditEvent.SCHEMA_VERSION) {
            throw new VeilException(file.getFileName() + ":" + n + ": unsupported audit schema (this reader knows "
                + AuditEvent.SCHEMA_VERSION + ")");
          }
          if (!"decision".equals(m.get("type"))) {
            continue;
          }
          e = AuditEventCodec.fromJson(m);
        } catch (JsonException ex) {
          throw new VeilException(file.getFileName() + ":" + n + ": not an audit event (" + ex.getMessage() + ")");
        }
        consumer.accept(e);
      }
    } catch (IOException ex) {
      throw new VeilException("cannot read audit log '" + file.getFileName() + "': " + ex.getClass().getSimpleName());
    }
  }

  /** All events of the file, in order. */
  public static List<AuditEvent> readAll(Path file) {
    List<AuditEvent> out = new ArrayList<>();
    forEach(file, out::add);
    return out;
  }
}
