package dev.veil.internal.policy;

import dev.veil.Decision;
import dev.veil.policy.Action;
import dev.veil.policy.PolicyException;
import dev.veil.policy.Rule;
import java.util.List;

/**
 * Rejects contradictory rules. Two rules contradict each other when their conditions are equal
 * (so they always fire together) and either one allows while the other transforms, routes or
 * blocks (the allow could never take effect, which is an authoring mistake), or both route to
 * different destinations. Rules with different conditions never contradict: the most restrictive
 * decision wins.
 */
public final class RuleValidator {
  private RuleValidator() {}

  /** Returns null when the rules agree, else a description of the contradiction. */
  public static String contradiction(Rule a, Rule b) {
    if (!a.condition().equals(b.condition())) {
      return null;
    }
    Decision da = a.action().decision();
    Decision db = b.action().decision();
    if ((da == Decision.ALLOW) != (db == Decision.ALLOW)) {
      return "rules '" + a.id() + "' and '" + b.id() + "' have the same condition but one allows and the other "
          + (da == Decision.ALLOW ? db : da).name().toLowerCase(java.util.Locale.ROOT) + "s";
    }
    if (a.action() instanceof Action.Route ra && b.action() instanceof Action.Route rb
        && !ra.destinationId().equals(rb.destinationId())) {
      return "rules '" + a.id() + "' and '" + b.id() + "' have the same condition but route to different destinations";
    }
    return null;
  }

  /** Throws on the first contradiction among {@code rules}. */
  public static void check(List<Rule> rules) {
    for (int i = 0; i < rules.size(); i++) {
      for (int j = i + 1; j < rules.size(); j++) {
        String problem = contradiction(rules.get(i), rules.get(j));
        if (problem != null) {
          throw new PolicyException("contradictory rules: " + problem);
        }
      }
    }
  }
}
