package dev.veil.spring;

import dev.veil.http.BlockedException;
import dev.veil.http.LlmRoundTrip;
import dev.veil.http.StreamingOutputGuard;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.ai.chat.client.ChatClientRequest;
import org.springframework.ai.chat.client.ChatClientResponse;
import org.springframework.ai.chat.client.advisor.api.CallAdvisor;
import org.springframework.ai.chat.client.advisor.api.CallAdvisorChain;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisor;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisorChain;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.core.Ordered;
import reactor.core.publisher.Flux;

/**
 * A Spring AI {@code ChatClient} advisor that guards what goes to the model and checks and restores
 * what comes back, for {@code call()} and {@code stream()}.
 *
 * <p>Use two instances, because Spring AI's chat memory and tool calling are advisors too:
 * <ul>
 *   <li>{@link #outer(LlmRoundTrip)} at {@link #OUTER_ORDER} (before the chat-memory advisor at
 *       {@code HIGHEST_PRECEDENCE + 200}): guards the new messages, so memory stores only their safe
 *       form, and checks and restores the final answer for the caller (streamed answers sentence by
 *       sentence, see {@link StreamingOutputGuard}).
 *   <li>{@link #inner(LlmRoundTrip)} at {@link #INNER_ORDER} (after the tool-calling advisor at
 *       {@code HIGHEST_PRECEDENCE + 300}, which loops the chain after itself): guards every message
 *       of every model call — history from memory, tool results — and restores tool-call arguments so
 *       tools receive the real values.
 * </ul>
 * {@code VeilAutoConfiguration} registers both on every {@code ChatClient.Builder}.
 *
 * <p>A blocked prompt (or answer) does not reach the model (or the caller). Like Spring AI's own
 * {@code SafeGuardAdvisor}, the advisor then answers with a fixed failure message instead of calling
 * the chain; the response context holds {@link #BLOCKED_CONTEXT_KEY} with the {@link
 * BlockedException} (decision and rule ids, no values), so callers can tell a refusal from an answer.
 *
 * <p>The conversation is the chat-memory conversation id ({@code ChatMemory.CONVERSATION_ID} in the
 * request context), or {@code "default"}. Thread-safe.
 */
public final class VeilAdvisor implements CallAdvisor, StreamAdvisor {
  /** Before chat memory. */
  public static final int OUTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 100;
  /** After tool calling. */
  public static final int INNER_ORDER = Ordered.HIGHEST_PRECEDENCE + 400;
  /** Response-context key holding the {@link BlockedException} when Veil refused. */
  public static final String BLOCKED_CONTEXT_KEY = "veil.blocked";
  /** The default refusal text. */
  public static final String DEFAULT_FAILURE_RESPONSE =
      "I can't process this request: it contains data that may not be sent to this model.";

  private final LlmRoundTrip roundTrip;
  private final boolean outer;
  private final String failureResponse;

  private VeilAdvisor(LlmRoundTrip roundTrip, boolean outer, String failureResponse) {
    this.roundTrip = Objects.requireNonNull(roundTrip, "roundTrip");
    this.outer = outer;
    this.failureResponse = Objects.requireNonNull(failureResponse, "failureResponse");
  }

  /** The advisor that runs before chat memory and restores the final answer. */
  public static VeilAdvisor outer(LlmRoundTrip roundTrip) {
    return new VeilAdvisor(roundTrip, true, DEFAULT_FAILURE_RESPONSE);
  }

  /** The advisor that runs after tool calling and guards every model call. */
  public static VeilAdvisor inner(LlmRoundTrip roundTrip) {
    return new VeilAdvisor(roundTrip, false, DEFAULT_FAILURE_RESPONSE);
  }

  /** A copy that answers a refusal with this text. */
  public VeilAdvisor withFailureResponse(String text) {
    return new VeilAdvisor(roundTrip, outer, text);
  }

  @Override
  public String getName() {
    return outer ? "VeilAdvisor" : "VeilToolTrafficAdvisor";
  }

  @Override
  public int getOrder() {
    return outer ? OUTER_ORDER : INNER_ORDER;
  }

  @Override
  public ChatClientResponse adviseCall(ChatClientRequest request, CallAdvisorChain chain) {
    String conversation = conversation(request);
    ChatClientRequest safe;
    try {
      safe = guard(request, conversation);
    } catch (BlockedException e) {
      return refusal(request, e);
    }
    ChatClientResponse response = chain.nextCall(safe);
    try {
      return restore(response, conversation);
    } catch (BlockedException e) {
      return refusal(request, e);
    }
  }

  @Override
  public Flux<ChatClientResponse> adviseStream(ChatClientRequest request, StreamAdvisorChain chain) {
    String conversation = conversation(request);
    ChatClientRequest safe;
    try {
      safe = guard(request, conversation);
    } catch (BlockedException e) {
      return Flux.just(refusal(request, e));
    }
    if (!outer) {
      return chain.nextStream(safe).map(r -> restoreToolCalls(r, conversation));
    }
    return Flux.defer(() -> {
      StreamingOutputGuard output = roundTrip.streamingOutput(conversation);
      ChatClientResponse[] last = new ChatClientResponse[1];
      Flux<ChatClientResponse> body = chain.nextStream(safe).map(r -> {
        last[0] = r;
        return withText(r, output.accept(textOf(r)), conversation);
      });
      Flux<ChatClientResponse> tail = Flux.defer(() -> {
        String rest = output.finish();
        return rest.isEmpty() || last[0] == null ? Flux.empty() : Flux.just(withText(last[0], rest, conversation));
      });
      return Flux.concat(body, tail).onErrorResume(BlockedException.class, e -> Flux.just(refusal(request, e)));
    });
  }

  private static String conversation(ChatClientRequest request) {
    Object id = request.context().get(ChatMemory.CONVERSATION_ID);
    return id == null ? "default" : id.toString();
  }

  private ChatClientRequest guard(ChatClientRequest request, String conversation) {
    Prompt prompt = request.prompt();
    List<Message> safe = new ArrayList<>(prompt.getInstructions().size());
    for (Message m : prompt.getInstructions()) {
      safe.add(guardMessage(m, conversation));
    }
    return request.mutate().prompt(prompt.mutate().messages(safe).build()).build();
  }

  private Message guardMessage(Message m, String conversation) {
    if (m instanceof UserMessage u) {
      if (!u.getMedia().isEmpty()) {
        throw new BlockedException(dev.veil.Decision.BLOCK, List.of(new dev.veil.Reason(
            "veil.uninspectable-content", dev.veil.Decision.BLOCK, null, "fail-closed",
            "media content cannot be inspected")));
      }
      return u.mutate().text(roundTrip.guardPrompt(u.getText(), conversation)).build();
    }
    if (m instanceof SystemMessage s) {
      return s.mutate().text(roundTrip.guardPrompt(s.getText(), conversation)).build();
    }
    if (m instanceof AssistantMessage a) {
      List<AssistantMessage.ToolCall> calls = new ArrayList<>();
      for (AssistantMessage.ToolCall c : a.getToolCalls()) {
        calls.add(new AssistantMessage.ToolCall(c.id(), c.type(), c.name(),
            roundTrip.guardStructured(c.arguments(), conversation)));
      }
      return AssistantMessage.builder().content(a.getText() == null ? null : roundTrip.guardPrompt(a.getText(), conversation))
          .toolCalls(calls).properties(a.getMetadata()).build();
    }
    if (m instanceof ToolResponseMessage t) {
      List<ToolResponseMessage.ToolResponse> responses = new ArrayList<>();
      for (ToolResponseMessage.ToolResponse r : t.getResponses()) {
        responses.add(new ToolResponseMessage.ToolResponse(r.id(), r.name(),
            roundTrip.guardStructured(r.responseData(), conversation)));
      }
      return ToolResponseMessage.builder().responses(responses).metadata(t.getMetadata()).build();
    }
    throw new BlockedException(dev.veil.Decision.BLOCK, List.of(new dev.veil.Reason("veil.uninspectable-content",
        dev.veil.Decision.BLOCK, null, "fail-closed", "message type " + m.getMessageType() + " cannot be inspected")));
  }

  private ChatClientResponse restore(ChatClientResponse response, String conversation) {
    ChatClientResponse withCalls = restoreToolCalls(response, conversation);
    if (!outer || withCalls.chatResponse() == null) {
      return withCalls;
    }
    return mapGenerations(withCalls, a -> roundTrip.checkAndRestoreOutput(a.getText(), conversation), conversation);
  }

  private ChatClientResponse restoreToolCalls(ChatClientResponse response, String conversation) {
    if (response.chatResponse() == null || !response.chatResponse().hasToolCalls()) {
      return response;
    }
    return mapGenerations(response, AssistantMessage::getText, conversation);
  }

  private ChatClientResponse withText(ChatClientResponse response, String text, String conversation) {
    return mapGenerations(response, a -> text, conversation);
  }

  private ChatClientResponse mapGenerations(ChatClientResponse response,
      java.util.function.Function<AssistantMessage, String> text, String conversation) {
    ChatResponse cr = response.chatResponse();
    if (cr == null) {
      return response;
    }
    List<Generation> gens = new ArrayList<>();
    for (Generation g : cr.getResults()) {
      AssistantMessage a = g.getOutput();
      List<AssistantMessage.ToolCall> calls = new ArrayList<>();
      for (AssistantMessage.ToolCall c : a.getToolCalls()) {
        calls.add(new AssistantMessage.ToolCall(c.id(), c.type(), c.name(),
            roundTrip.restoreArguments(c.arguments(), conversation)));
      }
      String newText = a.getText() == null ? null : text.apply(a);
      gens.add(new Generation(AssistantMessage.builder().content(newText).toolCalls(calls)
          .properties(a.getMetadata()).build(), g.getMetadata()));
    }
    ChatResponse out = ChatResponse.builder().from(cr).generations(gens).build();
    return response.mutate().chatResponse(out).build();
  }

  private static String textOf(ChatClientResponse r) {
    if (r.chatResponse() == null || r.chatResponse().getResult() == null) {
      return "";
    }
    String t = r.chatResponse().getResult().getOutput().getText();
    return t == null ? "" : t;
  }

  private ChatClientResponse refusal(ChatClientRequest request, BlockedException e) {
    ChatResponse cr = ChatResponse.builder()
        .generations(List.of(new Generation(new AssistantMessage(failureResponse)))).build();
    return ChatClientResponse.builder().chatResponse(cr).context(request.context())
        .context(BLOCKED_CONTEXT_KEY, e).build();
  }

  @Override
  public String toString() {
    return getName() + "[" + roundTrip + "]";
  }
}
