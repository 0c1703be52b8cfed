package dev.veil.detectors.phone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link TypePrefixes} may only rule out numbers that libphonenumber finds invalid: every valid
 * number ({@link PhoneNumberUtil#isValidNumber}, the oracle) passes it. Checked on the example
 * number of every region and number type, and on numbers made from those by changing their digits
 * after the first three or four (many of them valid, with starts of every region).
 */
class TypePrefixesProperties {
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
    for (int cc : UTIL.getSupportedGlobalNetworkCallingCodes()) {
      PhoneNumber n = UTIL.getExampleNumberForNonGeoEntity(cc);
      if (n != null) {
        out.add(n);
      }
    }
    return out;
  }

  @Test
  void everyExampleNumberPasses() {
    assertTrue(EXAMPLES.size() > 500, "examples: " + EXAMPLES.size());
    for (PhoneNumber n : EXAMPLES) {
      String nsn = UTIL.getNationalSignificantNumber(n);
      if (UTIL.isValidNumber(n)) {
        assertTrue(TypePrefixes.mayBeValid(n.getCountryCode(), nsn), "+" + n.getCountryCode() + " " + nsn.length());
      }
    }
  }

  @Provide
  Arbitrary<long[]> variants() {
    return Arbitraries.integers().between(0, EXAMPLES.size() - 1).flatMap(i -> Arbitraries.longs()
        .between(0, Long.MAX_VALUE).map(r -> new long[] {i, r}));
  }

  @Property(tries = 5000, seed = "20261129")
  void validVariantsPass(@ForAll("variants") long[] pick) {
    PhoneNumber example = EXAMPLES.get((int) pick[0]);
    String nsn = UTIL.getNationalSignificantNumber(example);
    java.util.Random random = new java.util.Random(pick[1]);
    int keep = Math.min(nsn.length(), 3 + random.nextInt(2));
    StringBuilder b = new StringBuilder(nsn.substring(0, keep));
    int length = Math.max(keep, nsn.length() + random.nextInt(3) - 1);
    while (b.length() < length) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    // a random start too, now and then
    if (random.nextInt(4) == 0) {
      for (int k = 0; k < Math.min(3, b.length()); k++) {
        b.setCharAt(k, (char) ('0' + random.nextInt(10)));
      }
    }
    String digits = b.toString();
    PhoneNumber n = new PhoneNumber().setCountryCode(example.getCountryCode());
    try {
      n = UTIL.parse("+" + example.getCountryCode() + digits, "ZZ");
    } catch (com.google.i18n.phonenumbers.NumberParseException e) {
      return;
    }
    if (n.getCountryCode() == example.getCountryCode() && UTIL.isValidNumber(n)) {
      assertTrue(TypePrefixes.mayBeValid(n.getCountryCode(), UTIL.getNationalSignificantNumber(n)),
          "+" + n.getCountryCode() + " valid number ruled out");
    }
  }
}
