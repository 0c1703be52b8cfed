package dev.veil.http;

import dev.veil.Decision;
import dev.veil.Reason;
import dev.veil.VeilException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A text may not be sent (BLOCK, or ROUTE to another destination) or shown (an answer blocked in the
 * OUTPUT direction). Framework adapters turn it into the framework's own failure type. The message
 * names the decision and rule ids with their citations, never a value.
 */
public final class BlockedException extends VeilException {
  private static final long serialVersionUID = 1L;
  private final Decision decision;
  private final transient List<Reason> reasons;

  public BlockedException(Decision decision, List<Reason> reasons) {
    super(describe(decision, reasons));
    this.decision = decision;
    this.reasons = List.copyOf(reasons);
  }

  public Decision decision() {
    return decision;
  }

  public List<Reason> reasons() {
    return reasons;
  }

  static String describe(Decision decision, List<Reason> reasons) {
    return "Veil " + decision + ": " + reasons.stream()
        .map(r -> r.ruleId() + " (" + r.citation() + ")").distinct().collect(Collectors.joining("; "));
  }
}
