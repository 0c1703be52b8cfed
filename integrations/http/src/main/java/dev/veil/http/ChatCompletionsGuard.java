package dev.veil.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.GuardContext;
import dev.veil.VeilException;
import dev.veil.transform.TransformSession;
import java.util.List;
import java.util.Optional;

/**
 * Guards the body of an OpenAI-compatible {@code POST /v1/chat/completions} request before it is sent
 * with {@link java.net.http.HttpClient} (or any client): every message's {@code content} (a string
 * or an array of text parts), every tool call's {@code function.arguments} (a JSON string, guarded
 * field by field), tool results, and the {@code user} field. Model name, sampling parameters and
 * tool definitions pass unchanged; protocol fields ({@code role}, {@code tool_call_id}, {@code type},
 * {@code id}) are not rewritten.
 *
 * <pre>{@code
 * ChatCompletionsGuard cg = ChatCompletionsGuard.of(LlmRoundTrip.builder(guard).context(ctx).build());
 * JsonGuard.Result r = cg.guardRequest(body, conversationId);
 * if (r.isBlocked()) { ... }
 * HttpRequest req = HttpRequest.newBuilder(uri)
 *     .POST(HttpRequest.BodyPublishers.ofString(r.safeJson())).build();
 * String answer = cg.restoreResponse(client.send(req, BodyHandlers.ofString()).body(), conversationId);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ChatCompletionsGuard {
  private final JsonGuard json;
  private final LlmRoundTrip roundTrip;

  private ChatCompletionsGuard(LlmRoundTrip roundTrip) {
    this.roundTrip = roundTrip;
    this.json = JsonGuard.builder(roundTrip.guard())
        .skipFields("role", "tool_call_id", "type", "id", "image_url", "detail")
        .build();
  }

  /** A guard for chat-completions traffic whose conversations are kept by {@code roundTrip}. */
  public static ChatCompletionsGuard of(LlmRoundTrip roundTrip) {
    return new ChatCompletionsGuard(roundTrip);
  }

  /**
   * Guards a request body for a conversation.
   *
   * @throws VeilException if the body is not a JSON object with a {@code messages} array
   */
  public JsonGuard.Result guardRequest(String body, String conversationId) {
    return guardRequest(body, roundTrip.context(conversationId, dev.veil.Direction.PROMPT),
        roundTrip.session(conversationId));
  }

  /**
   * Checks a (non-streamed) response body in the OUTPUT direction and restores pseudonyms in every
   * choice's {@code message.content} and tool-call {@code function.arguments}.
   *
   * @throws BlockedException if an answer may not be shown
   * @throws VeilException if the body is not JSON
   */
  public String restoreResponse(String body, String conversationId) {
    JsonNode root = JsonGuard.parse(body);
    if (!root.isObject()) {
      throw new VeilException("not a chat-completions response: expected a JSON object");
    }
    ObjectNode out = ((ObjectNode) root).deepCopy();
    for (JsonNode choice : out.path("choices")) {
      JsonNode message = choice.path("message");
      if (message instanceof ObjectNode m) {
        restoreMessage(m, conversationId, roundTrip::checkAndRestoreOutput);
      }
    }
    return out.toString();
  }

  /**
   * A per-stream restorer for server-sent events ({@code stream: true}): feed it each {@code data:}
   * payload; content deltas come back checked and restored sentence by sentence (see {@link
   * StreamingOutputGuard}), so a split identifier is never passed on.
   */
  public SseRestorer streamingResponse(String conversationId) {
    return new SseRestorer(roundTrip, conversationId);
  }

  /**
   * Restores the pseudonyms in tool-call arguments. Streamed tool calls arrive as argument fragments:
   * assemble them, then call this before running the tool, so the tool receives the real values.
   */
  public String restoreToolArguments(String arguments, String conversationId) {
    return roundTrip.restoreArguments(arguments, conversationId);
  }

  private void restoreMessage(ObjectNode m, String conversationId,
      java.util.function.BiFunction<String, String, String> text) {
    if (m.path("content").isTextual()) {
      m.put("content", text.apply(m.get("content").asText(), conversationId));
    }
    for (JsonNode call : m.path("tool_calls")) {
      JsonNode fn = call.path("function");
      if (fn instanceof ObjectNode f && f.path("arguments").isTextual()) {
        f.put("arguments", roundTrip.restoreArguments(f.get("arguments").asText(), conversationId));
      }
    }
  }

  /** Restores a streamed chat-completions answer, one SSE {@code data:} payload at a time. Not thread-safe. */
  public static final class SseRestorer {
    private final LlmRoundTrip roundTrip;
    private final String conversationId;
    private final StreamingOutputGuard output;

    SseRestorer(LlmRoundTrip roundTrip, String conversationId) {
      this.roundTrip = roundTrip;
      this.conversationId = conversationId;
      this.output = roundTrip.streamingOutput(conversationId);
    }

    /**
     * Rewrites one {@code data:} payload (a JSON chunk, or {@code [DONE]}). Content that must wait
     * for the rest of its sentence is held back and released by a later chunk or by {@code [DONE]}
     * (which then becomes a content chunk followed by {@code [DONE]}).
     *
     * @return the payloads to forward, in order (possibly none)
     * @throws BlockedException if a piece of the answer may not be shown; end the stream then
     */
    public java.util.List<String> accept(String payload) {
      if (payload.strip().equals("[DONE]")) {
        String rest = output.finish();
        return rest.isEmpty() ? java.util.List.of("[DONE]")
            : java.util.List.of(contentChunk(rest), "[DONE]");
      }
      JsonNode root = JsonGuard.parse(payload);
      ObjectNode out = ((ObjectNode) root).deepCopy();
      for (JsonNode choice : out.path("choices")) {
        JsonNode delta = choice.path("delta");
        if (delta instanceof ObjectNode d) {
          if (d.path("content").isTextual()) {
            d.put("content", output.accept(d.get("content").asText()));
          }
        }
      }
      return java.util.List.of(out.toString());
    }

    private String contentChunk(String content) {
      ObjectNode chunk = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      chunk.put("object", "chat.completion.chunk");
      ObjectNode choice = chunk.putArray("choices").addObject();
      choice.put("index", 0);
      choice.putObject("delta").put("content", content);
      return chunk.toString();
    }

    @Override
    public String toString() {
      return "SseRestorer[" + conversationId.length() + "-char conversation id, " + roundTrip + "]";
    }
  }

  /**
   * Guards a request body with an explicit context and transform session.
   *
   * @throws VeilException if the body is not a JSON object with a {@code messages} array
   */
  public JsonGuard.Result guardRequest(String body, GuardContext context, TransformSession session) {
    JsonNode root = JsonGuard.parse(body);
    if (!root.isObject() || !root.path("messages").isArray()) {
      throw new VeilException("not a chat-completions request: expected an object with a 'messages' array");
    }
    // One walk over the guarded fields, so decisions, reasons and routes merge in one place (JsonGuard)
    ObjectNode scope = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    for (String field : GUARDED_FIELDS) {
      JsonNode value = root.get(field);
      if (value != null && !value.isNull()) {
        scope.set(field, value);
      }
    }
    JsonGuard.Result r = json.check(scope, context, session);
    if (r.safeDocument().isEmpty()) {
      return r;
    }
    ObjectNode out = ((ObjectNode) root).deepCopy();
    r.safeDocument().get().fields().forEachRemaining(e -> out.set(e.getKey(), e.getValue()));
    return new JsonGuard.Result(r.decision(), Optional.of(out), r.reasons(), r.routeTo(), r.fieldsChecked(),
        r.fieldsChanged());
  }

  /** The request fields that carry user text: the conversation, and the end-user id. */
  private static final List<String> GUARDED_FIELDS = List.of("messages", "user");

  @Override
  public String toString() {
    return "ChatCompletionsGuard[" + json + "]";
  }
}
