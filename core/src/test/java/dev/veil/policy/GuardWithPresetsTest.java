package dev.veil.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Decision;
import dev.veil.Destination;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.GuardResult;
import dev.veil.Reason;
import dev.veil.audit.InMemoryAuditSink;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The presets through the whole pipeline, with planted values that must appear nowhere. */
class GuardWithPresetsTest {
  static final String NAME = "Jane Roe";
  static final String DOB = "1931-04-02";
  static final String CARD = "4111 1111 1111 1111";
  static final String TEXT = "Patient " + NAME + ", born " + DOB + ", has diabetes; card " + CARD + ".";

  /** Finds fixed strings, so this test depends on the policy, not on detector quality. */
  static final class FixedDetector implements Detector {
    private final Map<String, EntityType> words = Map.of(NAME, EntityType.PERSON, DOB, EntityType.DATE,
        "diabetes", EntityType.HEALTH_CONDITION, CARD, EntityType.CREDIT_CARD);

    @Override
    public String id() {
      return "fixed";
    }

    @Override
    public Set<EntityType> entityTypes() {
      return Set.copyOf(words.values());
    }

    @Override
    public List<Finding> detect(DetectorInput input) {
      List<Finding> out = new ArrayList<>();
      words.forEach((w, t) -> {
        int i = input.text().indexOf(w);
        if (i >= 0) {
          out.add(Finding.of(t, i, i + w.length(), 0.9, id()));
        }
      });
      return out;
    }
  }

  @Test
  void hospitalPolicyDeidentifiesAndNeverLeaks() {
    InMemoryAuditSink audit = new InMemoryAuditSink();
    Guard guard = Guard.builder().detector(new FixedDetector()).auditSink(audit)
        .policy(Policies.HIPAA_SAFE_HARBOR.and(Policies.PCI_DSS).and(Policies.SECRETS)).build();
    GuardContext us = GuardContext.builder().jurisdiction(GuardContext.Jurisdiction.US).build();
    GuardResult r = guard.check(TEXT, us);
    assertEquals(Decision.TRANSFORM, r.decision());
    String safe = r.safeText().orElseThrow();
    assertTrue(safe.contains("1931"), safe);          // Safe Harbor keeps the year
    assertTrue(safe.contains("diabetes"), safe);      // clinical content stays
    for (String planted : List.of(NAME, DOB, CARD, "1111")) {
      assertFalse(safe.contains(planted), planted);
      assertFalse(r.toString().contains(planted), planted);
      assertFalse(audit.toString().contains(planted), planted);
      for (Reason reason : r.reasons()) {
        assertFalse(reason.toString().contains(planted));
      }
    }
  }

  @Test
  void routeDecisionNamesTheInternalModelAndKeepsTheText() {
    Guard guard = Guard.builder().detector(new FixedDetector()).auditSink(new InMemoryAuditSink())
        .policy(Policies.ROUTE_PHI.and(Policies.HIPAA_SAFE_HARBOR)).build();
    GuardResult r = guard.check(TEXT, GuardContext.builder().destination(Destination.unknownExternal()).build());
    assertEquals(Decision.ROUTE, r.decision());
    assertEquals(Optional.of(Policies.INTERNAL_MODEL), r.routeTo());
    assertEquals(Optional.of(TEXT), r.safeText());
  }

  @Test
  void genericPoliciesComposeThroughTheInterfaceInEitherOrder() {
    Policy custom = new Policy() {
      @Override
      public String id() {
        return "custom";
      }

      @Override
      public String version() {
        return "2";
      }

      @Override
      public PolicyDecision evaluate(List<Finding> findings, GuardContext context) {
        return new PolicyDecision(Decision.ROUTE, List.of(new Reason("custom.route", Decision.ROUTE, null, "org",
            "everything goes to the other model")), Map.of(), Optional.of("other-model"));
      }
    };
    List<Finding> phi = MarkedText.of(PresetScenariosTest.PHI_NAME).findings();
    GuardContext c = GuardContext.defaults();
    Policy ab = custom.and(Policies.ROUTE_PHI);
    Policy ba = Policies.ROUTE_PHI.and(custom);
    assertEquals("custom+route-phi", ab.id());
    assertEquals(ab.id(), ba.id());
    PolicyDecision d = ab.evaluate(phi, c);
    assertEquals(d, ba.evaluate(phi, c));
    // Two different route targets cannot both be honoured.
    assertEquals(Decision.BLOCK, d.decision());
    assertTrue(d.reasons().stream().anyMatch(r -> r.ruleId().equals("veil.route-conflict")));
    assertEquals(Decision.ROUTE, custom.and(Policies.SECRETS).evaluate(phi, c).decision());
  }
}
