package dev.veil.detectors.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link RegionRules#validRegion} answers what libphonenumber answers ({@link
 * PhoneValidator#libphonenumberRegion}: {@code getRegionCodeForNumber}, then {@code
 * isValidNumberForRegion}) for every country code: on the example number of every region and type,
 * on near misses made from them (a digit changed, added or dropped, the start replaced, leading
 * zeros), and on random digit strings of every length.
 */
class RegionRulesProperties {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final List<PhoneNumber> EXAMPLES = examples();
  private static final List<Integer> CODES = new ArrayList<>(new TreeSet<>(UTIL.getSupportedCallingCodes()));

  private static List<PhoneNumber> examples() {
    List<PhoneNumber> out = new ArrayList<>();
    for (String region : UTIL.getSupportedRegions()) {
      for (PhoneNumberType type : PhoneNumberType.values()) {
        PhoneNumber n = UTIL.getExampleNumberForType(region, type);
        if (n != null) {
          out.add(n);
        }
      }
    }
    for (int cc : UTIL.getSupportedGlobalNetworkCallingCodes()) {
      PhoneNumber n = UTIL.getExampleNumberForNonGeoEntity(cc);
      if (n != null) {
        out.add(n);
      }
    }
    return out;
  }

  private static void assertSame(int cc, String nsn) {
    RegionRules rules = RegionRules.of(cc);
    assertNotNull(rules, "+" + cc + ": metadata not read");
    assertEquals(PhoneValidator.libphonenumberRegion(cc, nsn), rules.validRegion(nsn), "+" + cc + " " + nsn);
  }

  @Test
  void everyExampleNumberAndEveryCountryCode() {
    assertTrue(EXAMPLES.size() > 500, "examples: " + EXAMPLES.size());
    int valid = 0;
    for (PhoneNumber n : EXAMPLES) {
      String nsn = UTIL.getNationalSignificantNumber(n);
      assertSame(n.getCountryCode(), nsn);
      valid += PhoneValidator.libphonenumberRegion(n.getCountryCode(), nsn) != null ? 1 : 0;
    }
    assertTrue(valid > 500, "valid examples: " + valid);
    assertTrue(CODES.size() > 200, "country codes: " + CODES.size());
  }

  @Provide
  Arbitrary<long[]> variants() {
    return Arbitraries.integers().between(0, EXAMPLES.size() - 1).flatMap(i -> Arbitraries.longs()
        .between(0, Long.MAX_VALUE).map(r -> new long[] {i, r}));
  }

  /** Near misses of real numbers: most share a valid number's start, many are valid themselves. */
  @Property(tries = 5000, seed = "20261129")
  void nearMissesOfExamples(@ForAll("variants") long[] pick) {
    PhoneNumber example = EXAMPLES.get((int) pick[0]);
    Random random = new Random(pick[1]);
    StringBuilder b = new StringBuilder(UTIL.getNationalSignificantNumber(example));
    switch (random.nextInt(6)) {
      case 0 -> b.setCharAt(random.nextInt(b.length()), digit(random));
      case 1 -> b.insert(random.nextInt(b.length() + 1), digit(random));
      case 2 -> {
        if (b.length() > 1) {
          b.deleteCharAt(random.nextInt(b.length()));
        }
      }
      case 3 -> {
        for (int k = Math.min(3, b.length()) - 1; k >= 0; k--) {
          b.setCharAt(k, digit(random));
        }
      }
      case 4 -> b.insert(0, "0".repeat(1 + random.nextInt(2)));
      default -> {
        for (int k = Math.max(3, b.length() - 4); k < b.length(); k++) {
          b.setCharAt(k, digit(random)); // same start, other line number: often valid
        }
      }
    }
    if (b.length() > 0 && b.length() <= 17) {
      assertSame(example.getCountryCode(), b.toString());
    }
  }

  @Provide
  Arbitrary<long[]> codesAndSeeds() {
    return Arbitraries.integers().between(0, CODES.size() - 1).flatMap(i -> Arbitraries.longs()
        .between(0, Long.MAX_VALUE).map(r -> new long[] {i, r}));
  }

  /** Any digits, any length a national number may have, for every country code. */
  @Property(tries = 5000, seed = "20261129")
  void randomDigits(@ForAll("codesAndSeeds") long[] pick) {
    Random random = new Random(pick[1]);
    int length = 1 + random.nextInt(17);
    StringBuilder b = new StringBuilder(length);
    for (int k = 0; k < length; k++) {
      b.append(digit(random));
    }
    assertSame(CODES.get((int) pick[0]), b.toString());
  }

  private static char digit(Random random) {
    return (char) ('0' + random.nextInt(10));
  }
}
