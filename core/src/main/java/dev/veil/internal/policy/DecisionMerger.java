package dev.veil.internal.policy;

import dev.veil.Decision;
import dev.veil.EntityType;
import dev.veil.Reason;
import dev.veil.policy.PolicyDecision;
import dev.veil.transform.Operator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Combines what several rules (or several policies) asked for into one decision: the most
 * restrictive decision wins; every reason is kept; on TRANSFORM the strongest operator per type
 * wins (ties: the first offered, and callers offer in rule-id order); two different route targets
 * cannot both be honoured, so they block. The result does not depend on the order of policies.
 * Not thread-safe; one per evaluation.
 */
public final class DecisionMerger {
  /** Reason id when rules route the same text to different destinations. */
  public static final String ROUTE_CONFLICT = "veil.route-conflict";

  private static final Comparator<Reason> REASON_ORDER =
      Comparator.comparing(Reason::decision).reversed().thenComparing(Reason::ruleId);

  private Decision decision = Decision.ALLOW;
  private final List<Reason> reasons = new ArrayList<>();
  private final Map<EntityType, Operator> operators = new EnumMap<>(EntityType.class);
  private final TreeSet<String> routes = new TreeSet<>();

  public void add(Reason reason) {
    reasons.add(reason);
    decision = decision.strictest(reason.decision());
  }

  public void transform(EntityType type, Operator op) {
    Operator current = operators.get(type);
    if (current == null || OperatorCatalog.strength(op) > OperatorCatalog.strength(current)) {
      operators.put(type, op);
    }
  }

  public void route(String destinationId) {
    routes.add(destinationId);
  }

  /** Folds in the decision of another policy. */
  public void add(PolicyDecision d) {
    d.reasons().forEach(this::add);
    decision = decision.strictest(d.decision());
    if (d.decision() == Decision.TRANSFORM) {
      d.operators().forEach(this::transform);
    }
    d.routeTo().ifPresent(this::route);
  }

  public PolicyDecision result() {
    Decision finalDecision = decision;
    List<Reason> all = new ArrayList<>(reasons);
    if (finalDecision == Decision.ROUTE && routes.size() > 1) {
      finalDecision = Decision.BLOCK;
      all.add(new Reason(ROUTE_CONFLICT, Decision.BLOCK, null, "fail-closed",
          "rules route the text to different destinations " + routes + "; it cannot go to both"));
    }
    all.sort(REASON_ORDER);
    return new PolicyDecision(finalDecision, dedupe(all),
        finalDecision == Decision.TRANSFORM ? operators : Map.of(),
        finalDecision == Decision.ROUTE ? Optional.of(routes.first()) : Optional.empty());
  }

  private static List<Reason> dedupe(List<Reason> sorted) {
    List<Reason> out = new ArrayList<>(sorted.size());
    for (Reason r : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(r)) {
        out.add(r);
      }
    }
    return out;
  }
}
