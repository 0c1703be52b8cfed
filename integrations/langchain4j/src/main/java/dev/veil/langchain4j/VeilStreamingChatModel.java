package dev.veil.langchain4j;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

/**
 * A streaming chat model that guards every request and hands the caller only checked, restored
 * text: partial answers are buffered to the next sentence or line boundary ({@link SentenceBuffer}),
 * checked in the OUTPUT direction, restored, then emitted. The final response is checked whole.
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
    VeilChatModel restorer = new VeilChatModel(veil, null);
    delegate.chat(safe, new StreamingChatResponseHandler() {
      private final SentenceBuffer buffer = new SentenceBuffer();
      private volatile boolean failed;

      @Override
      public void onPartialResponse(String partial) {
        if (failed) {
          return;
        }
        emit(buffer.accept(partial));
      }

      private void emit(String piece) {
        if (piece.isEmpty() || failed) {
          return;
        }
        try {
          handler.onPartialResponse(veil.checkAndRestoreOutput(piece, conversation));
        } catch (RuntimeException e) {
          failed = true;
          handler.onError(e);
        }
      }

      @Override
      public void onCompleteResponse(ChatResponse response) {
        emit(buffer.finish());
        if (failed) {
          return;
        }
        try {
          handler.onCompleteResponse(restorer.restore(response, conversation));
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
