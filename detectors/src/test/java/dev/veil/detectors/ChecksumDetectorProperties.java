package dev.veil.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.detect.Detector;
import dev.veil.detectors.national.EsDniNieDetector;
import dev.veil.detectors.national.NlBsnDetector;
import dev.veil.detectors.national.UkNhsNumberDetector;
import dev.veil.detectors.pattern.CreditCardDetector;
import dev.veil.detectors.pattern.IbanDetector;
import dev.veil.detectors.pattern.UsNpiDetector;
import dev.veil.detectors.national.PlPeselDetector;
import dev.veil.detectors.pattern.UsDeaDetector;
import dev.veil.detectors.pattern.VehicleIdDetector;
import dev.veil.detectors.validate.Dea;
import dev.veil.detectors.validate.Luhn;
import dev.veil.detectors.validate.Pesel;
import dev.veil.detectors.validate.Vin;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * For identifiers with a check digit: a generated valid value is found in any surrounding text; the
 * same value with one character changed (so the check fails) is never reported at or above the
 * threshold; detection is deterministic. Values are generated here from the check algorithms.
 */
class ChecksumDetectorProperties {
  record Case(Detector detector, EntityType type, String label, String value) {
    @Override
    public String toString() {
      return detector.id() + " " + value;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> d8 = Arbitraries.strings().numeric().ofLength(8);
    Arbitrary<String> d14 = Arbitraries.strings().numeric().ofLength(14);
    return Arbitraries.oneOf(
        d14.map(s -> new Case(new CreditCardDetector(), EntityType.CREDIT_CARD, "card", withLuhn("4" + s))),
        d8.map(s -> new Case(new UsNpiDetector(), EntityType.US_NPI, "NPI", npi("1" + s))),
        Arbitraries.strings().numeric().ofLength(18).map(s -> new Case(new IbanDetector(), EntityType.IBAN, "IBAN",
            ibanDe(s))),
        Arbitraries.strings().numeric().ofLength(9).filter(s -> nhsCheck(s) < 10 && !sameDigits(s + nhsCheck(s)))
            .map(s -> new Case(new UkNhsNumberDetector(), EntityType.UK_NHS_NUMBER, "NHS number", s + nhsCheck(s))),
        d8.filter(s -> bsnCheck(s) < 10 && !sameDigits(s + bsnCheck(s)))
            .map(s -> new Case(new NlBsnDetector(), EntityType.NATIONAL_ID, "BSN", s + bsnCheck(s))),
        d8.filter(s -> !s.chars().allMatch(c -> c == s.charAt(0)))
            .map(s -> new Case(new EsDniNieDetector(), EntityType.NATIONAL_ID, "DNI",
                s + "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(s) % 23))),
        Arbitraries.strings().numeric().ofLength(6).map(s -> new Case(new UsDeaDetector(), EntityType.US_DEA, "DEA",
            dea("AB" + s))),
        Arbitraries.strings().withChars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789").ofLength(16)
            .filter(s -> s.chars().filter(Character::isDigit).count() >= 4 && s.chars().anyMatch(Character::isLetter))
            .map(s -> new Case(new VehicleIdDetector(), EntityType.VEHICLE_ID, "VIN", vin(s))),
        Combinators.combine(Arbitraries.integers().between(0, 99), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28), Arbitraries.strings().numeric().ofLength(4))
            .as((y, m, d, serial) -> String.format("%02d%02d%02d%s", y, m, d, serial))
            .map(s -> new Case(new PlPeselDetector(), EntityType.NATIONAL_ID, "PESEL", lastDigit(s, Pesel::isValid)))
            .filter(c -> c.value() != null && !sameDigits(c.value())));
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(9).list().ofMaxSize(8)
        .map(l -> String.join(" ", l));
  }

  @Property(tries = 300, seed = "20261129")
  void validValueIsFoundInAnySurroundingText(@ForAll("cases") Case c, @ForAll("words") String before,
      @ForAll("words") String after) {
    String text = before + " " + c.label() + " " + c.value() + ", " + after;
    int start = text.indexOf(" " + c.value() + ",") + 1;
    List<Finding> found = DetectorTables.run(c.detector(), text, GuardContext.defaults());
    assertTrue(found.stream().anyMatch(f -> f.type() == c.type() && f.start() == start
        && f.end() == start + c.value().length() && f.score() >= 0.9), found.toString());
  }

  @Property(tries = 300, seed = "20261129")
  void oneCharacterChangedIsNotReportedHigh(@ForAll("cases") Case c, @ForAll @IntRange(max = 40) int position,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    String v = c.value();
    int p = position % v.length();
    char ch = v.charAt(p);
    String changed;
    while (!Character.isDigit(v.charAt(p))) {
      p = (p + 1) % v.length();
    }
    ch = v.charAt(p);
    changed = v.substring(0, p) + (char) ('0' + (ch - '0' + delta) % 10) + v.substring(p + 1);
    // some checks miss some single-digit changes (DEA weights 2 and a change of 5); those are no near miss
    Assume.that(!stillValid(c, changed));
    String text = "ref " + c.label() + " " + changed + " end";
    int start = text.indexOf(changed);
    List<Finding> found = DetectorTables.run(c.detector(), text, GuardContext.defaults());
    assertTrue(found.stream().noneMatch(f -> f.type() == c.type() && f.score() >= 0.5
        && f.start() == start && f.end() == start + changed.length()), found.toString());
  }

  @Property(tries = 100, seed = "20261129")
  void detectionIsDeterministic(@ForAll("cases") Case c, @ForAll("words") String before) {
    String text = before + " " + c.value() + " " + before;
    assertEquals(DetectorTables.run(c.detector(), text, GuardContext.defaults()),
        DetectorTables.run(c.detector(), text, GuardContext.defaults()));
  }

  static boolean stillValid(Case c, String v) {
    return switch (c.detector().id()) {
      case "us-dea" -> Dea.isValid(v);
      case "vehicle-id" -> Vin.isValid(v);
      default -> false;
    };
  }

  static String dea(String body) {
    int sum = (body.charAt(2) - '0') + (body.charAt(4) - '0') + (body.charAt(6) - '0')
        + 2 * ((body.charAt(3) - '0') + (body.charAt(5) - '0') + (body.charAt(7) - '0'));
    return body + (sum % 10);
  }

  static String vin(String sixteen) {
    for (char c : "0123456789X".toCharArray()) {
      String v = sixteen.substring(0, 8) + c + sixteen.substring(8);
      if (Vin.isValid(v)) {
        return v;
      }
    }
    throw new AssertionError();
  }

  static String lastDigit(String body, java.util.function.Predicate<String> valid) {
    for (char c = '0'; c <= '9'; c++) {
      if (valid.test(body + c)) {
        return body + c;
      }
    }
    return null;
  }

  static boolean sameDigits(String s) {
    return s.chars().allMatch(c -> c == s.charAt(0));
  }

  static String withLuhn(String body) {
    for (char d = '0'; d <= '9'; d++) {
      if (Luhn.isValid(body + d)) {
        return body + d;
      }
    }
    throw new AssertionError();
  }

  static String npi(String nine) {
    for (char d = '0'; d <= '9'; d++) {
      if (Luhn.isValid("80840" + nine + d)) {
        return nine + d;
      }
    }
    throw new AssertionError();
  }

  static String ibanDe(String bban) {
    String rearranged = bban + "1314" + "00"; // D=13, E=14
    int check = 98 - new BigInteger(rearranged).mod(BigInteger.valueOf(97)).intValue();
    return String.format("DE%02d%s", check, bban);
  }

  static int nhsCheck(String nine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (10 - i) * (nine.charAt(i) - '0');
    }
    int c = 11 - sum % 11;
    return c == 11 ? 0 : c;
  }

  static int bsnCheck(String eight) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (eight.charAt(i) - '0');
    }
    return sum % 11 == 0 ? 11 : sum % 11; // 11: reject (check digit 0 would make the sum 0 mod 11 trivially)
  }

}
