package dev.veil.detectors.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link NationalFormat#format} writes what {@link PhoneNumberUtil#format} with {@link
 * PhoneNumberFormat#NATIONAL} writes, for the country code of every supported region: on every
 * example number and on near misses of them (a digit changed, added or dropped, the start replaced,
 * leading zeros), valid or not.
 */
class NationalFormatProperties {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final List<PhoneNumber> EXAMPLES = examples();

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
    return out;
  }

  private static void assertSame(int cc, String nsn) {
    NationalFormat f = NationalFormat.of(cc);
    assertNotNull(f, "+" + cc + ": metadata not read");
    assertEquals(UTIL.format(PhoneValidator.number(cc, nsn), PhoneNumberFormat.NATIONAL), f.format(nsn),
        "+" + cc + " " + nsn);
  }

  @Test
  void everyExampleNumber() {
    assertTrue(EXAMPLES.size() > 500, "examples: " + EXAMPLES.size());
    for (PhoneNumber n : EXAMPLES) {
      assertSame(n.getCountryCode(), UTIL.getNationalSignificantNumber(n));
    }
  }

  @Provide
  Arbitrary<long[]> variants() {
    return Arbitraries.integers().between(0, EXAMPLES.size() - 1).flatMap(i -> Arbitraries.longs()
        .between(0, Long.MAX_VALUE).map(r -> new long[] {i, r}));
  }

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
          b.setCharAt(k, digit(random));
        }
      }
    }
    if (b.length() > 0 && b.length() <= 17) {
      assertSame(example.getCountryCode(), b.toString());
    }
  }

  private static char digit(Random random) {
    return (char) ('0' + random.nextInt(10));
  }
}
