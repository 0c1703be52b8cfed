package dev.veil.http;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.veil.Decision;
import dev.veil.Direction;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.GuardResult;
import dev.veil.VeilException;
import dev.veil.transform.TransformSession;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The framework-neutral half of every integration: guards what goes to a model and checks and
 * restores what comes back, per conversation. LangChain4j, Spring AI and the raw HTTP adapter are thin
 * layers over it.
 *
 * <ul>
 *   <li>{@link #guardPrompt} — a prompt-side text (user, system, earlier answers): its safe form, or
 *       {@link BlockedException} on BLOCK/ROUTE.
 *   <li>{@link #guardStructured} — a text that may be JSON (tool arguments, tool results): guarded
 *       field by field when it is.
 *   <li>{@link #checkAndRestoreOutput} — a model answer: checked in the OUTPUT direction, then the
 *       typed tags the model wrote are restored. A tag that the OUTPUT check itself put in (for a
 *       value the model invented or leaked) stays a tag: restoring never re-introduces what the
 *       check removed.
 *   <li>{@link #restoreArguments} — tool-call arguments from the model, restored so tools receive the
 *       real values (they run inside the caller's trust boundary).
 * </ul>
 *
 * <p>Conversation state (tags and their originals) lives in memory, bounded (10,000 conversations by
 * default) and expiring after an hour without use. Thread-safe.
 */
public final class LlmRoundTrip {
  private static final Pattern TAG = Pattern.compile("<[A-Z][A-Z_]*_\\d+>");

  private final Guard guard;
  private final GuardContext template;
  private final JsonGuard jsonGuard;
  private final Cache<String, TransformSession> sessions;

  private LlmRoundTrip(Builder b) {
    this.guard = b.guard;
    this.template = b.context;
    this.jsonGuard = JsonGuard.builder(b.guard).build();
    this.sessions = CacheBuilder.newBuilder().maximumSize(b.maxConversations)
        .expireAfterAccess(b.conversationTtl).build();
  }

  public static Builder builder(Guard guard) {
    return new Builder(guard);
  }

  public Guard guard() {
    return guard;
  }

  /** The transform state of a conversation, created on first use. */
  public TransformSession session(String conversationId) {
    try {
      return sessions.get(conversationId, TransformSession::create);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The request context for a conversation and direction, from the configured template. */
  public GuardContext context(String conversationId, Direction direction) {
    return template.toBuilder().conversationId(conversationId).direction(direction).build();
  }

  /** The guard's result for a prompt-side text, without throwing. */
  public GuardResult checkPrompt(String text, String conversationId) {
    return guard.check(text, context(conversationId, Direction.PROMPT), session(conversationId));
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
    GuardResult r = checkPrompt(text, conversationId);
    if (r.decision() == Decision.BLOCK || r.decision() == Decision.ROUTE) {
      throw new BlockedException(r.decision(), r.reasons());
    }
    return r.safeText().orElseThrow();
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
   * Checks a model answer (or a complete piece of one) in the OUTPUT direction and restores the
   * tags the model wrote.
   *
   * @throws BlockedException if the answer may not be shown
   */
  public String checkAndRestoreOutput(String text, String conversationId) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    TransformSession session = session(conversationId);
    GuardResult r = guard.check(text, context(conversationId, Direction.OUTPUT), session);
    if (r.decision() == Decision.BLOCK || r.decision() == Decision.ROUTE) {
      throw new BlockedException(r.decision(), r.reasons());
    }
    Set<String> modelTags = tagsIn(text);
    String safe = r.safeText().orElseThrow();
    if (modelTags.isEmpty()) {
      return safe;
    }
    StringBuilder out = new StringBuilder(safe.length());
    Matcher m = TAG.matcher(safe);
    int pos = 0;
    while (m.find()) {
      out.append(safe, pos, m.start());
      out.append(modelTags.contains(m.group()) ? session.restoreTags(m.group()) : m.group());
      pos = m.end();
    }
    return out.append(safe, pos, safe.length()).toString();
  }

  /** Restores the tags in tool-call arguments so tools receive the real values. */
  public String restoreArguments(String arguments, String conversationId) {
    return arguments == null ? null : session(conversationId).restoreTags(arguments);
  }

  /** A new per-stream output guard for this conversation; see {@link StreamingOutputGuard}. */
  public StreamingOutputGuard streamingOutput(String conversationId) {
    return new StreamingOutputGuard(this, conversationId);
  }

  private static Set<String> tagsIn(String text) {
    Set<String> tags = new HashSet<>();
    Matcher m = TAG.matcher(text);
    while (m.find()) {
      tags.add(m.group());
    }
    return tags;
  }

  @Override
  public String toString() {
    return "LlmRoundTrip[destination=" + template.destination().id() + ", conversations=" + sessions.size() + "]";
  }

  /** Builder for {@link LlmRoundTrip}; not thread-safe. */
  public static final class Builder {
    private final Guard guard;
    private GuardContext context = GuardContext.defaults();
    private long maxConversations = 10_000;
    private Duration conversationTtl = Duration.ofHours(1);

    private Builder(Guard guard) {
      this.guard = Objects.requireNonNull(guard, "guard");
    }

    /** The context of every request (destination, purpose, ...); conversation and direction are set per call. */
    public Builder context(GuardContext value) {
      this.context = Objects.requireNonNull(value, "context");
      return this;
    }

    public Builder maxConversations(long value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxConversations must be >= 1");
      }
      this.maxConversations = value;
      return this;
    }

    public Builder conversationTtl(Duration value) {
      this.conversationTtl = Objects.requireNonNull(value, "conversationTtl");
      return this;
    }

    public LlmRoundTrip build() {
      return new LlmRoundTrip(this);
    }
  }
}
