package dev.veil.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.Finding;
import dev.veil.GuardResult;
import dev.veil.Reason;
import dev.veil.VeilException;
import java.util.List;

/** The CLI's JSON shapes (see the CLI contract in docs/cli.md). */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** One parsed JSONL request line. */
  record Request(JsonNode id, String text) {}

  /** A request line that parsed as JSON but is not a valid request; keeps its id for the reply. */
  static final class BadRequest extends VeilException {
    private static final long serialVersionUID = 1L;
    final transient JsonNode id;

    BadRequest(JsonNode id, String message) {
      super(message);
      this.id = id;
    }
  }

  /**
   * Parses {@code {"id": ..., "text": "..."}}.
   *
   * @throws VeilException with a message that never quotes the line
   */
  static Request parseRequest(String line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new VeilException("malformed JSON");
    }
    if (node == null || !node.isObject()) {
      throw new VeilException("expected a JSON object");
    }
    JsonNode id = node.get("id");
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      throw new BadRequest(id, "missing field 'text'");
    }
    if (!text.isTextual()) {
      throw new BadRequest(id, "field 'text' is not a string");
    }
    return new Request(id, text.asText());
  }

  static ArrayNode findings(List<Finding> findings, String text, boolean showValues) {
    ArrayNode arr = MAPPER.createArrayNode();
    for (Finding f : findings) {
      ObjectNode o = arr.addObject();
      o.put("type", f.type().name());
      o.put("start", f.start());
      o.put("end", f.end());
      o.put("score", Math.round(f.score() * 1000) / 1000.0);
      o.put("detector", f.detector());
      if (!f.attributes().isEmpty()) {
        ObjectNode attrs = o.putObject("attributes");
        f.attributes().forEach(attrs::put);
      }
      if (showValues) {
        o.put("value", f.valueIn(text));
      }
    }
    return arr;
  }

  static ArrayNode reasons(List<Reason> reasons) {
    ArrayNode arr = MAPPER.createArrayNode();
    for (Reason r : reasons) {
      ObjectNode o = arr.addObject();
      o.put("rule", r.ruleId());
      o.put("decision", r.decision().name());
      ArrayNode types = o.putArray("types");
      r.types().forEach(t -> types.add(t.name()));
      o.put("citation", r.citation());
      o.put("explanation", r.explanation());
    }
    return arr;
  }

  static ObjectNode guardResult(GuardResult r, String text, boolean showValues) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("decision", r.decision().name());
    r.routeTo().ifPresent(d -> o.put("route_to", d));
    o.set("reasons", reasons(r.reasons()));
    o.set("findings", findings(r.findings(), text, showValues));
    if (r.safeText().isPresent()) {
      o.put("safe_text", r.safeText().get());
    } else {
      o.putNull("safe_text");
    }
    o.put("audit_id", r.auditId());
    return o;
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
