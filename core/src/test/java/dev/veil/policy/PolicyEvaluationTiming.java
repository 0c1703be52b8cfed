package dev.veil.policy;

import dev.veil.Destination;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.GuardContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Rough timing of preset evaluation quoted in docs/policies.md. Not a test and not JMH: run its
 * main (the command is in the doc) to see the order of magnitude on a machine.
 */
public final class PolicyEvaluationTiming {
  private PolicyEvaluationTiming() {}

  public static void main(String[] args) {
    RulePolicy p = Policies.GDPR.and(Policies.HIPAA_SAFE_HARBOR).and(Policies.PCI_DSS).and(Policies.SECRETS);
    EntityType[] types = {EntityType.PERSON, EntityType.DATE, EntityType.HEALTH_CONDITION, EntityType.EMAIL_ADDRESS,
        EntityType.CREDIT_CARD, EntityType.ZIP_CODE, EntityType.MEDICATION, EntityType.US_SSN,
        EntityType.PHONE_NUMBER, EntityType.AGE};
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      findings.add(Finding.of(types[i], i * 10, i * 10 + 5, 0.9, "timing"));
    }
    GuardContext c = GuardContext.builder().jurisdiction(GuardContext.Jurisdiction.EU_EEA)
        .destination(Destination.builder("x").region("DE").dataProcessingAgreement(true)
            .businessAssociateAgreement(true).build())
        .legalBasis(GuardContext.LegalBasis.HEALTH_CARE).build();
    for (int round = 0; round < 5; round++) {
      int n = 200_000;
      long t0 = System.nanoTime();
      int sink = 0;
      for (int i = 0; i < n; i++) {
        sink += p.evaluate(findings, c).reasons().size();
      }
      long t1 = System.nanoTime();
      System.out.printf("round %d: rules=%d findings=%d: %.2f us/evaluation (%d)%n", round, p.rules().size(),
          findings.size(), (t1 - t0) / 1000.0 / n, sink);
    }
  }
}
