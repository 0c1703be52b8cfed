package dev.veil;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link Guard#check}: the decision, the text that may be sent, the findings, the
 * reasons and the id of the audit event that recorded it.
 *
 * <p>{@link #toString()} shows no text and no value: it is safe to log.
 *
 * @param decision what to do
 * @param safeText the text that may be sent: the original on ALLOW, the transformed text on
 *     TRANSFORM, the text for {@link #routeTo()} on ROUTE; empty on BLOCK
 * @param findings the findings, in original-text offsets, sorted and non-overlapping
 * @param reasons every rule that fired (and the failure, when the guard failed closed)
 * @param routeTo the destination id on ROUTE
 * @param auditId the id of the audit event
 */
public record GuardResult(
    Decision decision,
    Optional<String> safeText,
    List<Finding> findings,
    List<Reason> reasons,
    Optional<String> routeTo,
    String auditId) {

  public GuardResult {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(safeText, "safeText");
    findings = List.copyOf(findings);
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(routeTo, "routeTo");
    Objects.requireNonNull(auditId, "auditId");
    if (decision == Decision.BLOCK && safeText.isPresent()) {
      throw new IllegalArgumentException("a blocked result carries no text");
    }
    if (decision != Decision.BLOCK && safeText.isEmpty()) {
      throw new IllegalArgumentException(decision + " needs a text");
    }
  }

  public boolean isBlocked() {
    return decision == Decision.BLOCK;
  }

  @Override
  public String toString() {
    return "GuardResult[decision=" + decision + ", findings=" + findings + ", reasons=" + reasons
        + routeTo.map(r -> ", routeTo=" + r).orElse("") + ", auditId=" + auditId
        + safeText.map(t -> ", safeTextLength=" + t.length()).orElse("") + "]";
  }
}
