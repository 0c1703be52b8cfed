package dev.veil.internal.policy;

import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.policy.Policy;
import dev.veil.policy.PolicyDecision;
import dev.veil.policy.RulePolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Several policies evaluated together; parts sorted by id so the order of {@code and} is irrelevant. */
public final class CompositePolicy implements Policy {
  private final List<Policy> parts;

  private CompositePolicy(List<Policy> parts) {
    this.parts = parts;
  }

  /** {@code a and b}: a {@link RulePolicy} when both are, otherwise a composite. */
  public static Policy and(Policy a, Policy b) {
    if (a instanceof RulePolicy ra && b instanceof RulePolicy rb) {
      return ra.and(rb);
    }
    List<Policy> all = new ArrayList<>();
    flatten(a, all);
    flatten(b, all);
    all.sort(Comparator.comparing(Policy::id).thenComparing(Policy::version));
    return new CompositePolicy(List.copyOf(all));
  }

  private static void flatten(Policy p, List<Policy> into) {
    if (p instanceof CompositePolicy c) {
      into.addAll(c.parts);
    } else {
      into.add(p);
    }
  }

  @Override
  public String id() {
    return parts.stream().map(Policy::id).collect(Collectors.joining("+"));
  }

  @Override
  public String version() {
    return parts.stream().map(Policy::version).collect(Collectors.joining("+"));
  }

  @Override
  public PolicyDecision evaluate(List<Finding> findings, GuardContext context) {
    DecisionMerger m = new DecisionMerger();
    for (Policy p : parts) {
      m.add(p.evaluate(findings, context));
    }
    return m.result();
  }

  @Override
  public String toString() {
    return "Policy[" + id() + "]";
  }
}
