package dev.veil.langchain4j;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;

/** A chat model that guards every request and checks and restores every answer. */
final class VeilChatModel implements ChatModel {
  private final VeilLangChain4j veil;
  private final ChatModel delegate;

  VeilChatModel(VeilLangChain4j veil, ChatModel delegate) {
    this.veil = veil;
    this.delegate = delegate;
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    String conversation = VeilLangChain4j.currentConversation();
    ChatRequest safe = veil.guardRequest(request, conversation);
    return restore(veil, delegate.chat(safe), conversation);
  }

  /** Checks and restores the answer text; restores tool-call arguments so tools get real values. */
  static ChatResponse restore(VeilLangChain4j veil, ChatResponse response, String conversation) {
    AiMessage ai = response.aiMessage();
    AiMessage.Builder b = ai.toBuilder();
    if (ai.text() != null) {
      b.text(veil.checkAndRestoreOutput(ai.text(), conversation));
    }
    if (ai.hasToolExecutionRequests()) {
      List<ToolExecutionRequest> restored = new ArrayList<>();
      for (ToolExecutionRequest r : ai.toolExecutionRequests()) {
        restored.add(r.toBuilder().arguments(veil.roundTrip().restoreArguments(r.arguments(), conversation)).build());
      }
      b.toolExecutionRequests(restored);
    }
    return response.toBuilder().aiMessage(b.build()).build();
  }

  @Override
  public String toString() {
    return "VeilChatModel[" + delegate.getClass().getSimpleName() + "]";
  }
}
