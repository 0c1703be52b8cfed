package dev.veil.detectors.phone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.detectors.DetectorTables;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A valid number in a sentence with a phone word is always found, exactly and above the threshold,
 * in libphonenumber's national and international layouts; a sixteen-digit order or tracking number
 * never yields a phone at or above the threshold; a bare digit run without a phone word stays below
 * it. Valid numbers
 * are libphonenumber's example numbers for the region with the last digits drawn at random (kept
 * only if libphonenumber still calls them valid).
 */
class PhoneNumberDetectorProperties {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final PhoneNumberDetector DETECTOR = new PhoneNumberDetector();
  private static final String[] REGIONS = {"US", "GB", "DE", "FR", "IT", "ES", "NL", "SE", "PL"};

  record Phone(String region, String written) {}

  @Provide
  Arbitrary<Phone> phones() {
    return Arbitraries.of(REGIONS).flatMap(region -> Arbitraries.of(PhoneNumberUtil.PhoneNumberType.FIXED_LINE,
            PhoneNumberUtil.PhoneNumberType.MOBILE)
        .flatMap(type -> Arbitraries.strings().numeric().ofLength(4)
            .flatMap(tail -> Arbitraries.of(PhoneNumberFormat.NATIONAL, PhoneNumberFormat.INTERNATIONAL)
                .map(format -> phone(region, type, tail, format)))))
        .filter(p -> p != null);
  }

  private static Phone phone(String region, PhoneNumberUtil.PhoneNumberType type, String tail,
      PhoneNumberFormat format) {
    PhoneNumber example = UTIL.getExampleNumberForType(region, type);
    String national = Long.toString(example.getNationalNumber());
    PhoneNumber n = new PhoneNumber().setCountryCode(example.getCountryCode())
        .setNationalNumber(Long.parseLong(national.substring(0, national.length() - 4) + tail));
    if (example.hasItalianLeadingZero()) {
      n.setItalianLeadingZero(true);
    }
    return UTIL.isValidNumber(n) ? new Phone(region, UTIL.format(n, format)) : null;
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9).list().ofMaxSize(6)
        .map(l -> String.join(" ", l));
  }

  @Property(tries = 400, seed = "20261129")
  void validNumberWithPhoneWordIsFound(@ForAll("phones") Phone p, @ForAll("words") String before,
      @ForAll("words") String after) {
    String text = before + " phone " + p.written() + ", " + after;
    int start = text.indexOf(p.written());
    List<Finding> found = DetectorTables.run(DETECTOR, text,
        GuardContext.builder().phoneRegion(p.region()).build());
    assertTrue(found.stream().anyMatch(f -> f.type() == EntityType.PHONE_NUMBER && f.start() == start
        && f.end() == start + p.written().length() && f.score() >= 0.9), text + " -> " + found);
  }

  @Property(tries = 400, seed = "20261129")
  void sixteenDigitOrderNumberIsNoPhone(@ForAll("sixteen") String digits, @ForAll @IntRange(max = 3) int layout,
      @ForAll("regions") String region, @ForAll("words") String before, @ForAll("words") String after) {
    String number = switch (layout) {
      case 0 -> digits;
      case 1 -> digits.replaceAll("(\\d{4})(?=\\d)", "$1 ");
      case 2 -> digits.replaceAll("(\\d{4})(?=\\d)", "$1-");
      default -> "ORD-" + digits.substring(0, 4) + "-" + digits.substring(4);
    };
    String text = before + " order " + number + " " + after;
    List<Finding> found = DetectorTables.run(DETECTOR, text, GuardContext.builder().phoneRegion(region).build());
    assertTrue(found.stream().noneMatch(f -> f.score() >= DetectorTables.THRESHOLD), text + " -> " + found);
  }

  @Property(tries = 200, seed = "20261129")
  void bareDigitRunWithoutContextStaysBelowThreshold(@ForAll("phones") Phone p, @ForAll("words") String before,
      @ForAll("words") String after) {
    Assume.that(!p.written().startsWith("+"));
    String bare = p.written().replaceAll("[^0-9]", "");
    String text = "x " + before + " " + bare + " " + after + " y";
    Assume.that(!containsAny(text, PhoneNumberDetector.CONTEXT.all()));
    List<Finding> found = DetectorTables.run(DETECTOR, text, GuardContext.builder().phoneRegion(p.region()).build());
    assertTrue(found.stream().noneMatch(f -> f.score() >= DetectorTables.THRESHOLD), text + " -> " + found);
  }

  private static boolean containsAny(String text, String[] words) {
    for (String w : words) {
      if (dev.veil.detectors.internal.Context.containsWord(text, w)) {
        return true;
      }
    }
    return false;
  }

  @Provide
  Arbitrary<String> sixteen() {
    return Arbitraries.strings().numeric().ofLength(16);
  }

  @Provide
  Arbitrary<String> regions() {
    return Arbitraries.of(REGIONS);
  }
}
