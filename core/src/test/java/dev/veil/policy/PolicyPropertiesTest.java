package dev.veil.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.veil.Decision;
import dev.veil.Destination;
import dev.veil.Direction;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.GuardContext.Jurisdiction;
import dev.veil.GuardContext.LegalBasis;
import dev.veil.GuardContext.Purpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the engine and the presets. */
class PolicyPropertiesTest {

  static final List<RulePolicy> PRESETS = List.of(Policies.HIPAA_SAFE_HARBOR, Policies.GDPR, Policies.PCI_DSS,
      Policies.SECRETS, Policies.ROUTE_PHI);

  static final RulePolicy ALL = Policies.GDPR.and(Policies.HIPAA_SAFE_HARBOR).and(Policies.PCI_DSS)
      .and(Policies.SECRETS).and(Policies.ROUTE_PHI);

  @Provide
  Arbitrary<Finding> finding() {
    Arbitrary<EntityType> type = Arbitraries.of(EntityType.class);
    Arbitrary<Integer> start = Arbitraries.integers().between(0, 200);
    Arbitrary<Integer> len = Arbitraries.integers().between(1, 20);
    Arbitrary<Double> score = Arbitraries.doubles().between(0.5, 1.0);
    Arbitrary<String> subject = Arbitraries.of("", "self", "other", "none");
    return Combinators.combine(type, start, len, score, subject).as((t, s, l, sc, subj) -> {
      Finding f = Finding.of(t, s, s + l, sc, "gen");
      return subj.isEmpty() ? f : f.withAttribute("subject", subj);
    });
  }

  @Provide
  Arbitrary<List<Finding>> findings() {
    return finding().list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<GuardContext> context() {
    Arbitrary<Destination> dest = Builders.withBuilder(() -> Destination.builder("d"))
        .use(Arbitraries.of(Destination.Kind.class)).in((b, v) -> b.kind(v))
        .use(Arbitraries.of("US", "DE", "JP", "EEA", "IN")).in((b, v) -> b.region(v))
        .use(Arbitraries.of(true, false)).in((b, v) -> b.businessAssociateAgreement(v))
        .use(Arbitraries.of(true, false)).in((b, v) -> b.dataProcessingAgreement(v))
        .use(Arbitraries.of(Destination.TransferMechanism.class)).in((b, v) -> b.transferMechanism(v))
        .use(Arbitraries.of(true, false)).in((b, v) -> b.zeroDataRetention(v))
        .use(Arbitraries.of(true, false)).in((b, v) -> b.trainsOnData(v))
        .build(Destination.Builder::build);
    Arbitrary<Set<LegalBasis>> bases = Arbitraries.of(LegalBasis.class).set().ofMaxSize(3);
    return Combinators.combine(dest, Arbitraries.of(Direction.class), Arbitraries.of(Purpose.class),
        Arbitraries.of(Jurisdiction.class), bases).as((d, dir, p, j, bs) -> {
          GuardContext.Builder b = GuardContext.builder().destination(d).direction(dir).purpose(p).jurisdiction(j);
          bs.forEach(b::legalBasis);
          return b.build();
        });
  }

  @Provide
  Arbitrary<RulePolicy> preset() {
    return Arbitraries.of(PRESETS);
  }

  /** Decision, reasons, operator names and route: what a caller can observe. */
  static String observable(PolicyDecision d) {
    Map<EntityType, String> ops = new TreeMap<>();
    d.operators().forEach((k, v) -> ops.put(k, v.name()));
    return d.decision() + " " + d.reasons() + " " + ops + " " + d.routeTo();
  }

  @Property(tries = 300)
  void evaluationIsDeterministic(@ForAll("findings") List<Finding> findings, @ForAll("context") GuardContext c) {
    RulePolicy rebuilt = Policies.GDPR.and(Policies.HIPAA_SAFE_HARBOR).and(Policies.PCI_DSS)
        .and(Policies.SECRETS).and(Policies.ROUTE_PHI);
    assertEquals(observable(ALL.evaluate(findings, c)), observable(ALL.evaluate(findings, c)));
    assertEquals(observable(ALL.evaluate(findings, c)), observable(rebuilt.evaluate(findings, c)));
    List<Finding> reversed = new ArrayList<>(findings);
    java.util.Collections.reverse(reversed);
    assertEquals(observable(ALL.evaluate(findings, c)), observable(ALL.evaluate(reversed, c)),
        "finding order must not matter");
  }

  @Property(tries = 300)
  void andIsCommutative(@ForAll("preset") RulePolicy a, @ForAll("preset") RulePolicy b,
      @ForAll("findings") List<Finding> findings, @ForAll("context") GuardContext c) {
    assertEquals(a.and(b), b.and(a));
    assertEquals(observable(a.and(b).evaluate(findings, c)), observable(b.and(a).evaluate(findings, c)));
    Policy ga = a;
    Policy blockAny = Policies.blockAny();
    // The generic composition (through the Policy interface) agrees too.
    assertEquals(observable(ga.and(blockAny).evaluate(findings, c)),
        observable(blockAny.and(ga).evaluate(findings, c)));
  }

  /**
   * Adding a finding never makes the decision less restrictive. Holds for every preset because
   * their only "absence" condition (hipaa.de-identified's excludes) is on an ALLOW rule, which
   * never raises the decision.
   */
  @Property(tries = 500)
  void addingAFindingNeverLowersTheDecision(@ForAll("findings") List<Finding> findings,
      @ForAll("finding") Finding extra, @ForAll("context") GuardContext c) {
    List<Finding> more = new ArrayList<>(findings);
    more.add(extra);
    Decision before = ALL.evaluate(findings, c).decision();
    Decision after = ALL.evaluate(more, c).decision();
    assertFalse(before.isStricterThan(after), before + " became " + after);
  }

  @Property(tries = 200)
  void transformAlwaysCarriesAnOperatorForEveryTransformedType(@ForAll("findings") List<Finding> findings,
      @ForAll("context") GuardContext c) {
    PolicyDecision d = ALL.evaluate(findings, c);
    if (d.decision() == Decision.TRANSFORM) {
      assertFalse(d.operators().isEmpty());
    } else {
      assertEquals(Map.of(), d.operators());
    }
  }
}
