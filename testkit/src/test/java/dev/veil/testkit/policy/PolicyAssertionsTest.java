package dev.veil.testkit.policy;

import static dev.veil.testkit.policy.PolicyAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Destination;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.GuardContext.Jurisdiction;
import dev.veil.policy.Policies;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PolicyAssertionsTest {
  static final String SSN = "219-09-9999";
  static final String CARD = "4111 1111 1111 1111";
  static final Destination VENDOR = Destination.unknownExternal();
  static final Destination US_SCC = Destination.builder("us-scc").dataProcessingAgreement(true)
      .transferMechanism(Destination.TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES).build();
  static final GuardContext EU = GuardContext.builder().jurisdiction(Jurisdiction.EU_EEA).build();
  static final Guard GUARD = Guard.builder().discoverDetectors().build();

  @Test
  void presetsWithRealDetectors() {
    assertThat(Policies.GDPR).using(GUARD).in(EU)
        .blocks("Contact jane.roe@example.org").to(VENDOR).because("gdpr.art44.no-safeguard", "gdpr.art28.no-dpa");
    assertThat(Policies.GDPR).using(GUARD).in(EU)
        .allows("Contact jane.roe@example.org").to(US_SCC).becauseExactly("gdpr.art46.sccs");
    assertThat(Policies.PCI_DSS)
        .transforms("card " + CARD).to(VENDOR)
        .because("pci.req3.4.1.pan-masked").withOperator(EntityType.CREDIT_CARD, "mask");
    assertThat(Policies.SECRETS).allows("no secrets here").to(VENDOR).becauseExactly();
  }

  @Test
  void routesWithFindingsGivenDirectly() {
    List<Finding> phi = List.of(Finding.of(EntityType.PERSON, 0, 8, 0.9, "t"),
        Finding.of(EntityType.HEALTH_CONDITION, 20, 28, 0.9, "t"));
    assertThat(Policies.ROUTE_PHI).routes(phi).to(VENDOR).via(Policies.INTERNAL_MODEL);
    assertThat(Policies.HIPAA_SAFE_HARBOR).transforms(phi).to(VENDOR).withOperator(EntityType.PERSON, "tag");
  }

  @Test
  void failureMessageNamesTypesAndOffsetsButNoValues() {
    AssertionError e = assertThrows(AssertionError.class, () ->
        assertThat(Policies.redactAll()).using(GUARD).blocks("SSN " + SSN + " card " + CARD).to(VENDOR));
    String m = e.getMessage();
    assertTrue(m.contains("expected BLOCK but was TRANSFORM"), m);
    assertTrue(m.contains("US_SSN [4, 15)"), m);
    assertTrue(m.contains("redact-all -> TRANSFORM"), m);
    assertFalse(m.contains(SSN), m);
    assertFalse(m.contains("1111"), m);
    AssertionError rule = assertThrows(AssertionError.class, () ->
        assertThat(Policies.SECRETS).using(GUARD).allows("SSN " + SSN).to(VENDOR).because("secrets.credential"));
    assertTrue(rule.getMessage().contains("expected rules [secrets.credential] to fire"), rule.getMessage());
    assertFalse(rule.getMessage().contains(SSN));
  }

  @Provide
  Arbitrary<String> ssnText() {
    Arbitrary<String> area = Arbitraries.integers().between(1, 665).map(i -> String.format("%03d", i));
    Arbitrary<String> group = Arbitraries.integers().between(1, 99).map(i -> String.format("%02d", i));
    Arbitrary<String> serial = Arbitraries.integers().between(1, 9999).map(i -> String.format("%04d", i));
    Arbitrary<String> prefix = Arbitraries.of("SSN ", "my social is ", "ssn: ", "Employee SSN ");
    return net.jqwik.api.Combinators.combine(prefix, area, group, serial)
        .as((p, a, g, s) -> p + a + "-" + g + "-" + s + " please.");
  }

  /** The property a team would write: no SSN of an EU subject ever reaches a vendor without SCCs. */
  @Property(tries = 100)
  void noSsnReachesAVendorWithoutSafeguards(@ForAll("ssnText") String text) {
    assertThat(Policies.GDPR.and(Policies.SECRETS)).using(GUARD).in(EU).blocks(text).to(VENDOR);
  }
}
