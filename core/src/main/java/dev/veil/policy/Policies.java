package dev.veil.policy;

import dev.veil.Decision;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.Reason;
import dev.veil.transform.Operator;
import dev.veil.transform.Operators;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Ready-made policies. */
public final class Policies {
  private Policies() {}

  private static Set<EntityType> typesOf(List<Finding> findings) {
    EnumSet<EntityType> types = EnumSet.noneOf(EntityType.class);
    for (Finding f : findings) {
      types.add(f.type());
    }
    return types;
  }

  /** Blocks any text with at least one finding; allows the rest. */
  public static Policy blockAny() {
    return new Policy() {
      @Override
      public String id() {
        return "block-any";
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public PolicyDecision evaluate(List<Finding> findings, GuardContext context) {
        if (findings.isEmpty()) {
          return PolicyDecision.allow(List.of());
        }
        return PolicyDecision.block(List.of(new Reason("block-any", Decision.BLOCK,
            typesOf(findings), "organisation policy", "any detected sensitive data blocks the text")));
      }

      @Override
      public String toString() {
        return "Policy[block-any]";
      }
    };
  }

  /** Replaces every finding with a typed tag such as {@code <PERSON_1>}; allows texts without findings. */
  public static Policy redactAll() {
    return new Policy() {
      @Override
      public String id() {
        return "redact-all";
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public PolicyDecision evaluate(List<Finding> findings, GuardContext context) {
        if (findings.isEmpty()) {
          return PolicyDecision.allow(List.of());
        }
        Set<EntityType> types = typesOf(findings);
        Map<EntityType, Operator> ops = new EnumMap<>(EntityType.class);
        for (EntityType t : types) {
          ops.put(t, Operators.tag());
        }
        return new PolicyDecision(Decision.TRANSFORM,
            List.of(new Reason("redact-all", Decision.TRANSFORM, types, "organisation policy",
                "every detected value is replaced by a typed tag")),
            ops, Optional.empty());
      }

      @Override
      public String toString() {
        return "Policy[redact-all]";
      }
    };
  }
}
