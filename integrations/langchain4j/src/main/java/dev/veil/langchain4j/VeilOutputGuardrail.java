package dev.veil.langchain4j;

import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailException;
import dev.langchain4j.guardrail.OutputGuardrailRequest;
import dev.langchain4j.guardrail.OutputGuardrailResult;

/** Checks the answer in the OUTPUT direction and restores pseudonyms for the caller. */
final class VeilOutputGuardrail implements OutputGuardrail {
  private final VeilLangChain4j veil;

  VeilOutputGuardrail(VeilLangChain4j veil) {
    this.veil = veil;
  }

  @Override
  public OutputGuardrailResult validate(OutputGuardrailRequest request) {
    Object memoryId = request.requestParams().invocationContext() == null
        ? null : request.requestParams().invocationContext().chatMemoryId();
    String text = request.responseFromLLM().aiMessage().text();
    if (text == null) {
      return success();
    }
    try {
      String restored = veil.checkAndRestoreOutput(text, VeilLangChain4j.conversationId(memoryId));
      return restored.equals(text) ? success() : successWith(restored);
    } catch (OutputGuardrailException e) {
      return fatal(e.getMessage());
    }
  }
}
