package dev.veil.internal.policy;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.Reason;
import dev.veil.policy.Action;
import dev.veil.policy.PolicyDecision;
import dev.veil.policy.Rule;
import java.util.List;

/** Evaluates compiled rules. Pure: no I/O, no state between calls. */
public final class PolicyEngine {
  private PolicyEngine() {}

  /**
   * @param rules sorted by id (so operator ties resolve the same way whatever the composition order)
   */
  public static PolicyDecision evaluate(List<CompiledRule> rules, List<Finding> findings, GuardContext ctx) {
    boolean hasIdentifier = PersonalData.anyIdentifier(findings);
    DecisionMerger merger = new DecisionMerger();
    for (CompiledRule cr : rules) {
      CompiledRule.Firing firing = cr.fire(findings, hasIdentifier, ctx);
      if (firing == null) {
        continue;
      }
      Rule r = cr.rule();
      merger.add(new Reason(r.id(), r.action().decision(), firing.reasonTypes(), r.citation(), r.description()));
      if (r.action() instanceof Action.Transform t) {
        for (EntityType type : firing.selectedTypes()) {
          merger.transform(type, t.operatorFor(type));
        }
      } else if (r.action() instanceof Action.Route route) {
        merger.route(route.destinationId());
      }
    }
    return merger.result();
  }
}
