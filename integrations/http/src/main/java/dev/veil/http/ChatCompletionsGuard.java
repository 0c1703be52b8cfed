package dev.veil.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.Decision;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.VeilException;
import dev.veil.transform.TransformSession;
import java.util.ArrayList;
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
 * ChatCompletionsGuard cg = ChatCompletionsGuard.of(guard);
 * JsonGuard.Result r = cg.guardRequest(body, ctx, session);
 * if (r.isBlocked()) { ... }
 * HttpRequest req = HttpRequest.newBuilder(uri)
 *     .POST(HttpRequest.BodyPublishers.ofString(r.safeJson())).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ChatCompletionsGuard {
  private final JsonGuard json;

  private ChatCompletionsGuard(JsonGuard json) {
    this.json = json;
  }

  public static ChatCompletionsGuard of(Guard guard) {
    return new ChatCompletionsGuard(JsonGuard.builder(guard)
        .skipFields("role", "tool_call_id", "type", "id", "image_url", "detail")
        .build());
  }

  /**
   * Guards a request body.
   *
   * @throws VeilException if the body is not a JSON object with a {@code messages} array
   */
  public JsonGuard.Result guardRequest(String body, GuardContext context, TransformSession session) {
    JsonNode root = JsonGuard.parse(body);
    if (!root.isObject() || !root.path("messages").isArray()) {
      throw new VeilException("not a chat-completions request: expected an object with a 'messages' array");
    }
    ObjectNode out = ((ObjectNode) root).deepCopy();
    List<dev.veil.Reason> reasons = new ArrayList<>();
    int checked = 0;
    int changed = 0;
    Decision decision = Decision.ALLOW;
    Optional<String> routeTo = Optional.empty();
    for (String field : new String[] {"messages", "user"}) {
      JsonNode value = root.get(field);
      if (value == null || value.isNull()) {
        continue;
      }
      JsonGuard.Result r = json.check(value, context, session);
      reasons.addAll(r.reasons());
      checked += r.fieldsChecked();
      changed += r.fieldsChanged();
      decision = decision.strictest(r.decision());
      if (r.isBlocked()) {
        return new JsonGuard.Result(Decision.BLOCK, Optional.empty(), reasons, Optional.empty(), checked, changed);
      }
      if (r.routeTo().isPresent()) {
        if (routeTo.isPresent() && !routeTo.equals(r.routeTo())) {
          return new JsonGuard.Result(Decision.BLOCK, Optional.empty(), reasons, Optional.empty(), checked, changed);
        }
        routeTo = r.routeTo();
      }
      out.set(field, r.safeDocument().orElseThrow());
    }
    return new JsonGuard.Result(decision, Optional.of(out), reasons, routeTo, checked, changed);
  }

  @Override
  public String toString() {
    return "ChatCompletionsGuard[" + json + "]";
  }
}
