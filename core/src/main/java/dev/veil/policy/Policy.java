package dev.veil.policy;

import dev.veil.Finding;
import dev.veil.GuardContext;
import java.util.List;

/**
 * Decides whether a text with the given findings may reach the context's destination. A policy is
 * immutable, thread-safe, pure and deterministic: the same findings and context always give the
 * same decision, and evaluation does no I/O.
 */
public interface Policy {

  /** Stable id, recorded in audit events, e.g. {@code hipaa-safe-harbor}. */
  String id();

  /** Version of the policy text, recorded in audit events so a decision can be reproduced. */
  String version();

  /**
   * Evaluates the findings (already resolved, in original-text offsets) for this context.
   *
   * @return the decision, every reason that contributed, and the operators to apply on TRANSFORM
   */
  PolicyDecision evaluate(List<Finding> findings, GuardContext context);

  /**
   * This policy and {@code other} evaluated together: every reason of both, the most restrictive
   * decision, the strongest operator per type. The result is the same for {@code b.and(a)}. Two
   * {@link RulePolicy} instances combine into one {@link RulePolicy}.
   *
   * @throws PolicyException if the combination contains contradictory rules
   */
  default Policy and(Policy other) {
    return dev.veil.internal.policy.CompositePolicy.and(this, java.util.Objects.requireNonNull(other, "other"));
  }
}
