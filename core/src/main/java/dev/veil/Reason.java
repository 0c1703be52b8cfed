package dev.veil;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Why a decision was taken: the rule that fired, the entity types that triggered it, and the
 * regulation it implements. A reason never contains the inspected text or a detected value; its
 * {@code explanation} is written from the rule, not from the input.
 *
 * @param ruleId stable id of the rule, e.g. {@code hipaa.safe-harbor.no-baa}
 * @param decision what this rule asked for
 * @param types the entity types that made the rule fire (may be empty for destination rules)
 * @param citation the provision, e.g. {@code 45 CFR 164.514(b)(2)(i)(A)} or {@code GDPR Art. 44}
 * @param explanation one sentence in plain words
 */
public record Reason(
    String ruleId, Decision decision, Set<EntityType> types, String citation, String explanation) {

  public Reason {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(explanation, "explanation");
    types = types == null || types.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(types));
  }

  @Override
  public String toString() {
    return ruleId + " -> " + decision + " " + types + " (" + citation + "): " + explanation;
  }
}
