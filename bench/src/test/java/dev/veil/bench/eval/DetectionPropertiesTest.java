package dev.veil.bench.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.testkit.arbitraries.VeilArbitraries;
import dev.veil.testkit.corpus.LabelledDocument;
import dev.veil.testkit.corpus.Split;
import dev.veil.testkit.ids.IdentifierKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Issue 3's detection properties, checked against the discovered detectors for the identifier
 * kinds whose type they claim (kinds of unclaimed types are not drawn, so the properties grow with
 * the catalogue): a valid identifier with its usual label is found exactly; a near miss is not
 * reported; findings are sorted, in bounds, non-overlapping and deterministic.
 */
class DetectionPropertiesTest {
  private static final Guard GUARD = Guard.builder().discoverDetectors().build();
  private static final Set<EntityType> CLAIMED = new Evaluator(GUARD).claimedTypes();

  /** The label a person would write before the value; context-driven types need one. */
  private static final Map<EntityType, String> LABELS = Map.ofEntries(
      Map.entry(EntityType.US_SSN, "SSN: "), Map.entry(EntityType.US_ITIN, "ITIN: "),
      Map.entry(EntityType.CREDIT_CARD, "card number "), Map.entry(EntityType.IBAN, "IBAN "),
      Map.entry(EntityType.US_BANK_ROUTING, "routing number "), Map.entry(EntityType.SWIFT_BIC, "BIC "),
      Map.entry(EntityType.US_NPI, "NPI "), Map.entry(EntityType.US_DEA, "DEA number "),
      Map.entry(EntityType.VEHICLE_ID, "VIN "), Map.entry(EntityType.DEVICE_ID, "IMEI "),
      Map.entry(EntityType.NATIONAL_ID, "national id "), Map.entry(EntityType.UK_NHS_NUMBER, "NHS number "),
      Map.entry(EntityType.HEALTH_PLAN_ID, "member ID "), Map.entry(EntityType.MEDICAL_RECORD_NUMBER, "MRN "),
      Map.entry(EntityType.PASSPORT_NUMBER, "passport number "), Map.entry(EntityType.EMAIL_ADDRESS, "email "),
      Map.entry(EntityType.PHONE_NUMBER, "phone "), Map.entry(EntityType.IP_ADDRESS, "IP "),
      Map.entry(EntityType.URL, "link "), Map.entry(EntityType.DATE, "DOB "), Map.entry(EntityType.AGE, "age "),
      Map.entry(EntityType.ZIP_CODE, "ZIP "), Map.entry(EntityType.STREET_ADDRESS, "lives at "),
      Map.entry(EntityType.SECRET, "secret: "));

  /** Kind-specific labels where the type's generic one would not be what people write. */
  private static final Map<IdentifierKind, String> KIND_LABELS = Map.ofEntries(
      Map.entry(IdentifierKind.PASSWORD, "password="), Map.entry(IdentifierKind.AWS_ACCESS_KEY_ID,
          "aws_access_key_id = "), Map.entry(IdentifierKind.GITHUB_TOKEN, "token: "),
      Map.entry(IdentifierKind.JWT, "Authorization: Bearer "), Map.entry(IdentifierKind.PEM_PRIVATE_KEY, "key:\n"),
      Map.entry(IdentifierKind.MEDICARE_MBI, "Medicare ID "), Map.entry(IdentifierKind.DE_TAX_ID, "Steuer-ID "),
      Map.entry(IdentifierKind.FR_NIR, "numéro de sécurité sociale "),
      Map.entry(IdentifierKind.IT_CODICE_FISCALE, "codice fiscale "), Map.entry(IdentifierKind.ES_DNI, "DNI "),
      Map.entry(IdentifierKind.ES_NIE, "NIE "), Map.entry(IdentifierKind.NL_BSN, "BSN "),
      Map.entry(IdentifierKind.UK_NINO, "National Insurance number "), Map.entry(IdentifierKind.PL_PESEL, "PESEL "),
      Map.entry(IdentifierKind.SE_PERSONNUMMER, "personnummer "));

  /** Language of the label, so detectors with per-language context words see the right ones. */
  private static final Map<String, String> LANGUAGES = Map.of("DE", "de", "FR", "fr", "IT", "it", "ES", "es",
      "NL", "nl", "PL", "pl", "SE", "sv");

  private static String label(IdentifierKind kind) {
    return "Note: " + KIND_LABELS.getOrDefault(kind, LABELS.get(kind.entityType()));
  }

  private static final List<IdentifierKind> CLAIMED_KINDS = Arrays.stream(IdentifierKind.values())
      .filter(k -> CLAIMED.contains(k.entityType())).toList();

  @Provide
  Arbitrary<Tuple.Tuple2<IdentifierKind, String>> validValues() {
    return Arbitraries.of(CLAIMED_KINDS).flatMap(k -> VeilArbitraries.valid(k).map(v -> Tuple.of(k, v)));
  }

  @Provide
  Arbitrary<Tuple.Tuple2<IdentifierKind, String>> nearMisses() {
    List<IdentifierKind> kinds = CLAIMED_KINDS.stream().filter(IdentifierKind::hasNearMiss).toList();
    return Arbitraries.of(kinds).flatMap(k -> VeilArbitraries.nearMiss(k).map(v -> Tuple.of(k, v)));
  }

  @Provide
  Arbitrary<String> surroundings() {
    return Arbitraries.of("", ".", " today", ", thanks", "\n", " (see above)");
  }

  private static GuardContext context(IdentifierKind kind) {
    String country = kind.country().orElse("US");
    String language = kind.entityType() == EntityType.NATIONAL_ID ? LANGUAGES.getOrDefault(country, "en") : "en";
    return GuardContext.builder().phoneRegion(country).language(java.util.Locale.forLanguageTag(language)).build();
  }

  @Property(tries = 400, seed = "20261129")
  void validIdentifiersAreFoundExactly(@ForAll("validValues") Tuple.Tuple2<IdentifierKind, String> kv,
      @ForAll("surroundings") String after) {
    IdentifierKind kind = kv.get1();
    String prefix = label(kind);
    String text = prefix + kv.get2() + after;
    List<Finding> found = GUARD.inspect(text, context(kind));
    int end = prefix.length() + kv.get2().length();
    // A street abbreviation's point ("Lincoln Dr.") at the end of a sentence cannot be told from a
    // full stop; the detector leaves it out, so one trailing point is not required to be covered.
    int tolerated = kind.entityType() == EntityType.STREET_ADDRESS && kv.get2().endsWith(".") ? end - 1 : end;
    assertTrue(found.stream().anyMatch(f -> f.type() == kind.entityType() && f.start() == prefix.length()
        && (f.end() == end || f.end() == tolerated)), kind + " not found exactly in: " + text + " " + found);
  }

  @Property(tries = 400, seed = "20261129")
  void nearMissesAreNotReported(@ForAll("nearMisses") Tuple.Tuple2<IdentifierKind, String> kv,
      @ForAll("surroundings") String after) {
    IdentifierKind kind = kv.get1();
    String prefix = label(kind);
    String text = prefix + kv.get2() + after;
    List<Finding> found = GUARD.inspect(text, context(kind));
    // A near miss of one country's national ID can be, by coincidence, a valid ID of another country
    // (an 11-digit DE tax ID near miss passing the PESEL check): only a report as its own kind counts.
    assertTrue(found.stream().noneMatch(f -> f.type() == kind.entityType()
            && (kind.entityType() != EntityType.NATIONAL_ID
                || kind.country().map(c -> c.equals(f.attributes().get(Finding.COUNTRY))).orElse(true))),
        kind + " near miss reported in: " + text + " " + found);
  }

  private static final Arbitrary<LabelledDocument> DOCUMENTS =
      Arbitraries.oneOf(VeilArbitraries.documents(Split.DEV), VeilArbitraries.documents(Split.HELDOUT));

  @Provide
  Arbitrary<LabelledDocument> documents() {
    return DOCUMENTS;
  }

  @Property(tries = 300, seed = "20261129")
  void findingsAreSortedDisjointInBoundsAndDeterministic(@ForAll("documents") LabelledDocument doc) {
    GuardContext ctx = GuardContext.builder().language(doc.language()).phoneRegion(doc.phoneRegion()).build();
    List<Finding> first = GUARD.inspect(doc.text(), ctx);
    int previousEnd = 0;
    for (Finding f : first) {
      assertTrue(f.start() >= previousEnd && f.end() <= doc.text().length(), doc.id() + " " + f);
      previousEnd = f.end();
    }
    assertEquals(first, GUARD.inspect(doc.text(), ctx));
  }
}
