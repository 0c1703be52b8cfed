package dev.veil.policy;

import dev.veil.Decision;
import dev.veil.EntityType;
import dev.veil.Reason;
import dev.veil.transform.Operator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a {@link Policy}: the decision, the reasons, the operator for each entity type
 * that must be transformed, and where to route the text on {@link Decision#ROUTE}.
 *
 * @param decision the most restrictive action of all rules that fired
 * @param reasons every rule that fired, in evaluation order
 * @param operators the operator per entity type (used on TRANSFORM, and on ROUTE when the routed
 *     text must also be transformed); types without an entry are left as they are
 * @param routeTo the destination id for ROUTE
 */
public record PolicyDecision(
    Decision decision,
    List<Reason> reasons,
    Map<EntityType, Operator> operators,
    Optional<String> routeTo) {

  public PolicyDecision {
    Objects.requireNonNull(decision, "decision");
    reasons = List.copyOf(reasons);
    operators = operators.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(operators));
    Objects.requireNonNull(routeTo, "routeTo");
    if (decision == Decision.ROUTE && routeTo.isEmpty()) {
      throw new IllegalArgumentException("ROUTE needs a destination");
    }
  }

  public static PolicyDecision allow(List<Reason> reasons) {
    return new PolicyDecision(Decision.ALLOW, reasons, Map.of(), Optional.empty());
  }

  public static PolicyDecision block(List<Reason> reasons) {
    return new PolicyDecision(Decision.BLOCK, reasons, Map.of(), Optional.empty());
  }
}
