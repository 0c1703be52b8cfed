package dev.veil.internal.policy;

import com.google.re2j.Pattern;
import dev.veil.Destination;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.policy.Condition;
import dev.veil.policy.Rule;
import dev.veil.policy.Selector;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A rule prepared once for evaluation: patterns compiled, selectors expanded to type sets.
 * Immutable; {@link #fire} is pure.
 */
public final class CompiledRule {
  private final Rule rule;
  private final Condition c;
  private final CompiledSelector select;
  private final List<CompiledSelector> requires = new ArrayList<>();
  private final List<CompiledSelector> excludes = new ArrayList<>();
  private final Pattern destinationId;

  /**
   * @throws dev.veil.policy.PolicyException on a bad pattern
   */
  public CompiledRule(Rule rule) {
    this.rule = rule;
    this.c = rule.condition();
    this.select = c.select() == null ? null : new CompiledSelector(c.select(), rule.id(), "when");
    for (Selector s : c.requires()) {
      requires.add(new CompiledSelector(s, rule.id(), "when.requires"));
    }
    for (Selector s : c.excludes()) {
      excludes.add(new CompiledSelector(s, rule.id(), "when.excludes"));
    }
    this.destinationId = c.destinationIdPattern() == null
        ? null : CompiledSelector.compile(c.destinationIdPattern(), rule.id(), "when.destination.id");
  }

  public Rule rule() {
    return rule;
  }

  /** What fired: the types that made it fire, and the selected types (to transform). */
  public record Firing(CompiledRule rule, Set<EntityType> reasonTypes, Set<EntityType> selectedTypes) {}

  /** Returns the firing, or null when the rule does not fire. */
  public Firing fire(List<Finding> findings, boolean textHasIdentifier, GuardContext ctx) {
    if (!contextHolds(ctx) || !destinationHolds(ctx.destination())) {
      return null;
    }
    EnumSet<EntityType> reasonTypes = EnumSet.noneOf(EntityType.class);
    for (CompiledSelector s : requires) {
      if (!collect(s, findings, textHasIdentifier, reasonTypes)) {
        return null;
      }
    }
    for (CompiledSelector s : excludes) {
      if (collect(s, findings, textHasIdentifier, EnumSet.noneOf(EntityType.class))) {
        return null;
      }
    }
    EnumSet<EntityType> selected = EnumSet.noneOf(EntityType.class);
    if (select != null && !collect(select, findings, textHasIdentifier, selected)) {
      return null;
    }
    reasonTypes.addAll(selected);
    return new Firing(this, reasonTypes, selected);
  }

  private static boolean collect(CompiledSelector s, List<Finding> findings, boolean hasId, Set<EntityType> into) {
    boolean any = false;
    for (Finding f : findings) {
      if (s.selects(f, hasId)) {
        into.add(f.type());
        any = true;
      }
    }
    return any;
  }

  private boolean contextHolds(GuardContext ctx) {
    if (!c.directions().isEmpty() && !c.directions().contains(ctx.direction())) {
      return false;
    }
    if (!c.purposes().isEmpty() && !c.purposes().contains(ctx.purpose())) {
      return false;
    }
    if (!c.jurisdictions().isEmpty() && !c.jurisdictions().contains(ctx.jurisdiction())) {
      return false;
    }
    if (!c.anyLegalBasis().isEmpty() && java.util.Collections.disjoint(c.anyLegalBasis(), ctx.legalBases())) {
      return false;
    }
    return c.noLegalBasis().isEmpty() || java.util.Collections.disjoint(c.noLegalBasis(), ctx.legalBases());
  }

  private boolean destinationHolds(Destination d) {
    return (c.destinationKinds().isEmpty() || c.destinationKinds().contains(d.kind()))
        && matches(c.destinationInEea(), d.inEea())
        && matches(c.businessAssociateAgreement(), d.businessAssociateAgreement())
        && matches(c.dataProcessingAgreement(), d.dataProcessingAgreement())
        && (c.transferMechanisms().isEmpty() || c.transferMechanisms().contains(d.transferMechanism()))
        && matches(c.zeroDataRetention(), d.zeroDataRetention())
        && matches(c.trainsOnData(), d.trainsOnData())
        && (c.destinationRegions().isEmpty() || c.destinationRegions().contains(d.region()))
        && !c.excludedRegions().contains(d.region())
        && (destinationId == null || destinationId.matches(d.id()));
  }

  private static boolean matches(Boolean wanted, boolean actual) {
    return wanted == null || wanted == actual;
  }
}
