package dev.veil.http;

import dev.veil.Decision;
import dev.veil.Direction;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.GuardResult;
import dev.veil.VeilException;
import dev.veil.transform.TransformSession;
import java.util.Objects;

/**
 * The framework-neutral half of every integration: guards what goes to a model and checks and
 * restores what comes back, per conversation, on top of {@link Guard}'s round-trip API. LangChain4j,
 * Spring AI and the raw HTTP adapter are thin layers over it.
 *
 * <ul>
 *   <li>{@link #guardPrompt} — a prompt-side text (user, system, earlier answers): its safe form, or
 *       {@link BlockedException} on BLOCK/ROUTE.
 *   <li>{@link #guardStructured} — a text that may be JSON (tool arguments, tool results): guarded
 *       field by field when it is.
 *   <li>{@link #checkAndRestoreOutput} — a model answer: restored from the conversation's vault and
 *       checked in the OUTPUT direction ({@link Guard#checkOutput}), so the policy judges exactly
 *       what the caller will see and restoring never re-introduces a value it does not allow.
 *   <li>{@link #restoreArguments} — tool-call arguments from the model, restored so tools, which run
 *       inside the caller's trust boundary, receive the real values.
 * </ul>
 *
 * <p>Conversations live in the guard's {@link dev.veil.transform.Vault} (bounded, expiring; configure
 * it with {@code Guard.Builder.vault}). Use a policy that pseudonymizes prompts, e.g. {@code
 * Policies.PSEUDONYMIZE.and(Policies.PCI_DSS).and(Policies.SECRETS)}. Thread-safe.
 */
public final class LlmRoundTrip {
  private final Guard guard;
  private final GuardContext template;
  private final JsonGuard jsonGuard;

  private LlmRoundTrip(Builder b) {
    this.guard = b.guard;
    this.template = b.context;
    this.jsonGuard = JsonGuard.builder(b.guard).build();
  }

  public static Builder builder(Guard guard) {
    return new Builder(guard);
  }

  public Guard guard() {
    return guard;
  }

  /** The transform state of a conversation, from the guard's vault. */
  public TransformSession session(String conversationId) {
    return guard.sessionFor(context(conversationId, Direction.PROMPT));
  }

  /** The request context for a conversation and direction, from the configured template. */
  public GuardContext context(String conversationId, Direction direction) {
    return template.toBuilder().conversationId(conversationId).direction(direction).build();
  }

  /**
   * The safe form of a prompt-side text.
   *
   * @throws BlockedException if it may not go to the destination
   */
  public String guardPrompt(String text, String conversationId) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return passOrThrow(guard.check(text, context(conversationId, Direction.PROMPT)));
  }

  /**
   * The safe form of a text that may hold a JSON document (tool arguments and results), guarded
   * field by field when it parses, as plain text otherwise.
   *
   * @throws BlockedException if it may not go to the destination
   */
  public String guardStructured(String text, String conversationId) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String t = text.stripLeading();
    if (t.startsWith("{") || t.startsWith("[")) {
      JsonGuard.Result r;
      try {
        r = jsonGuard.check(text, context(conversationId, Direction.PROMPT), session(conversationId));
      } catch (VeilException notJson) {
        return guardPrompt(text, conversationId);
      }
      if (r.decision() == Decision.BLOCK || r.decision() == Decision.ROUTE) {
        throw new BlockedException(r.decision(), r.reasons());
      }
      return r.fieldsChanged() == 0 ? text : r.safeJson();
    }
    return guardPrompt(text, conversationId);
  }

  /**
   * Restores a model answer (or a complete piece of one) and checks it in the OUTPUT direction.
   *
   * @throws BlockedException if the answer may not be shown
   */
  public String checkAndRestoreOutput(String text, String conversationId) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return passOrThrow(guard.checkOutput(text, context(conversationId, Direction.OUTPUT)));
  }

  /** Restores tool-call arguments so tools receive the real values (no check: tools run inside). */
  public String restoreArguments(String arguments, String conversationId) {
    return arguments == null ? null : guard.restore(arguments, context(conversationId, Direction.OUTPUT));
  }

  /** A new per-stream output checker for this conversation; see {@link StreamingOutputGuard}. */
  public StreamingOutputGuard streamingOutput(String conversationId) {
    return new StreamingOutputGuard(guard.streamOutput(context(conversationId, Direction.OUTPUT)));
  }

  private static String passOrThrow(GuardResult r) {
    if (r.decision() == Decision.BLOCK || r.decision() == Decision.ROUTE) {
      throw new BlockedException(r.decision(), r.reasons());
    }
    return r.safeText().orElseThrow();
  }

  @Override
  public String toString() {
    return "LlmRoundTrip[destination=" + template.destination().id() + "]";
  }

  /** Builder for {@link LlmRoundTrip}; not thread-safe. */
  public static final class Builder {
    private final Guard guard;
    private GuardContext context = GuardContext.defaults();

    private Builder(Guard guard) {
      this.guard = Objects.requireNonNull(guard, "guard");
    }

    /** The context of every request (destination, purpose, ...); conversation and direction are set per call. */
    public Builder context(GuardContext value) {
      this.context = Objects.requireNonNull(value, "context");
      return this;
    }

    public LlmRoundTrip build() {
      return new LlmRoundTrip(this);
    }
  }
}
