package dev.veil.langchain4j;

import dev.langchain4j.guardrail.OutputGuardrailException;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.veil.http.BlockedException;
import dev.veil.http.StreamingOutputGuard;

/**
 * A streaming chat model that guards every request and hands the caller only checked, restored
 * text: partial answers are buffered to the next sentence or line boundary ({@link
 * StreamingOutputGuard}), checked in the OUTPUT direction, restored, then emitted. The final response is checked whole.
 */
final class VeilStreamingChatModel implements StreamingChatModel {
  private final VeilLangChain4j veil;
  private final StreamingChatModel delegate;

  VeilStreamingChatModel(VeilLangChain4j veil, StreamingChatModel delegate) {
    this.veil = veil;
    this.delegate = delegate;
  }

  @Override
  public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
    String conversation = VeilLangChain4j.currentConversation();
    ChatRequest safe;
    try {
      safe = veil.guardRequest(request, conversation);
    } catch (RuntimeException e) {
      handler.onError(e);
      return;
    }
    delegate.chat(safe, new StreamingChatResponseHandler() {
      private final StreamingOutputGuard output = veil.roundTrip().streamingOutput(conversation);
      private volatile boolean failed;

      @Override
      public void onPartialResponse(String partial) {
        if (failed) {
          return;
        }
        emit(() -> output.accept(partial));
      }

      private void emit(java.util.function.Supplier<String> piece) {
        if (failed) {
          return;
        }
        try {
          String safe = piece.get();
          if (!safe.isEmpty()) {
            handler.onPartialResponse(safe);
          }
        } catch (BlockedException e) {
          failed = true;
          handler.onError(new OutputGuardrailException(e.getMessage()));
        } catch (RuntimeException e) {
          failed = true;
          handler.onError(e);
        }
      }

      @Override
      public void onCompleteResponse(ChatResponse response) {
        emit(output::finish);
        if (failed) {
          return;
        }
        try {
          handler.onCompleteResponse(VeilChatModel.restore(veil, response, conversation));
        } catch (RuntimeException e) {
          handler.onError(e);
        }
      }

      @Override
      public void onError(Throwable error) {
        handler.onError(error);
      }
    });
  }

  @Override
  public String toString() {
    return "VeilStreamingChatModel[" + delegate.getClass().getSimpleName() + "]";
  }
}
