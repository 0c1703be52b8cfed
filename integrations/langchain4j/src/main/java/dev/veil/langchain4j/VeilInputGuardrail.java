package dev.veil.langchain4j;

import dev.langchain4j.guardrail.InputGuardrail;
import dev.langchain4j.guardrail.InputGuardrailRequest;
import dev.langchain4j.guardrail.InputGuardrailResult;
import dev.veil.Decision;
import dev.veil.Direction;
import dev.veil.GuardResult;

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
    GuardResult r = veilGuard(text, conversation);
    if (r.decision() == Decision.BLOCK || r.decision() == Decision.ROUTE) {
      return fatal(VeilLangChain4j.describe(r.decision(), r.reasons()));
    }
    String safe = r.safeText().orElseThrow();
    return safe.equals(text) ? success() : successWith(safe);
  }

  private GuardResult veilGuard(String text, String conversation) {
    return veil.guardResult(text, conversation, Direction.PROMPT);
  }
}
