package dev.veil.internal.policy;

import static dev.veil.DataCategory.CREDENTIAL;
import static dev.veil.DataCategory.GDPR_PERSONAL_DATA;
import static dev.veil.DataCategory.GDPR_SPECIAL_CATEGORY;
import static dev.veil.DataCategory.HEALTH_INFORMATION;
import static dev.veil.DataCategory.HIPAA_IDENTIFIER;
import static dev.veil.DataCategory.PCI_CARDHOLDER_DATA;
import static dev.veil.DataCategory.PCI_SENSITIVE_AUTHENTICATION_DATA;

import dev.veil.Destination;
import dev.veil.Destination.TransferMechanism;
import dev.veil.Direction;
import dev.veil.EntityType;
import dev.veil.GuardContext.Jurisdiction;
import dev.veil.GuardContext.LegalBasis;
import dev.veil.policy.Action;
import dev.veil.policy.Condition;
import dev.veil.policy.Rule;
import dev.veil.policy.RulePolicy;
import dev.veil.policy.Selector;
import dev.veil.transform.Operators;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The rules of the built-in presets. Each rule is explained with its citation in docs/policies.md. */
public final class Presets {
  private Presets() {}

  /** Safe Harbor identifier letters in 45 CFR 164.514(b)(2)(i) and what they cover. */
  private static final Map<String, String> SAFE_HARBOR = new TreeMap<>(Map.ofEntries(
      Map.entry("A", "names"),
      Map.entry("B", "geographic subdivisions smaller than a state (ZIP codes kept as their first 3 digits, 000 for"
          + " prefixes of 20,000 people or fewer)"),
      Map.entry("C", "all elements of dates except the year, and ages over 89 (given as 90+)"),
      Map.entry("D", "telephone numbers"),
      Map.entry("E", "fax numbers"),
      Map.entry("F", "email addresses"),
      Map.entry("G", "social security numbers"),
      Map.entry("H", "medical record numbers"),
      Map.entry("I", "health plan beneficiary numbers"),
      Map.entry("J", "account numbers"),
      Map.entry("K", "certificate and license numbers"),
      Map.entry("L", "vehicle identifiers and serial numbers, including license plates"),
      Map.entry("M", "device identifiers and serial numbers"),
      Map.entry("N", "web URLs"),
      Map.entry("O", "IP addresses"),
      Map.entry("P", "biometric identifiers"),
      Map.entry("Q", "full-face photographs and comparable images"),
      Map.entry("R", "any other unique identifying number, characteristic or code")));

  /** Limited data set elements (164.514(e)(2)) a BAA recipient may keep: dates, town/city, ZIP, age. */
  private static final Set<EntityType> LIMITED_DATA_SET = EnumSet.of(
      EntityType.DATE, EntityType.AGE, EntityType.ZIP_CODE, EntityType.LOCATION);

  private static final Selector PHI_IDENTIFIERS = Selector.categories(HIPAA_IDENTIFIER);
  private static final Selector HEALTH = Selector.categories(HEALTH_INFORMATION);
  private static final Selector PERSONAL =
      Selector.categories(GDPR_PERSONAL_DATA, GDPR_SPECIAL_CATEGORY).aboutPerson();
  private static final Selector SPECIAL = Selector.categories(GDPR_SPECIAL_CATEGORY).aboutPerson();

  /** PAN display masking: at most the last four digits survive (PCI allows first six + last four). */
  private static final Action.Transform PAN_MASK = Action.transform(Operators.mask(4));

  private static final Action.Transform SAFE_HARBOR_TRANSFORM = Action.transform(Operators.tag())
      .with(EntityType.DATE, Operators.generalize())
      .with(EntityType.ZIP_CODE, Operators.generalize())
      .with(EntityType.AGE, Operators.generalize());

  public static RulePolicy hipaaSafeHarbor() {
    RulePolicy.Builder p = RulePolicy.builder("hipaa-safe-harbor");
    Condition.Builder noBaa = Condition.builder().requires(HEALTH)
        .destinationKind(Destination.Kind.EXTERNAL).businessAssociateAgreement(false).direction(Direction.PROMPT);
    for (Map.Entry<String, String> e : SAFE_HARBOR.entrySet()) {
      EntityType[] types = typesOfLetter(e.getKey());
      if (types.length == 0) {
        continue; // (E) fax and (Q) photos have no entity type of their own: fax numbers are PHONE_NUMBER
      }
      p.rule(Rule.builder("hipaa.safe-harbor." + e.getKey())
          .citation("45 CFR 164.514(b)(2)(i)(" + e.getKey() + ")")
          .description("PHI to a destination without a BAA leaves only de-identified: " + e.getValue()
              + " are removed or generalized")
          .when(noBaa.build().toBuilder().select(Selector.types(types)).build())
          .then(SAFE_HARBOR_TRANSFORM)
          .build());
    }
    Set<EntityType> direct = EnumSet.noneOf(EntityType.class);
    for (EntityType t : EntityType.values()) {
      if (t.isIn(HIPAA_IDENTIFIER) && !LIMITED_DATA_SET.contains(t)) {
        direct.add(t);
      }
    }
    Condition.Builder withBaa = Condition.builder().requires(HEALTH)
        .destinationKind(Destination.Kind.EXTERNAL).businessAssociateAgreement(true).direction(Direction.PROMPT);
    p.rule(Rule.builder("hipaa.minimum-necessary")
        .citation("45 CFR 164.502(b)")
        .description("PHI to a business associate is limited to the minimum necessary: direct identifiers are"
            + " pseudonymized with typed tags, clinical content is kept")
        .when(withBaa.build().toBuilder().select(new Selector(direct, Set.of(), false, false, 0, null, Map.of()))
            .build())
        .then(Action.tag())
        .build());
    p.rule(Rule.builder("hipaa.business-associate")
        .citation("45 CFR 164.502(e)(1)")
        .description("a covered entity may disclose PHI to a business associate under a business associate"
            + " agreement")
        .when(withBaa.build().toBuilder().select(PHI_IDENTIFIERS).build())
        .then(Action.allow())
        .build());
    p.rule(Rule.builder("hipaa.de-identified")
        .citation("45 CFR 164.514(a)")
        .description("health information without any of the 18 identifiers is de-identified and may go anywhere")
        .when(Condition.builder().select(HEALTH).excludes(PHI_IDENTIFIERS).direction(Direction.PROMPT).build())
        .then(Action.allow())
        .build());
    return p.build();
  }

  private static EntityType[] typesOfLetter(String letter) {
    List<EntityType> out = new ArrayList<>();
    for (EntityType t : EntityType.values()) {
      if (t.isIn(HIPAA_IDENTIFIER) && t.safeHarborIdentifier().filter(letter::equals).isPresent()) {
        out.add(t);
      }
    }
    return out.toArray(EntityType[]::new);
  }

  public static RulePolicy gdpr() {
    RulePolicy.Builder p = RulePolicy.builder("gdpr");
    Condition eu = Condition.builder().jurisdiction(Jurisdiction.EU_EEA, Jurisdiction.UNKNOWN)
        .direction(Direction.PROMPT).build();
    Condition thirdCountry = eu.toBuilder().select(PERSONAL).destinationInEea(false).build();
    p.rule(Rule.builder("gdpr.art44.no-safeguard")
        .citation("GDPR Art. 44")
        .description("personal data of EU/EEA subjects may not go to a destination outside the EEA without an"
            + " adequacy decision or appropriate safeguards; pseudonymized data is still personal data"
            + " (Recital 26), so pseudonymization does not permit the transfer")
        .when(thirdCountry.toBuilder().transferMechanism(TransferMechanism.NONE).build())
        .then(Action.block()).build());
    p.rule(allowTransfer("gdpr.art45.adequacy", "GDPR Art. 45(1)", thirdCountry,
        TransferMechanism.ADEQUACY_DECISION, "an adequacy decision covers the destination country"));
    Condition usOnly = thirdCountry.toBuilder().destinationRegion(List.of("US")).build();
    p.rule(allowTransfer("gdpr.art45.eu-us-dpf", "GDPR Art. 45(1); Commission Implementing Decision (EU) 2023/1795",
        usOnly, TransferMechanism.EU_US_DATA_PRIVACY_FRAMEWORK,
        "the US recipient is certified under the EU-US Data Privacy Framework"));
    p.rule(Rule.builder("gdpr.art44.dpf-outside-us")
        .citation("GDPR Art. 44; Commission Implementing Decision (EU) 2023/1795")
        .description("the EU-US Data Privacy Framework covers only certified recipients in the United States;"
            + " it is no safeguard for processing in another third country")
        .when(thirdCountry.toBuilder().transferMechanism(TransferMechanism.EU_US_DATA_PRIVACY_FRAMEWORK)
            .destinationRegionNot(List.of("US")).build())
        .then(Action.block()).build());
    p.rule(allowTransfer("gdpr.art46.sccs", "GDPR Art. 46(2)(c)", thirdCountry,
        TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES, "standard contractual clauses are in force"));
    p.rule(allowTransfer("gdpr.art47.bcrs", "GDPR Art. 47(1)", thirdCountry,
        TransferMechanism.BINDING_CORPORATE_RULES, "binding corporate rules are in force"));
    p.rule(Rule.builder("gdpr.art28.no-dpa")
        .citation("GDPR Art. 28(3)")
        .description("personal data may go to an external processor only under a data processing agreement")
        .when(eu.toBuilder().select(PERSONAL).destinationKind(Destination.Kind.EXTERNAL)
            .dataProcessingAgreement(false).build())
        .then(Action.block()).build());
    p.rule(Rule.builder("gdpr.art9.no-basis")
        .citation("GDPR Art. 9(1)")
        .description("special-category data about a person is blocked unless an Art. 9(2) basis (explicit"
            + " consent, health care, research with safeguards) is asserted")
        .when(eu.toBuilder().select(SPECIAL).noLegalBasis(LegalBasis.EXPLICIT_CONSENT, LegalBasis.HEALTH_CARE,
            LegalBasis.RESEARCH_SAFEGUARDS).build())
        .then(Action.block()).build());
    p.rule(allowSpecial("gdpr.art9.2a.explicit-consent", "GDPR Art. 9(2)(a)", eu, LegalBasis.EXPLICIT_CONSENT,
        "the data subject gave explicit consent"));
    p.rule(allowSpecial("gdpr.art9.2h.health-care", "GDPR Art. 9(2)(h)", eu, LegalBasis.HEALTH_CARE,
        "processing for medical diagnosis or health care under professional secrecy"));
    p.rule(allowSpecial("gdpr.art9.2j.research", "GDPR Art. 9(2)(j)", eu, LegalBasis.RESEARCH_SAFEGUARDS,
        "scientific research with Art. 89(1) safeguards"));
    return p.build();
  }

  private static Rule allowTransfer(String id, String citation, Condition thirdCountry, TransferMechanism m,
      String why) {
    return Rule.builder(id).citation(citation)
        .description("transfer outside the EEA permitted: " + why)
        .when(thirdCountry.toBuilder().transferMechanism(m).build())
        .then(Action.allow()).build();
  }

  private static Rule allowSpecial(String id, String citation, Condition eu, LegalBasis basis, String why) {
    return Rule.builder(id).citation(citation)
        .description("special-category data permitted under Art. 9(2): " + why
            + " (asserted by the caller; a DPA is still required for an external processor)")
        .when(eu.toBuilder().select(SPECIAL).anyLegalBasis(basis).build())
        .then(Action.allow()).build();
  }

  public static RulePolicy pciDss() {
    return RulePolicy.builder("pci-dss")
        .rule(Rule.builder("pci.req3.3.1.sad")
            .citation("PCI DSS 4.0 Req. 3.3.1")
            .description("sensitive authentication data (card verification code, PIN, track data) never leaves,"
                + " in prompts or outputs")
            .when(Condition.builder().select(Selector.categories(PCI_SENSITIVE_AUTHENTICATION_DATA)).build())
            .then(Action.block()).build())
        .rule(Rule.builder("pci.req3.4.1.pan-masked")
            .citation("PCI DSS 4.0 Req. 3.4.1")
            .description("a PAN is shown masked, at most the first six and last four digits, in prompts and"
                + " outputs")
            .when(Condition.builder().select(Selector.categories(PCI_CARDHOLDER_DATA)).build())
            .then(PAN_MASK).build())
        .build();
  }

  public static RulePolicy secrets() {
    return RulePolicy.builder("secrets")
        .rule(Rule.builder("secrets.credential")
            .citation("NIST SP 800-53 Rev. 5 IA-5")
            .description("credentials (API keys, private keys, tokens, passwords) never leave, in prompts or"
                + " outputs")
            .when(Condition.builder().select(Selector.categories(CREDENTIAL)).build())
            .then(Action.block()).build())
        .build();
  }

  public static RulePolicy routePhi(String policyId, String internalDestinationId) {
    return RulePolicy.builder(policyId)
        .rule(Rule.builder("route.phi-to-internal")
            .citation("45 CFR 164.502(a)")
            .description("PHI that may not reach an external vendor without a BAA goes to the organisation's own"
                + " model instead (a use inside the covered entity, not a disclosure)")
            .when(Condition.builder().select(PHI_IDENTIFIERS).requires(HEALTH)
                .destinationKind(Destination.Kind.EXTERNAL).businessAssociateAgreement(false)
                .direction(Direction.PROMPT).build())
            .then(Action.routeTo(internalDestinationId)).build())
        .build();
  }

  public static RulePolicy blockAny() {
    return RulePolicy.builder("block-any")
        .rule(Rule.builder("block-any").citation("organisation policy")
            .description("any detected sensitive data blocks the text")
            .when(Condition.builder().select(Selector.any()).build())
            .then(Action.block()).build())
        .build();
  }

  public static RulePolicy redactAll() {
    return RulePolicy.builder("redact-all")
        .rule(Rule.builder("redact-all").citation("organisation policy")
            .description("every detected value is replaced by a typed tag")
            .when(Condition.builder().select(Selector.any()).build())
            .then(Action.tag()).build())
        .build();
  }
}
