package dev.veil.langchain4j;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.guardrail.InputGuardrail;
import dev.langchain4j.guardrail.InputGuardrailException;
import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.veil.Decision;
import dev.veil.Direction;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.GuardResult;
import dev.veil.Reason;
import dev.veil.http.JsonGuard;
import dev.veil.transform.TransformSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Veil for LangChain4j: one object that hands out the pieces to plug Veil into an AI service.
 *
 * <pre>{@code
 * VeilLangChain4j veil = VeilLangChain4j.builder(guard).context(ctx).build();
 * Assistant assistant = AiServices.builder(Assistant.class)
 *     .chatModel(veil.wrap(openAiModel))                 // guards every request, restores every answer
 *     .chatRequestTransformer(veil.requestTransformer()) // tells Veil the conversation (memory id)
 *     .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(20))
 *     .tools(new PatientTools())
 *     .build();
 * }</pre>
 *
 * <p><b>Why the model decorator and not only guardrails.</b> LangChain4j's input guardrails see only
 * the new user message: tool results never pass them, chat memory resends the original message on
 * the next turn, and with several guardrails a later plain success discards an earlier rewrite.
 * Streaming output guardrails run on the whole answer after partial tokens were already handed to
 * the caller. {@link #wrap(ChatModel)} and {@link #wrap(StreamingChatModel)} sit where the text
 * actually leaves the process: every message of every request (system, user, earlier answers, tool
 * calls and tool results) is guarded, the answer is checked in the OUTPUT direction, and pseudonyms
 * are restored — in the answer text, in tool-call arguments (so tools receive real values) and,
 * when streaming, chunk by chunk. {@link #inputGuardrail()} and {@link #outputGuardrail()} are
 * provided for services that cannot wrap their model; they have the gaps above.
 *
 * <p>A blocked or routed request surfaces as LangChain4j's own {@link InputGuardrailException}; a
 * blocked answer as an {@code OutputGuardrailException}. Messages name the rule ids, never values.
 *
 * <p>Conversation state (typed tags and their originals) is kept per chat-memory id, in memory,
 * bounded (10,000 conversations by default) and expiring 1 hour after last use. Thread-safe.
 */
public final class VeilLangChain4j {
  private static final ThreadLocal<Object> CURRENT_MEMORY_ID = new ThreadLocal<>();
  private static final String DEFAULT_CONVERSATION = "default";

  private final Guard guard;
  private final GuardContext template;
  private final JsonGuard jsonGuard;
  private final boolean allowNonTextContent;
  private final Cache<String, TransformSession> sessions;

  private VeilLangChain4j(Builder b) {
    this.guard = b.guard;
    this.template = b.context;
    this.jsonGuard = JsonGuard.builder(b.guard).build();
    this.allowNonTextContent = b.allowNonTextContent;
    this.sessions = CacheBuilder.newBuilder().maximumSize(b.maxConversations)
        .expireAfterAccess(b.conversationTtl).build();
  }

  public static Builder builder(Guard guard) {
    return new Builder(guard);
  }

  /** Decorates a chat model so that nothing unguarded reaches it and answers come back restored. */
  public ChatModel wrap(ChatModel model) {
    return new VeilChatModel(this, model);
  }

  /** Decorates a streaming chat model; partial answers are restored and checked chunk by chunk. */
  public StreamingChatModel wrap(StreamingChatModel model) {
    return new VeilStreamingChatModel(this, model);
  }

  /**
   * For {@code AiServices.chatRequestTransformer}: records the conversation (chat memory id) of the
   * request for the wrapped model, and guards the request (so it also works with an unwrapped
   * model).
   */
  public BiFunction<ChatRequest, Object, ChatRequest> requestTransformer() {
    return (request, memoryId) -> {
      CURRENT_MEMORY_ID.set(memoryId);
      return guardRequest(request, conversationId(memoryId));
    };
  }

  /** An input guardrail: rewrites the user message to its safe form, or fails. See the class doc. */
  public InputGuardrail inputGuardrail() {
    return new VeilInputGuardrail(this);
  }

  /** An output guardrail: checks the answer and restores pseudonyms. See the class doc. */
  public OutputGuardrail outputGuardrail() {
    return new VeilOutputGuardrail(this);
  }

  // ----- shared by the pieces -----

  static String conversationId(Object memoryId) {
    return memoryId == null ? DEFAULT_CONVERSATION : String.valueOf(memoryId);
  }

  /**
   * The conversation of the request now on this thread, as recorded by the request transformer, and
   * forgets it (AiServices calls the transformer right before each model call on the same thread).
   */
  static String currentConversation() {
    Object id = CURRENT_MEMORY_ID.get();
    CURRENT_MEMORY_ID.remove();
    return conversationId(id);
  }

  TransformSession session(String conversationId) {
    try {
      return sessions.get(conversationId, TransformSession::create);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  GuardContext context(String conversationId, Direction direction) {
    return template.toBuilder().conversationId(conversationId).direction(direction).build();
  }

  GuardResult guardResult(String text, String conversationId, Direction direction) {
    return guard.check(text, context(conversationId, direction), session(conversationId));
  }

  /** Guards one prompt-side text; throws the framework's guardrail exception unless it may go. */
  String guardText(String text, String conversationId) {
    GuardResult r = guard.check(text, context(conversationId, Direction.PROMPT), session(conversationId));
    return passOrThrow(r);
  }

  /** Guards a text that may hold JSON (tool arguments and results) field by field. */
  String guardMaybeJson(String text, String conversationId) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String t = text.stripLeading();
    if (t.startsWith("{") || t.startsWith("[")) {
      try {
        JsonGuard.Result r = jsonGuard.check(text, context(conversationId, Direction.PROMPT), session(conversationId));
        if (r.decision() == Decision.BLOCK || r.decision() == Decision.ROUTE) {
          throw blocked(r.decision(), r.reasons());
        }
        return r.safeJson();
      } catch (dev.veil.VeilException notJson) {
        // not JSON after all: guard it as plain text
      }
    }
    return guardText(text, conversationId);
  }

  static String passOrThrow(GuardResult r) {
    if (r.decision() == Decision.BLOCK || r.decision() == Decision.ROUTE) {
      throw blocked(r.decision(), r.reasons());
    }
    return r.safeText().orElseThrow();
  }

  static InputGuardrailException blocked(Decision decision, List<Reason> reasons) {
    return new InputGuardrailException(describe(decision, reasons));
  }

  static String describe(Decision decision, List<Reason> reasons) {
    return "Veil " + decision + ": " + reasons.stream()
        .map(r -> r.ruleId() + " (" + r.citation() + ")").distinct().collect(Collectors.joining("; "));
  }

  /** Returns the request with every message guarded. */
  ChatRequest guardRequest(ChatRequest request, String conversationId) {
    List<ChatMessage> out = new ArrayList<>(request.messages().size());
    for (ChatMessage m : request.messages()) {
      out.add(guardMessage(m, conversationId));
    }
    return request.toBuilder().messages(out).build();
  }

  private ChatMessage guardMessage(ChatMessage m, String conversationId) {
    if (m instanceof UserMessage u) {
      List<Content> contents = new ArrayList<>();
      for (Content c : u.contents()) {
        if (c instanceof TextContent tc) {
          contents.add(TextContent.from(guardText(tc.text(), conversationId)));
        } else if (allowNonTextContent) {
          contents.add(c);
        } else {
          throw new InputGuardrailException("Veil BLOCK: veil.uninspectable-content (" + c.type()
              + " content cannot be inspected; allow it explicitly with allowNonTextContent)");
        }
      }
      UserMessage.Builder b = u.toBuilder().contents(contents);
      if (u.name() != null) {
        b.name(guardText(u.name(), conversationId));
      }
      return b.build();
    }
    if (m instanceof SystemMessage s) {
      return SystemMessage.from(guardText(s.text(), conversationId));
    }
    if (m instanceof ToolExecutionResultMessage t) {
      return ToolExecutionResultMessage.from(t.id(), t.toolName(), guardMaybeJson(t.text(), conversationId));
    }
    if (m instanceof AiMessage a) {
      AiMessage.Builder b = a.toBuilder();
      if (a.text() != null) {
        b.text(guardText(a.text(), conversationId));
      }
      if (a.hasToolExecutionRequests()) {
        List<ToolExecutionRequest> reqs = new ArrayList<>();
        for (ToolExecutionRequest r : a.toolExecutionRequests()) {
          reqs.add(r.toBuilder().arguments(guardMaybeJson(r.arguments(), conversationId)).build());
        }
        b.toolExecutionRequests(reqs);
      }
      return b.build();
    }
    throw new InputGuardrailException("Veil BLOCK: veil.uninspectable-content (message type " + m.type() + ")");
  }

  /**
   * Checks a model answer in the OUTPUT direction and restores pseudonyms.
   *
   * @throws dev.langchain4j.guardrail.OutputGuardrailException if the answer may not be shown
   */
  String checkAndRestoreOutput(String text, String conversationId) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    TransformSession session = session(conversationId);
    GuardResult r = guard.check(text, context(conversationId, Direction.OUTPUT), session);
    if (r.decision() == Decision.BLOCK || r.decision() == Decision.ROUTE) {
      throw new dev.langchain4j.guardrail.OutputGuardrailException(describe(r.decision(), r.reasons()));
    }
    return restoreOnly(r.safeText().orElseThrow(), tagsIn(text), session);
  }

  private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[A-Z][A-Z_]*_\\d+>");

  /** The typed tags the model itself wrote. */
  private static java.util.Set<String> tagsIn(String text) {
    java.util.Set<String> tags = new java.util.HashSet<>();
    java.util.regex.Matcher m = TAG.matcher(text);
    while (m.find()) {
      tags.add(m.group());
    }
    return tags;
  }

  /**
   * Restores only the tags the model wrote. A tag that the OUTPUT check itself put in (for a value
   * the model invented or leaked) stays a tag: restoring never re-introduces what the check removed.
   */
  private static String restoreOnly(String safe, java.util.Set<String> modelTags, TransformSession session) {
    if (modelTags.isEmpty()) {
      return safe;
    }
    StringBuilder out = new StringBuilder(safe.length());
    java.util.regex.Matcher m = TAG.matcher(safe);
    int pos = 0;
    while (m.find()) {
      out.append(safe, pos, m.start());
      out.append(modelTags.contains(m.group()) ? session.restoreTags(m.group()) : m.group());
      pos = m.end();
    }
    return out.append(safe, pos, safe.length()).toString();
  }

  /** Restores pseudonyms in tool-call arguments, so tools receive the real values. */
  String restoreArguments(String arguments, String conversationId) {
    return arguments == null ? null : session(conversationId).restoreTags(arguments);
  }

  @Override
  public String toString() {
    return "VeilLangChain4j[guard=" + guard + ", destination=" + template.destination().id()
        + ", conversations=" + sessions.size() + "]";
  }

  /** Builder for {@link VeilLangChain4j}; not thread-safe. */
  public static final class Builder {
    private final Guard guard;
    private GuardContext context = GuardContext.defaults();
    private boolean allowNonTextContent;
    private long maxConversations = 10_000;
    private Duration conversationTtl = Duration.ofHours(1);

    private Builder(Guard guard) {
      this.guard = Objects.requireNonNull(guard, "guard");
    }

    /** The context of every request (destination, purpose, jurisdiction, ...); conversation and direction are set per call. */
    public Builder context(GuardContext value) {
      this.context = Objects.requireNonNull(value, "context");
      return this;
    }

    /** Lets images, audio and other non-text content through unchecked (default: blocked). */
    public Builder allowNonTextContent(boolean value) {
      this.allowNonTextContent = value;
      return this;
    }

    public Builder maxConversations(long value) {
      this.maxConversations = value;
      return this;
    }

    public Builder conversationTtl(Duration value) {
      this.conversationTtl = Objects.requireNonNull(value);
      return this;
    }

    public VeilLangChain4j build() {
      return new VeilLangChain4j(this);
    }
  }
}
