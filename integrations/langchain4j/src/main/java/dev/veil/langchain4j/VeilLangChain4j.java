package dev.veil.langchain4j;

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
import dev.langchain4j.guardrail.OutputGuardrailException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.veil.Guard;
import dev.veil.http.BlockedException;
import dev.veil.http.LlmRoundTrip;
import dev.veil.GuardContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

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
 * <p>Conversation state (typed tags and their originals) is kept per chat-memory id by an
 * {@link LlmRoundTrip}: in memory, bounded, expiring. Thread-safe.
 */
public final class VeilLangChain4j {
  private static final ThreadLocal<Object> CURRENT_MEMORY_ID = new ThreadLocal<>();
  private static final String DEFAULT_CONVERSATION = "default";

  private final LlmRoundTrip roundTrip;
  private final boolean allowNonTextContent;

  private VeilLangChain4j(Builder b) {
    this.roundTrip = b.roundTrip.build();
    this.allowNonTextContent = b.allowNonTextContent;
  }

  public static Builder builder(Guard guard) {
    return new Builder(guard);
  }

  /** Decorates a chat model so that nothing unguarded reaches it and answers come back restored. */
  public ChatModel wrap(ChatModel model) {
    return new VeilChatModel(this, model);
  }

  /** Decorates a streaming chat model; partial answers are checked and restored sentence by sentence. */
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

  /**
   * Decorates a RAG content retriever so that the query is guarded before it leaves for an embedding
   * service or vector store; the conversation is the query's chat-memory id. A blocked query throws
   * {@link InputGuardrailException} and nothing is retrieved. Retrieved content then reaches the model
   * inside the augmented user message, which the wrapped model guards like any other.
   */
  public ContentRetriever wrap(ContentRetriever retriever) {
    return query -> {
      Object memoryId = query.metadata() == null ? null : query.metadata().chatMemoryId();
      String conversation = conversationId(memoryId);
      String safe;
      try {
        safe = roundTrip.guardPrompt(query.text(), conversation);
      } catch (BlockedException e) {
        throw inputFailure(e);
      }
      return retriever.retrieve(query.metadata() == null ? Query.from(safe) : Query.from(safe, query.metadata()));
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

  LlmRoundTrip roundTrip() {
    return roundTrip;
  }

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

  static InputGuardrailException inputFailure(BlockedException e) {
    return new InputGuardrailException(e.getMessage());
  }

  /**
   * Returns the request with every message guarded.
   *
   * @throws InputGuardrailException if any message may not go to the destination
   */
  ChatRequest guardRequest(ChatRequest request, String conversationId) {
    try {
      List<ChatMessage> out = new ArrayList<>(request.messages().size());
      for (ChatMessage m : request.messages()) {
        out.add(guardMessage(m, conversationId));
      }
      return request.toBuilder().messages(out).build();
    } catch (BlockedException e) {
      throw inputFailure(e);
    }
  }

  private ChatMessage guardMessage(ChatMessage m, String conversationId) {
    if (m instanceof UserMessage u) {
      List<Content> contents = new ArrayList<>();
      for (Content c : u.contents()) {
        if (c instanceof TextContent tc) {
          contents.add(TextContent.from(roundTrip.guardPrompt(tc.text(), conversationId)));
        } else if (allowNonTextContent) {
          contents.add(c);
        } else {
          throw new InputGuardrailException("Veil BLOCK: veil.uninspectable-content (" + c.type()
              + " content cannot be inspected; allow it explicitly with allowNonTextContent)");
        }
      }
      UserMessage.Builder b = u.toBuilder().contents(contents);
      if (u.name() != null) {
        b.name(roundTrip.guardPrompt(u.name(), conversationId));
      }
      return b.build();
    }
    if (m instanceof SystemMessage s) {
      return SystemMessage.from(roundTrip.guardPrompt(s.text(), conversationId));
    }
    if (m instanceof ToolExecutionResultMessage t) {
      return ToolExecutionResultMessage.from(t.id(), t.toolName(), roundTrip.guardStructured(t.text(), conversationId));
    }
    if (m instanceof AiMessage a) {
      AiMessage.Builder b = a.toBuilder();
      if (a.text() != null) {
        b.text(roundTrip.guardPrompt(a.text(), conversationId));
      }
      if (a.hasToolExecutionRequests()) {
        List<ToolExecutionRequest> reqs = new ArrayList<>();
        for (ToolExecutionRequest r : a.toolExecutionRequests()) {
          reqs.add(r.toBuilder().arguments(roundTrip.guardStructured(r.arguments(), conversationId)).build());
        }
        b.toolExecutionRequests(reqs);
      }
      return b.build();
    }
    throw new InputGuardrailException("Veil BLOCK: veil.uninspectable-content (message type " + m.type() + ")");
  }

  /**
   * Checks a model answer in the OUTPUT direction and restores the pseudonyms the model wrote.
   *
   * @throws OutputGuardrailException if the answer may not be shown
   */
  String checkAndRestoreOutput(String text, String conversationId) {
    try {
      return roundTrip.checkAndRestoreOutput(text, conversationId);
    } catch (BlockedException e) {
      throw new OutputGuardrailException(e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "VeilLangChain4j[" + roundTrip + "]";
  }

  /** Builder for {@link VeilLangChain4j}; not thread-safe. */
  public static final class Builder {
    private final LlmRoundTrip.Builder roundTrip;
    private boolean allowNonTextContent;

    private Builder(Guard guard) {
      this.roundTrip = LlmRoundTrip.builder(guard);
    }

    /** The context of every request (destination, purpose, jurisdiction, ...); conversation and direction are set per call. */
    public Builder context(GuardContext value) {
      roundTrip.context(value);
      return this;
    }

    /** Lets images, audio and other non-text content through unchecked (default: blocked). */
    public Builder allowNonTextContent(boolean value) {
      this.allowNonTextContent = value;
      return this;
    }

    /** At most this many conversations keep their pseudonyms (10,000 by default). */
    public Builder maxConversations(long value) {
      roundTrip.maxConversations(value);
      return this;
    }

    /** A conversation's pseudonyms are forgotten after this long without use (1 hour by default). */
    public Builder conversationTtl(Duration value) {
      roundTrip.conversationTtl(value);
      return this;
    }

    public VeilLangChain4j build() {
      return new VeilLangChain4j(this);
    }
  }
}
