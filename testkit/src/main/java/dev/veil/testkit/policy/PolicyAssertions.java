package dev.veil.testkit.policy;

import dev.veil.Decision;
import dev.veil.Destination;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.Reason;
import dev.veil.detect.Detector;
import dev.veil.policy.Policy;
import dev.veil.policy.PolicyDecision;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Assertions;

/**
 * JUnit 5 assertions for users' policy tests:
 *
 * <pre>{@code
 * PolicyAssertions.assertThat(Policies.GDPR.and(Policies.HIPAA_SAFE_HARBOR))
 *     .usingDetectors(myDetectors)                       // or .using(guard), or findings directly
 *     .in(GuardContext.builder().jurisdiction(EU_EEA).build())
 *     .blocks("Patient jane@example.org has diabetes").to(openAiUs)
 *     .because("gdpr.art44.no-safeguard");
 * }</pre>
 *
 * Failure messages name the destination, the context, the decision, the rules that fired and the
 * findings' types and offsets; they never print the text or a detected value, so a failing test
 * log does not leak test data that may be real.
 *
 * <p>Findings come from the {@link FindingSource} set with {@link PolicyAssert#using}; by default
 * from every {@link Detector} found on the class path (add {@code veil-detectors} to test scope).
 */
public final class PolicyAssertions {
  private PolicyAssertions() {}

  /** Starts assertions on {@code policy}. */
  public static PolicyAssert assertThat(Policy policy) {
    return new PolicyAssert(Objects.requireNonNull(policy, "policy"), null, GuardContext.defaults());
  }

  /** Assertions on one policy, with a finding source and a base context. Immutable. */
  public static final class PolicyAssert {
    private final Policy policy;
    private final FindingSource source;
    private final GuardContext context;

    private PolicyAssert(Policy policy, FindingSource source, GuardContext context) {
      this.policy = policy;
      this.source = source;
      this.context = context;
    }

    /** Findings from this source. */
    public PolicyAssert using(FindingSource value) {
      return new PolicyAssert(policy, Objects.requireNonNull(value, "source"), context);
    }

    /** Findings from {@link Guard#inspect} of this guard (its detectors, normalizer, allow-list). */
    public PolicyAssert using(Guard guard) {
      Objects.requireNonNull(guard, "guard");
      return using(guard::inspect);
    }

    /** Findings from these detectors (run through a guard's normalization and overlap resolution). */
    public PolicyAssert usingDetectors(List<? extends Detector> detectors) {
      return using(Guard.builder().detectors(detectors).build());
    }

    /**
     * The base context; each {@code to(destination)} replaces only its destination.
     */
    public PolicyAssert in(GuardContext value) {
      return new PolicyAssert(policy, source, Objects.requireNonNull(value, "context"));
    }

    /** Expects BLOCK for the text. */
    public Pending blocks(String text) {
      return new Pending(this, Decision.BLOCK, text, null);
    }

    /** Expects ALLOW for the text (sent unchanged). */
    public Pending allows(String text) {
      return new Pending(this, Decision.ALLOW, text, null);
    }

    /** Expects TRANSFORM for the text. */
    public Pending transforms(String text) {
      return new Pending(this, Decision.TRANSFORM, text, null);
    }

    /** Expects ROUTE for the text. */
    public Pending routes(String text) {
      return new Pending(this, Decision.ROUTE, text, null);
    }

    /** Expects BLOCK for these findings (no detection). */
    public Pending blocks(List<Finding> findings) {
      return new Pending(this, Decision.BLOCK, null, findings);
    }

    /** Expects ALLOW for these findings (no detection). */
    public Pending allows(List<Finding> findings) {
      return new Pending(this, Decision.ALLOW, null, findings);
    }

    /** Expects TRANSFORM for these findings (no detection). */
    public Pending transforms(List<Finding> findings) {
      return new Pending(this, Decision.TRANSFORM, null, findings);
    }

    /** Expects ROUTE for these findings (no detection). */
    public Pending routes(List<Finding> findings) {
      return new Pending(this, Decision.ROUTE, null, findings);
    }

    private FindingSource source() {
      if (source != null) {
        return source;
      }
      Guard g;
      try {
        g = Guard.builder().discoverDetectors().build();
      } catch (IllegalStateException e) {
        throw new IllegalStateException("no detectors on the class path: add veil-detectors in test scope, or call"
            + " using(guard), usingDetectors(...) or pass findings directly", e);
      }
      return g::inspect;
    }
  }

  /** An expectation waiting for its destination. */
  public static final class Pending {
    private final PolicyAssert on;
    private final Decision expected;
    private final String text;
    private final List<Finding> findings;

    private Pending(PolicyAssert on, Decision expected, String text, List<Finding> findings) {
      this.on = on;
      this.expected = expected;
      this.text = text;
      this.findings = findings == null ? null : List.copyOf(findings);
    }

    /** Evaluates for this destination in the base context, and checks the decision. */
    public DecisionAssert to(Destination destination) {
      return to(destination, on.context);
    }

    /** Evaluates for this destination in this context, and checks the decision. */
    public DecisionAssert to(Destination destination, GuardContext context) {
      GuardContext c = context.toBuilder().destination(Objects.requireNonNull(destination, "destination")).build();
      List<Finding> f = findings != null ? findings : on.source().findingsIn(Objects.requireNonNull(text), c);
      PolicyDecision d = on.policy.evaluate(f, c);
      DecisionAssert a = new DecisionAssert(on.policy, c, f, d);
      if (d.decision() != expected) {
        a.fail("expected " + expected + " but was " + d.decision());
      }
      return a;
    }
  }

  /** Further checks on a decision that matched. */
  public static final class DecisionAssert {
    private final Policy policy;
    private final GuardContext context;
    private final List<Finding> findings;
    private final PolicyDecision decision;

    private DecisionAssert(Policy policy, GuardContext context, List<Finding> findings, PolicyDecision decision) {
      this.policy = policy;
      this.context = context;
      this.findings = findings;
      this.decision = decision;
    }

    /** The decision, for checks these assertions do not cover. */
    public PolicyDecision decision() {
      return decision;
    }

    /** Each of these rule ids fired (others may have fired too). */
    public DecisionAssert because(String... ruleIds) {
      List<String> fired = fired();
      List<String> missing = new ArrayList<>();
      for (String id : ruleIds) {
        if (!fired.contains(id)) {
          missing.add(id);
        }
      }
      if (!missing.isEmpty()) {
        fail("expected rules " + missing + " to fire");
      }
      return this;
    }

    /** Exactly these rule ids fired. */
    public DecisionAssert becauseExactly(String... ruleIds) {
      List<String> want = new ArrayList<>(Arrays.asList(ruleIds));
      List<String> fired = fired();
      want.sort(null);
      List<String> sortedFired = new ArrayList<>(fired);
      sortedFired.sort(null);
      if (!want.equals(sortedFired)) {
        fail("expected exactly rules " + want + " to fire");
      }
      return this;
    }

    /** On TRANSFORM: values of {@code type} are replaced by the operator named {@code operatorName}. */
    public DecisionAssert withOperator(EntityType type, String operatorName) {
      var op = decision.operators().get(type);
      if (op == null || !op.name().equals(operatorName)) {
        fail("expected operator '" + operatorName + "' for " + type + " but was "
            + (op == null ? "none" : "'" + op.name() + "'"));
      }
      return this;
    }

    /** On ROUTE: the text is routed to this destination id. */
    public DecisionAssert via(String destinationId) {
      if (!decision.routeTo().equals(Optional.of(destinationId))) {
        fail("expected route to '" + destinationId + "' but was " + decision.routeTo().orElse("none"));
      }
      return this;
    }

    private List<String> fired() {
      return decision.reasons().stream().map(Reason::ruleId).toList();
    }

    private void fail(String what) {
      Assertions.fail(what + describe());
    }

    private String describe() {
      Destination d = context.destination();
      StringBuilder b = new StringBuilder();
      b.append("\n  policy: ").append(policy.id()).append(" v").append(policy.version());
      b.append("\n  destination: ").append(d.id()).append(" (").append(d.kind()).append(", ").append(d.region())
          .append(", BAA ").append(d.businessAssociateAgreement()).append(", DPA ").append(d.dataProcessingAgreement())
          .append(", transfer ").append(d.transferMechanism()).append(')');
      b.append("\n  context: ").append(context.direction()).append(", purpose ").append(context.purpose())
          .append(", jurisdiction ").append(context.jurisdiction()).append(", legal bases ")
          .append(new java.util.TreeSet<>(context.legalBases()));
      b.append("\n  decision: ").append(decision.decision()).append(decision.routeTo().map(r -> " to " + r).orElse(""));
      b.append("\n  fired rules:");
      if (decision.reasons().isEmpty()) {
        b.append(" none");
      }
      for (Reason r : decision.reasons()) {
        b.append("\n    ").append(r.ruleId()).append(" -> ").append(r.decision()).append(' ').append(r.types())
            .append(" (").append(r.citation()).append(')');
      }
      TreeMap<EntityType, String> ops = new TreeMap<>();
      decision.operators().forEach((t, o) -> ops.put(t, o.name()));
      if (!ops.isEmpty()) {
        b.append("\n  operators: ").append(ops);
      }
      b.append("\n  findings (types and offsets only):");
      if (findings.isEmpty()) {
        b.append(" none");
      }
      for (Finding f : findings) {
        b.append("\n    ").append(f.type()).append(" [").append(f.start()).append(", ").append(f.end()).append(')')
            .append(" by ").append(f.detector());
      }
      return b.toString();
    }
  }
}
