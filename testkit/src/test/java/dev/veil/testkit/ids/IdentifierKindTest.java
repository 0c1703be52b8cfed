package dev.veil.testkit.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.EntityType;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IdentifierKindTest {

  /** Validators on the compact form (separators removed) for kinds that have one. */
  private static final Map<IdentifierKind, Predicate<String>> VALIDATORS = Map.ofEntries(
      Map.entry(IdentifierKind.US_SSN, UsIdentifiers::ssnValid),
      Map.entry(IdentifierKind.US_ITIN, UsIdentifiers::itinValid),
      Map.entry(IdentifierKind.CREDIT_CARD, Checksums::luhnValid),
      Map.entry(IdentifierKind.IBAN, Checksums::ibanValid),
      Map.entry(IdentifierKind.US_BANK_ROUTING, UsIdentifiers::abaValid),
      Map.entry(IdentifierKind.US_NPI, Checksums::npiValid),
      Map.entry(IdentifierKind.US_DEA, Checksums::deaValid),
      Map.entry(IdentifierKind.VIN, Checksums::vinValid),
      Map.entry(IdentifierKind.IMEI, Checksums::luhnValid),
      Map.entry(IdentifierKind.DE_TAX_ID, Checksums::deTaxIdValid),
      Map.entry(IdentifierKind.FR_NIR, Checksums::nirValid),
      Map.entry(IdentifierKind.IT_CODICE_FISCALE, Checksums::codiceFiscaleValid),
      Map.entry(IdentifierKind.ES_DNI, Checksums::dniOrNieValid),
      Map.entry(IdentifierKind.ES_NIE, Checksums::dniOrNieValid),
      Map.entry(IdentifierKind.NL_BSN, Checksums::bsnValid),
      Map.entry(IdentifierKind.PL_PESEL, Checksums::peselValid),
      Map.entry(IdentifierKind.SE_PERSONNUMMER, v -> Checksums.luhnValid(v.length() == 12 ? v.substring(2) : v)),
      Map.entry(IdentifierKind.UK_NHS_NUMBER, Checksums::nhsValid));

  private static String compact(String v) {
    return v.replace(" ", "").replace("-", "");
  }

  @Provide
  Arbitrary<IdentifierKind> checked() {
    return Arbitraries.of(VALIDATORS.keySet());
  }

  @Property(tries = 400)
  void validValuesPassTheirCheck(@ForAll("checked") IdentifierKind kind, @ForAll long seed) {
    String v = kind.valid(new SplittableRandom(seed));
    assertTrue(VALIDATORS.get(kind).test(compact(v)), kind + " " + v);
  }

  @Property(tries = 400)
  void nearMissesFailTheirCheck(@ForAll("checked") IdentifierKind kind, @ForAll long seed) {
    String v = kind.nearMiss(new SplittableRandom(seed));
    assertFalse(VALIDATORS.get(kind).test(compact(v)), kind + " " + v);
  }

  @Property(tries = 200)
  void nearMissesKeepTheLengthOfValidValues(@ForAll("checked") IdentifierKind kind, @ForAll long seed) {
    String valid = compact(kind.valid(new SplittableRandom(seed)));
    String miss = compact(kind.nearMiss(new SplittableRandom(seed)));
    if (kind == IdentifierKind.SE_PERSONNUMMER || kind == IdentifierKind.CREDIT_CARD
        || kind == IdentifierKind.IBAN || kind == IdentifierKind.ES_DNI) {
      return; // these kinds mix lengths (century, brand, country, DNI/NIE); checked by the validator
    }
    assertEquals(valid.length(), miss.length(), kind + " " + miss);
  }

  @Property(tries = 200)
  void generationIsDeterministic(@ForAll IdentifierKind kind, @ForAll long seed) {
    assertEquals(kind.valid(new SplittableRandom(seed)), kind.valid(new SplittableRandom(seed)));
  }

  @Property(tries = 200)
  void valuesHaveNoSurroundingWhitespace(@ForAll IdentifierKind kind, @ForAll long seed) {
    String v = kind.valid(new SplittableRandom(seed));
    assertFalse(v.isBlank());
    assertEquals(v.strip(), v);
  }

  @Property(tries = 100)
  void medicareMbiFollowsTheCmsLayout(@ForAll long seed) {
    String v = compact(IdentifierKind.MEDICARE_MBI.valid(new SplittableRandom(seed)));
    assertTrue((v).matches("[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]"
        + "[AC-HJKMNP-RT-Y]{2}[0-9]{2}"), v);
    assertEquals(EntityType.HEALTH_PLAN_ID, IdentifierKind.MEDICARE_MBI.entityType());
  }

  @Property(tries = 100)
  void secretsHaveTheProviderShapes(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    assertTrue((Secrets.awsAccessKeyId(r)).matches("A[KS]IA[A-Z2-7]{16}"), "aws key id");
    assertTrue((Secrets.githubToken(r)).matches("gh[pos]_[A-Za-z0-9]{36}"), "github token");
    assertTrue((Secrets.jwt(r)).matches("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), "jwt");
    String pem = Secrets.pemPrivateKey(r);
    assertTrue(pem.startsWith("-----BEGIN ") && pem.endsWith("PRIVATE KEY-----"));
  }

  @Property(tries = 100)
  void cardsCarryARealIssuerPrefix(@ForAll long seed) {
    String v = compact(PaymentIdentifiers.card(new SplittableRandom(seed)));
    assertTrue((v).matches("4\\d{15}|5[1-5]\\d{14}|2(2[2-9]|[3-6]\\d|7[0-2])\\d{13}|3[47]\\d{13}"
        + "|(6011|64[4-9]\\d|65\\d\\d)\\d{12}|35(2[89]|[3-8]\\d)\\d{12}|3(0[0-5]|[689]\\d)\\d{11}"), v);
  }

  /** IBAN lengths from the SWIFT IBAN registry, kept apart from the generator's layouts. */
  private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(Map.entry("DE", 22), Map.entry("FR", 27),
      Map.entry("GB", 22), Map.entry("ES", 24), Map.entry("IT", 27), Map.entry("NL", 18), Map.entry("BE", 16),
      Map.entry("AT", 20), Map.entry("CH", 21), Map.entry("PL", 28), Map.entry("SE", 24), Map.entry("IE", 22));

  @Property(tries = 50)
  void ibansHaveTheRegisteredLength(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    assertEquals(IBAN_LENGTHS.keySet(), new java.util.HashSet<>(PaymentIdentifiers.ibanCountries()));
    for (String c : PaymentIdentifiers.ibanCountries()) {
      String v = PaymentIdentifiers.ibanCompact(r, c);
      assertEquals(IBAN_LENGTHS.get(c), v.length(), v);
      assertTrue(v.matches("[A-Z]{2}\\d{2}[A-Z0-9]+"), v);
    }
  }
}
