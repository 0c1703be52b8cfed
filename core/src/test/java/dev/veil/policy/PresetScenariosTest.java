package dev.veil.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Decision;
import dev.veil.Destination;
import dev.veil.Destination.TransferMechanism;
import dev.veil.Direction;
import dev.veil.EntityType;
import dev.veil.GuardContext;
import dev.veil.GuardContext.Jurisdiction;
import dev.veil.GuardContext.LegalBasis;
import dev.veil.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The preset scenario table: text x destination x context -> decision and the exact set of rules
 * that fired (and, where it matters, the operator per type). Findings are marked in the text, so
 * the table tests the policies, not the detectors.
 */
class PresetScenariosTest {

  // ---- destinations
  static final Destination NO_AGREEMENTS = Destination.unknownExternal();
  static final Destination US_BAA = Destination.builder("us-baa").businessAssociateAgreement(true).build();
  static final Destination US_BAA_DPA_NO_TRANSFER = Destination.builder("us-baa-dpa")
      .businessAssociateAgreement(true).dataProcessingAgreement(true).build();
  static final Destination US_DPA_SCC = Destination.builder("us-scc").dataProcessingAgreement(true)
      .transferMechanism(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES).build();
  static final Destination US_DPA_NO_SCC = Destination.builder("us-dpa").dataProcessingAgreement(true).build();
  static final Destination US_DPF = Destination.builder("us-dpf").dataProcessingAgreement(true)
      .transferMechanism(TransferMechanism.EU_US_DATA_PRIVACY_FRAMEWORK).build();
  static final Destination IN_DPF = Destination.builder("in-dpf").region("IN").dataProcessingAgreement(true)
      .transferMechanism(TransferMechanism.EU_US_DATA_PRIVACY_FRAMEWORK).build();
  static final Destination JP_ADEQUACY = Destination.builder("jp").region("JP").dataProcessingAgreement(true)
      .transferMechanism(TransferMechanism.ADEQUACY_DECISION).build();
  static final Destination IN_BCR = Destination.builder("in-group").region("IN").dataProcessingAgreement(true)
      .transferMechanism(TransferMechanism.BINDING_CORPORATE_RULES).build();
  static final Destination EU_DPA = Destination.builder("eu-dpa").region("DE").dataProcessingAgreement(true).build();
  static final Destination EU_NO_DPA = Destination.builder("eu-nodpa").region("FR").build();
  static final Destination EU_BAA_DPA = Destination.builder("eu-baa-dpa").region("NL")
      .businessAssociateAgreement(true).dataProcessingAgreement(true).build();
  static final Destination INTERNAL_EU = Destination.internal("internal-model", "DE");
  static final Destination INTERNAL_US = Destination.internal("internal-us", "US");

  // ---- texts
  static final String PHI_NAME = "Patient {PERSON:Jane Roe} was treated for {HEALTH_CONDITION:type 2 diabetes}.";
  static final String PHI_FULL = "{PERSON:Jane Roe}, born {DATE:1931-04-02}, age {AGE:93}, ZIP {ZIP_CODE:03601},"
      + " phone {PHONE_NUMBER:603-555-0142}, SSN {US_SSN:219-09-9999}, takes {MEDICATION:metformin}.";
  static final String PHI_DATES_ONLY = "Seen on {DATE:2024-03-05}, age {AGE:47}, for {HEALTH_CONDITION:asthma}.";
  static final String DEIDENTIFIED = "A patient in their forties was treated for {HEALTH_CONDITION:asthma}.";
  static final String NAME_ONLY = "Please write to {PERSON:Jane Roe} at {EMAIL_ADDRESS:jane@example.org}.";
  static final String HEALTH_SELF = "I was diagnosed with {HEALTH_CONDITION|subject=self:depression} last year.";
  static final String HEALTH_GENERAL = "Explain how {MEDICATION|subject=none:metformin} works.";
  static final String PAN = "Card {CREDIT_CARD:4111 1111 1111 1111} was declined.";
  static final String PAN_CVV = "Card {CREDIT_CARD:4111 1111 1111 1111} CVV {CARD_AUTHENTICATION_DATA:123}.";
  static final String CVV_ONLY = "The code is {CARD_AUTHENTICATION_DATA:123}.";
  static final String SECRET = "Use key {SECRET:sk_live_abcdefghijklmnopqrstuvwx} for the call.";
  static final String CLEAN = "Summarize the quarterly report in three bullet points.";

  record Scenario(String name, RulePolicy policy, String marked, Destination destination, GuardContext context,
      Decision decision, Set<String> rules, Map<EntityType, String> operators, String routeTo) {
    @Override
    public String toString() {
      return name;
    }
  }

  static GuardContext ctx(Jurisdiction j, Direction d, LegalBasis... bases) {
    GuardContext.Builder b = GuardContext.builder().jurisdiction(j).direction(d);
    Arrays.stream(bases).forEach(b::legalBasis);
    return b.build();
  }

  static final GuardContext US = ctx(Jurisdiction.US, Direction.PROMPT);
  static final GuardContext EU = ctx(Jurisdiction.EU_EEA, Direction.PROMPT);
  static final GuardContext US_OUT = ctx(Jurisdiction.US, Direction.OUTPUT);
  static final GuardContext EU_OUT = ctx(Jurisdiction.EU_EEA, Direction.OUTPUT);

  static final RulePolicy HOSPITAL = Policies.GDPR.and(Policies.HIPAA_SAFE_HARBOR).and(Policies.SECRETS);

  static Scenario s(String name, RulePolicy p, String text, Destination d, GuardContext c, Decision dec,
      String... rules) {
    return new Scenario(name, p, text, d, c, dec, new TreeSet<>(List.of(rules)), Map.of(), null);
  }

  static Scenario s(String name, RulePolicy p, String text, Destination d, GuardContext c, Decision dec,
      Map<EntityType, String> ops, String... rules) {
    return new Scenario(name, p, text, d, c, dec, new TreeSet<>(List.of(rules)), ops, null);
  }

  static Stream<Scenario> scenarios() {
    RulePolicy hipaa = Policies.HIPAA_SAFE_HARBOR;
    RulePolicy gdpr = Policies.GDPR;
    RulePolicy pci = Policies.PCI_DSS;
    RulePolicy secrets = Policies.SECRETS;
    RulePolicy route = Policies.ROUTE_PHI;
    List<Scenario> t = new ArrayList<>(List.of(
        // HIPAA
        s("hipaa: PHI to a vendor without a BAA is de-identified", hipaa, PHI_NAME, NO_AGREEMENTS, US,
            Decision.TRANSFORM, Map.of(EntityType.PERSON, "tag"), "hipaa.safe-harbor.A"),
        s("hipaa: Safe Harbor generalizes dates, ages and ZIP codes", hipaa, PHI_FULL, NO_AGREEMENTS, US,
            Decision.TRANSFORM, Map.of(EntityType.DATE, "generalize", EntityType.AGE, "generalize",
                EntityType.ZIP_CODE, "generalize", EntityType.PERSON, "tag", EntityType.US_SSN, "tag",
                EntityType.PHONE_NUMBER, "tag"),
            "hipaa.safe-harbor.A", "hipaa.safe-harbor.B", "hipaa.safe-harbor.C", "hipaa.safe-harbor.D",
            "hipaa.safe-harbor.G"),
        s("hipaa: PHI to a vendor with a BAA: direct identifiers pseudonymized", hipaa, PHI_FULL, US_BAA, US,
            Decision.TRANSFORM, Map.of(EntityType.PERSON, "tag", EntityType.US_SSN, "tag",
                EntityType.PHONE_NUMBER, "tag"),
            "hipaa.minimum-necessary", "hipaa.business-associate"),
        s("hipaa: with a BAA, dates and ages (limited data set) stay", hipaa, PHI_DATES_ONLY, US_BAA, US,
            Decision.ALLOW, "hipaa.business-associate"),
        s("hipaa: de-identified text may go anywhere", hipaa, DEIDENTIFIED, NO_AGREEMENTS, US, Decision.ALLOW,
            "hipaa.de-identified"),
        s("hipaa: identifiers without health information are not PHI", hipaa, NAME_ONLY, NO_AGREEMENTS, US,
            Decision.ALLOW),
        s("hipaa: PHI to an internal model is a use, not a disclosure", hipaa, PHI_NAME, INTERNAL_US, US,
            Decision.ALLOW),
        s("hipaa: model output returning to the caller is not a disclosure", hipaa, PHI_NAME, NO_AGREEMENTS,
            US_OUT, Decision.ALLOW),
        // GDPR
        s("gdpr: EU subject data to a US vendor with SCCs", gdpr, NAME_ONLY, US_DPA_SCC, EU, Decision.ALLOW,
            "gdpr.art46.sccs"),
        s("gdpr: EU subject data to a US vendor without SCCs", gdpr, NAME_ONLY, US_DPA_NO_SCC, EU, Decision.BLOCK,
            "gdpr.art44.no-safeguard"),
        s("gdpr: no SCCs and no DPA", gdpr, NAME_ONLY, NO_AGREEMENTS, EU, Decision.BLOCK,
            "gdpr.art44.no-safeguard", "gdpr.art28.no-dpa"),
        s("gdpr: EU vendor without a DPA", gdpr, NAME_ONLY, EU_NO_DPA, EU, Decision.BLOCK, "gdpr.art28.no-dpa"),
        s("gdpr: EU vendor with a DPA", gdpr, NAME_ONLY, EU_DPA, EU, Decision.ALLOW),
        s("gdpr: EU-US Data Privacy Framework", gdpr, NAME_ONLY, US_DPF, EU, Decision.ALLOW, "gdpr.art45.eu-us-dpf"),
        s("gdpr: the Data Privacy Framework does not cover India", gdpr, NAME_ONLY, IN_DPF, EU, Decision.BLOCK,
            "gdpr.art44.dpf-outside-us"),
        s("gdpr: adequacy decision", gdpr, NAME_ONLY, JP_ADEQUACY, EU, Decision.ALLOW, "gdpr.art45.adequacy"),
        s("gdpr: binding corporate rules", gdpr, NAME_ONLY, IN_BCR, EU, Decision.ALLOW, "gdpr.art47.bcrs"),
        s("gdpr: health data without explicit consent", gdpr, PHI_NAME, EU_DPA, EU, Decision.BLOCK,
            "gdpr.art9.no-basis"),
        s("gdpr: health data with explicit consent and a DPA", gdpr, PHI_NAME, EU_DPA,
            ctx(Jurisdiction.EU_EEA, Direction.PROMPT, LegalBasis.EXPLICIT_CONSENT), Decision.ALLOW,
            "gdpr.art9.2a.explicit-consent"),
        s("gdpr: health data with explicit consent but no DPA", gdpr, PHI_NAME, EU_NO_DPA,
            ctx(Jurisdiction.EU_EEA, Direction.PROMPT, LegalBasis.EXPLICIT_CONSENT), Decision.BLOCK,
            "gdpr.art9.2a.explicit-consent", "gdpr.art28.no-dpa"),
        s("gdpr: first-person health statement without an identifier", gdpr, HEALTH_SELF, EU_DPA, EU,
            Decision.BLOCK, "gdpr.art9.no-basis"),
        s("gdpr: general medical question is not personal data", gdpr, HEALTH_GENERAL, NO_AGREEMENTS, EU,
            Decision.ALLOW),
        s("gdpr: health care basis (Art. 9(2)(h))", gdpr, PHI_NAME, EU_DPA,
            ctx(Jurisdiction.EU_EEA, Direction.PROMPT, LegalBasis.HEALTH_CARE), Decision.ALLOW,
            "gdpr.art9.2h.health-care"),
        s("gdpr: research basis (Art. 9(2)(j))", gdpr, HEALTH_SELF, EU_DPA,
            ctx(Jurisdiction.EU_EEA, Direction.PROMPT, LegalBasis.RESEARCH_SAFEGUARDS), Decision.ALLOW,
            "gdpr.art9.2j.research"),
        s("gdpr: explicit consent does not permit a transfer without safeguards", gdpr, PHI_NAME, US_DPA_NO_SCC,
            ctx(Jurisdiction.EU_EEA, Direction.PROMPT, LegalBasis.EXPLICIT_CONSENT), Decision.BLOCK,
            "gdpr.art9.2a.explicit-consent", "gdpr.art44.no-safeguard"),
        s("gdpr: US subjects are out of scope", gdpr, NAME_ONLY, NO_AGREEMENTS, US, Decision.ALLOW),
        s("gdpr: unknown jurisdiction is treated as EU/EEA", gdpr, NAME_ONLY, NO_AGREEMENTS,
            GuardContext.defaults(), Decision.BLOCK, "gdpr.art44.no-safeguard", "gdpr.art28.no-dpa"),
        s("gdpr: outputs returning to the caller are not transfers", gdpr, NAME_ONLY, NO_AGREEMENTS, EU_OUT,
            Decision.ALLOW),
        s("gdpr: an internal model outside the EEA is still a third country", gdpr, NAME_ONLY, INTERNAL_US, EU,
            Decision.BLOCK, "gdpr.art44.no-safeguard"),
        s("gdpr: an internal model in the EEA needs no DPA", gdpr, NAME_ONLY, INTERNAL_EU, EU, Decision.ALLOW),
        // GDPR + HIPAA: pseudonymization does not permit a transfer (Recital 26)
        s("gdpr+hipaa: pseudonymized PHI still may not go to the US without SCCs", HOSPITAL, PHI_NAME,
            US_BAA_DPA_NO_TRANSFER, ctx(Jurisdiction.EU_EEA, Direction.PROMPT, LegalBasis.HEALTH_CARE),
            Decision.BLOCK, "gdpr.art44.no-safeguard", "gdpr.art9.2h.health-care", "hipaa.minimum-necessary",
            "hipaa.business-associate"),
        s("hospital: EU PHI to an EU vendor with BAA and DPA under health care", HOSPITAL, PHI_NAME, EU_BAA_DPA,
            ctx(Jurisdiction.EU_EEA, Direction.PROMPT, LegalBasis.HEALTH_CARE), Decision.TRANSFORM,
            Map.of(EntityType.PERSON, "tag"), "gdpr.art9.2h.health-care", "hipaa.minimum-necessary",
            "hipaa.business-associate"),
        s("hospital: a credential blocks whatever else is allowed", HOSPITAL,
            PHI_NAME + " " + SECRET, EU_BAA_DPA, ctx(Jurisdiction.EU_EEA, Direction.PROMPT, LegalBasis.HEALTH_CARE),
            Decision.BLOCK, "secrets.credential", "gdpr.art9.2h.health-care", "hipaa.minimum-necessary",
            "hipaa.business-associate"),
        s("hospital: de-identified text may go anywhere", HOSPITAL, DEIDENTIFIED, NO_AGREEMENTS, EU,
            Decision.ALLOW, "hipaa.de-identified"),
        // PCI DSS
        s("pci: a PAN in a prompt is masked", pci, PAN, NO_AGREEMENTS, US, Decision.TRANSFORM,
            Map.of(EntityType.CREDIT_CARD, "mask"), "pci.req3.4.1.pan-masked"),
        s("pci: a PAN in an output is masked", pci, PAN, NO_AGREEMENTS, US_OUT, Decision.TRANSFORM,
            Map.of(EntityType.CREDIT_CARD, "mask"), "pci.req3.4.1.pan-masked"),
        s("pci: a PAN to an internal model is masked too", pci, PAN, INTERNAL_US, US, Decision.TRANSFORM,
            "pci.req3.4.1.pan-masked"),
        s("pci: sensitive authentication data blocks", pci, CVV_ONLY, US_BAA, US, Decision.BLOCK,
            "pci.req3.3.1.sad"),
        s("pci: sensitive authentication data in an output blocks", pci, CVV_ONLY, NO_AGREEMENTS, US_OUT,
            Decision.BLOCK, "pci.req3.3.1.sad"),
        s("pci: PAN with CVV blocks", pci, PAN_CVV, NO_AGREEMENTS, US, Decision.BLOCK, "pci.req3.3.1.sad",
            "pci.req3.4.1.pan-masked"),
        s("pci+hipaa: the stronger operator wins for a card number in PHI", pci.and(hipaa),
            PHI_NAME + " " + PAN, NO_AGREEMENTS, US, Decision.TRANSFORM,
            Map.of(EntityType.CREDIT_CARD, "tag"), "pci.req3.4.1.pan-masked", "hipaa.safe-harbor.A",
            "hipaa.safe-harbor.J"),
        // secrets
        s("secrets: a credential in a prompt blocks", secrets, SECRET, INTERNAL_EU, US, Decision.BLOCK,
            "secrets.credential"),
        s("secrets: a credential in an output blocks", secrets, SECRET, NO_AGREEMENTS, US_OUT, Decision.BLOCK,
            "secrets.credential"),
        s("secrets: clean text passes", secrets, CLEAN, NO_AGREEMENTS, US, Decision.ALLOW),
        // route
        new Scenario("route: PHI that may not reach the vendor goes to the internal model", route, PHI_NAME,
            NO_AGREEMENTS, US, Decision.ROUTE, Set.of("route.phi-to-internal"), Map.of(), Policies.INTERNAL_MODEL),
        s("route: PHI to a vendor with a BAA is not routed", route, PHI_NAME, US_BAA, US, Decision.ALLOW),
        new Scenario("route+hipaa: routing beats de-identification", route.and(hipaa), PHI_NAME, NO_AGREEMENTS, US,
            Decision.ROUTE, Set.of("route.phi-to-internal", "hipaa.safe-harbor.A"), Map.of(),
            Policies.INTERNAL_MODEL),
        // the trivial presets still work
        s("block-any blocks any finding", Policies.blockAny(), NAME_ONLY, EU_DPA, EU, Decision.BLOCK, "block-any"),
        s("redact-all tags every finding", Policies.redactAll(), PAN, EU_DPA, EU, Decision.TRANSFORM,
            Map.of(EntityType.CREDIT_CARD, "tag"), "redact-all")));
    // Every Safe Harbor identifier rule, one scenario each.
    for (Rule r : hipaa.rules()) {
      if (!r.id().startsWith("hipaa.safe-harbor.")) {
        continue;
      }
      EntityType type = r.condition().select().types().iterator().next();
      String letter = r.id().substring(r.id().length() - 1);
      t.add(s("hipaa: Safe Harbor (" + letter + ") " + type, hipaa,
          "Record: {" + type + ":X1234567} with {MEDICATION:insulin}.", NO_AGREEMENTS, US, Decision.TRANSFORM,
          "hipaa.safe-harbor." + letter));
    }
    return t.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(Scenario sc) {
    MarkedText mt = MarkedText.of(sc.marked());
    GuardContext c = sc.context().toBuilder().destination(sc.destination()).build();
    PolicyDecision d = sc.policy().evaluate(mt.findings(), c);
    Set<String> fired = d.reasons().stream().map(Reason::ruleId).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(sc.decision(), d.decision(), sc.name() + " fired " + fired);
    assertEquals(sc.rules(), fired, sc.name());
    Map<EntityType, String> ops = new TreeMap<>();
    d.operators().forEach((k, v) -> ops.put(k, v.name()));
    sc.operators().forEach((type, op) -> assertEquals(op, ops.get(type), sc.name() + ": operator for " + type));
    assertEquals(Optional.ofNullable(sc.routeTo()), d.routeTo(), sc.name());
    for (Reason r : d.reasons()) {
      assertFalse(r.citation().isBlank());
      for (var f : mt.findings()) {
        assertFalse(r.toString().contains(f.valueIn(mt.text())), "reason leaks a value: " + r.ruleId());
      }
    }
  }

  @Test
  void tableCoversEveryPresetRuleAndHasAtLeast40Rows() {
    List<Scenario> all = scenarios().toList();
    assertTrue(all.size() >= 40, "scenarios: " + all.size());
    Set<String> covered = new HashSet<>();
    all.forEach(sc -> covered.addAll(sc.rules()));
    Set<String> presetRules = new TreeSet<>();
    for (String name : Policies.presetNames()) {
      Policies.preset(name).rules().forEach(r -> presetRules.add(r.id()));
    }
    presetRules.removeAll(covered);
    assertEquals(Set.of(), presetRules, "preset rules without a scenario");
  }
}
