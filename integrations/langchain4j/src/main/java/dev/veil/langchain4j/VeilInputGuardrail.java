package dev.veil.langchain4j;

import dev.langchain4j.guardrail.InputGuardrail;
import dev.langchain4j.guardrail.InputGuardrailRequest;
import dev.langchain4j.guardrail.InputGuardrailResult;
import dev.veil.http.BlockedException;

/**
 * Runs the guard on the user message: lets it through, rewrites it to its safe form, or fails
 * fatally (the framework then throws {@code InputGuardrailException}).
 */
final class VeilInputGuardrail implements InputGuardrail {
  private final VeilLangChain4j veil;

  VeilInputGuardrail(VeilLangChain4j veil) {
    this.veil = veil;
  }

  @Override
  public InputGuardrailResult validate(InputGuardrailRequest request) {
    Object memoryId = request.requestParams().invocationContext() == null
        ? null : request.requestParams().invocationContext().chatMemoryId();
    String conversation = VeilLangChain4j.conversationId(memoryId);
    String text = request.userMessage().singleText();
    try {
      String safe = veil.roundTrip().guardPrompt(text, conversation);
      return safe.equals(text) ? success() : successWith(safe);
    } catch (BlockedException e) {
      return fatal(e.getMessage());
    }
  }
}
