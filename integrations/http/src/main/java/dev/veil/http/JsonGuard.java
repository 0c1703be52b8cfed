package dev.veil.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.veil.Decision;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.GuardResult;
import dev.veil.Reason;
import dev.veil.VeilException;
import dev.veil.transform.TransformSession;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Guards structured LLM traffic — tool-call arguments, tool results, MCP messages, any JSON payload —
 * field by field, and keeps the document valid JSON.
 *
 * <p>Every string value is checked with the {@link Guard}; so is every object key (a key can carry an
 * identifier too), except the names given to {@link Builder#skipFields}, whose values are protocol
 * fields such as {@code role} or {@code tool_call_id}. A string value that itself holds a JSON object
 * or array (OpenAI's {@code function.arguments} does) is parsed and guarded recursively, then written
 * back as a string. The document's decision is the strictest of its fields'; if any field is
 * blocked, the whole document is blocked, and if fields would be routed to different destinations the
 * document is blocked.
 *
 * <p>Integers of six digits or more are checked too, by their digits (an identifier typed as a
 * number); when the guard changes them, the safe form replaces the number as a string.
 *
 * <p>Limits: documents nested deeper than {@link Builder#maxDepth} (64 by default) or with more than
 * {@link Builder#maxStrings} strings (100,000) are blocked unread, never passed unchecked.
 *
 * <p>Immutable and thread-safe; one guard call (and one audit event) per non-empty string.
 */
public final class JsonGuard {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Reason id when the document exceeds a structural limit. */
  public static final String LIMIT_EXCEEDED = "veil.json.limit-exceeded";
  /** Reason id when fields would be routed to different destinations. */
  public static final String ROUTE_CONFLICT = "veil.json.route-conflict";
  /** Reason id when two keys of one object would become the same after transformation. */
  public static final String KEY_COLLISION = "veil.json.key-collision";

  private final Guard guard;
  private final Set<String> skipFields;
  private final int maxDepth;
  private final int maxStrings;
  private final boolean parseEmbeddedJson;

  private JsonGuard(Builder b) {
    this.guard = b.guard;
    this.skipFields = Set.copyOf(b.skipFields);
    this.maxDepth = b.maxDepth;
    this.maxStrings = b.maxStrings;
    this.parseEmbeddedJson = b.parseEmbeddedJson;
  }

  public static Builder builder(Guard guard) {
    return new Builder(guard);
  }

  /**
   * A guard for Model Context Protocol (JSON-RPC 2.0) messages: {@code tools/call} arguments, tool
   * results ({@code content[].text}, {@code structuredContent}), resources and prompts are guarded;
   * the protocol fields {@code jsonrpc}, {@code method}, {@code id}, {@code type} and {@code mimeType}
   * pass unchanged.
   */
  public static JsonGuard forMcp(Guard guard) {
    return builder(guard).skipFields("jsonrpc", "method", "id", "type", "mimeType", "protocolVersion").build();
  }

  /** The outcome for a whole document. {@code toString()} shows no values. */
  public record Result(Decision decision, Optional<JsonNode> safeDocument, List<Reason> reasons,
      Optional<String> routeTo, int fieldsChecked, int fieldsChanged) {
    public Result {
      reasons = List.copyOf(reasons);
    }

    public boolean isBlocked() {
      return decision == Decision.BLOCK;
    }

    /** The safe document as compact JSON; throws if blocked. */
    public String safeJson() {
      try {
        return MAPPER.writeValueAsString(safeDocument.orElseThrow(() -> new IllegalStateException("blocked")));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public String toString() {
      return "JsonGuard.Result[decision=" + decision + ", reasons=" + reasons + ", fieldsChecked=" + fieldsChecked
          + ", fieldsChanged=" + fieldsChanged + routeTo.map(r -> ", routeTo=" + r).orElse("") + "]";
    }
  }

  /**
   * Parses and guards a JSON text.
   *
   * @throws VeilException if the text is not JSON (the message gives line and column, never content)
   */
  public Result check(String json, GuardContext context, TransformSession session) {
    return check(parse(json), context, session);
  }

  /** Guards a parsed document; the input node is not modified. */
  public Result check(JsonNode document, GuardContext context, TransformSession session) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(session, "session");
    Walk walk = new Walk(context, session);
    JsonNode safe;
    try {
      safe = walk.node(document, 0);
    } catch (Blocked b) {
      return new Result(Decision.BLOCK, Optional.empty(), walk.reasonsWith(b.reason), Optional.empty(),
          walk.checked, walk.changed);
    }
    if (walk.decision == Decision.BLOCK) {
      return new Result(Decision.BLOCK, Optional.empty(), walk.reasons, Optional.empty(), walk.checked, walk.changed);
    }
    return new Result(walk.decision, Optional.of(safe), walk.reasons, Optional.ofNullable(walk.routeTo),
        walk.checked, walk.changed);
  }

  static JsonNode parse(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node == null) {
        throw new VeilException("empty JSON document");
      }
      return node;
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new VeilException("malformed JSON" + (loc == null ? "" : " at line " + loc.getLineNr() + ", column "
          + loc.getColumnNr()));
    }
  }

  private static final class Blocked extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Reason reason;

    Blocked(Reason reason) {
      super(reason.ruleId(), null, false, false);
      this.reason = reason;
    }
  }

  /** State of one document walk. */
  private final class Walk {
    final GuardContext context;
    final TransformSession session;
    Decision decision = Decision.ALLOW;
    final List<Reason> reasons = new ArrayList<>();
    String routeTo;
    int checked;
    int changed;

    Walk(GuardContext context, TransformSession session) {
      this.context = context;
      this.session = session;
    }

    List<Reason> reasonsWith(Reason r) {
      List<Reason> all = new ArrayList<>(reasons);
      all.add(r);
      return all;
    }

    JsonNode node(JsonNode node, int depth) {
      if (depth > maxDepth) {
        throw new Blocked(new Reason(LIMIT_EXCEEDED, Decision.BLOCK, null, "veil input limit",
            "JSON nested deeper than " + maxDepth + " levels was not inspected"));
      }
      if (node.isTextual()) {
        return text(node.textValue(), depth);
      }
      if (node.isArray()) {
        ArrayNode out = MAPPER.createArrayNode();
        for (JsonNode child : node) {
          out.add(node(child, depth + 1));
        }
        return out;
      }
      if (node.isObject()) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          String key = e.getKey();
          JsonNode value = skipFields.contains(key) ? e.getValue() : node(e.getValue(), depth + 1);
          String safeKey = guardString(key);
          if (fields.putIfAbsent(safeKey, value) != null) {
            throw new Blocked(new Reason(KEY_COLLISION, Decision.BLOCK, null, "veil integrity",
                "two keys of one object became the same after transformation"));
          }
        }
        ObjectNode out = MAPPER.createObjectNode();
        fields.forEach(out::set);
        return out;
      }
      if (node.isIntegralNumber() && node.asText().length() >= 6) {
        // An identifier typed as a number ({"ssn": 536228119}): check its digits; if the guard changes
        // them, the safe form replaces the number as a string (privacy over schema).
        String digits = node.asText();
        String safe = guardString(digits);
        return safe.equals(digits) ? node : TextNode.valueOf(safe);
      }
      return node; // booleans, null, short numbers and decimals are kept
    }

    JsonNode text(String value, int depth) {
      if (parseEmbeddedJson && looksLikeJson(value)) {
        JsonNode embedded;
        try {
          embedded = MAPPER.readTree(value);
        } catch (JsonProcessingException e) {
          embedded = null;
        }
        if (embedded != null && (embedded.isObject() || embedded.isArray())) {
          JsonNode safe = node(embedded, depth + 1);
          try {
            String written = MAPPER.writeValueAsString(safe);
            return TextNode.valueOf(safe.equals(embedded) ? value : written);
          } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      return TextNode.valueOf(guardString(value));
    }

    String guardString(String value) {
      if (value.isEmpty()) {
        return value;
      }
      if (++checked > maxStrings) {
        throw new Blocked(new Reason(LIMIT_EXCEEDED, Decision.BLOCK, null, "veil input limit",
            "JSON document with more than " + maxStrings + " strings was not inspected"));
      }
      GuardResult r = guard.check(value, context, session);
      for (Reason reason : r.reasons()) {
        if (!reasons.contains(reason)) {
          reasons.add(reason);
        }
      }
      decision = decision.strictest(r.decision());
      if (r.decision() == Decision.BLOCK) {
        throw new Blocked(r.reasons().isEmpty()
            ? new Reason("veil.json.field-blocked", Decision.BLOCK, null, "policy", "a field was blocked")
            : r.reasons().get(0));
      }
      if (r.routeTo().isPresent()) {
        if (routeTo != null && !routeTo.equals(r.routeTo().get())) {
          throw new Blocked(new Reason(ROUTE_CONFLICT, Decision.BLOCK, null, "veil integrity",
              "fields would be routed to different destinations"));
        }
        routeTo = r.routeTo().get();
      }
      String safe = r.safeText().orElseThrow();
      if (!safe.equals(value)) {
        changed++;
      }
      return safe;
    }
  }

  private static boolean looksLikeJson(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i < s.length() && (s.charAt(i) == '{' || s.charAt(i) == '[');
  }

  @Override
  public String toString() {
    return "JsonGuard[skipFields=" + skipFields + ", maxDepth=" + maxDepth + "]";
  }

  /** Builder for {@link JsonGuard}; not thread-safe. */
  public static final class Builder {
    private final Guard guard;
    private final java.util.Set<String> skipFields = new java.util.TreeSet<>();
    private int maxDepth = 64;
    private int maxStrings = 100_000;
    private boolean parseEmbeddedJson = true;

    private Builder(Guard guard) {
      this.guard = Objects.requireNonNull(guard, "guard");
    }

    /** Field names whose values are protocol data and are passed unchecked (e.g. {@code role}). */
    public Builder skipFields(String... names) {
      skipFields.addAll(List.of(names));
      return this;
    }

    public Builder maxDepth(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxDepth must be >= 1");
      }
      this.maxDepth = value;
      return this;
    }

    public Builder maxStrings(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxStrings must be >= 1");
      }
      this.maxStrings = value;
      return this;
    }

    /** Whether strings holding a JSON object or array are parsed and guarded inside (default true). */
    public Builder parseEmbeddedJson(boolean value) {
      this.parseEmbeddedJson = value;
      return this;
    }

    public JsonGuard build() {
      return new JsonGuard(this);
    }
  }
}
