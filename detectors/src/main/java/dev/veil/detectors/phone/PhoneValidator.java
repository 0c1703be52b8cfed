package dev.veil.detectors.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether the digits of one candidate are a phone number, the way libphonenumber's {@link
 * PhoneNumberUtil.Leniency#VALID} does (a valid number of its region, {@link
 * PhoneNumberUtil#isValidNumber}; written nationally, with the national prefix where the region's
 * format requires it), without the text parsing of {@link PhoneNumberUtil#parse}: the caller has
 * already cut the candidate out of the text, so only the digits are needed. The country code is
 * taken from a leading {@code +} (or an international call prefix {@code 00}, or {@code 011} in
 * North America); a number is tried with and without the region's national prefix ("+44 (0)20..."). A
 * cheap length check ({@link PhoneNumberUtil#isPossibleNumberWithReason}) runs before the pattern
 * checks of {@code isValidNumber}, and a table of the three-digit starts that a number of any of
 * the country code's regions can have ({@link TypePrefixes}) before the regions are walked (25 of
 * them for +1), so most non-numbers cost well under a microsecond. The walk and the national format
 * run on libphonenumber's metadata patterns precompiled per country code ({@link RegionRules},
 * {@link NationalFormat}; libphonenumber's own calls only if the metadata cannot be read), which
 * give the same answers without its per-call pattern-cache and metadata look-ups. Thread-safe.
 */
final class PhoneValidator {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  /** Longest national significant number (E.164 allows 15 digits with the country code). */
  private static final int MAX_NSN = 17;
  private static final Map<String, Optional<String>> NATIONAL_PREFIX = new ConcurrentHashMap<>();
  private static final Map<Integer, boolean[]> POSSIBLE_LENGTHS = new ConcurrentHashMap<>();
  /**
   * Country code per region: {@link PhoneNumberUtil#getCountryCodeForRegion} looks the region's
   * metadata up by file name, about 650 bytes of garbage per call, and every candidate asks it. The
   * keys are the detector's regions (supported ones, or "ZZ").
   */
  private static final Map<String, Integer> COUNTRY_CODE = new ConcurrentHashMap<>();

  private PhoneValidator() {}

  /** A valid number: the region it belongs to. */
  record Valid(String region) {}

  /**
   * The valid number the ASCII {@code digits} stand for, or null.
   *
   * @param international the digits follow a {@code +}: they start with the country code
   * @param region ISO region for a national number; "ZZ" accepts international numbers only
   */
  static Valid validate(String digits, boolean international, String region) {
    if (international) {
      return international(digits);
    }
    int cc = COUNTRY_CODE.computeIfAbsent(region, UTIL::getCountryCodeForRegion);
    if (cc == 0) {
      return null;
    }
    if (digits.startsWith("00")) {
      return international(digits.substring(2));
    }
    if (cc == 1 && digits.startsWith("011")) {
      return international(digits.substring(3));
    }
    String prefix = nationalPrefix(region);
    if (prefix != null && digits.startsWith(prefix)) {
      Valid stripped = check(cc, digits.substring(prefix.length()));
      if (stripped != null) {
        return stripped;
      }
    }
    Valid n = check(cc, digits);
    if (n != null && prefix != null && prefixRequired(cc, digits, prefix)) {
      return null; // "30 1234567" in Germany: the format is "030 1234567"; written without 0 it is no phone
    }
    return n;
  }

  private static Valid international(String digits) {
    for (int len = 1; len <= 3 && len < digits.length(); len++) {
      int cc = Integer.parseInt(digits.substring(0, len));
      String region = UTIL.getRegionCodeForCountryCode(cc);
      if (!"ZZ".equals(region)) {
        // country codes are prefix-free: the first one is the one
        String nsn = digits.substring(len);
        Valid n = check(cc, nsn);
        String prefix = nationalPrefix(region);
        if (n == null && prefix != null && nsn.startsWith(prefix)) {
          n = check(cc, nsn.substring(prefix.length())); // "+44 (0)20 7946 0018"
        }
        return n;
      }
    }
    return null;
  }

  private static Valid check(int cc, String nsn) {
    if (nsn.isEmpty() || nsn.length() > MAX_NSN || !possibleLengths(cc)[nsn.length()]
        || !TypePrefixes.mayBeValid(cc, nsn)) {
      return null;
    }
    RegionRules rules = RegionRules.of(cc);
    String region = rules != null ? rules.validRegion(nsn) : libphonenumberRegion(cc, nsn);
    return region != null ? new Valid(region) : null;
  }

  /**
   * What {@link RegionRules#validRegion} answers, asked of libphonenumber as {@link
   * PhoneNumberUtil#isValidNumber} does, keeping the region for the finding.
   */
  static String libphonenumberRegion(int cc, String nsn) {
    PhoneNumber n = number(cc, nsn);
    String region = UTIL.getRegionCodeForNumber(n);
    return region != null && UTIL.isValidNumberForRegion(n, region) ? region : null;
  }

  /** The number with country code {@code cc} and national significant number {@code nsn}, leading zeros kept. */
  static PhoneNumber number(int cc, String nsn) {
    PhoneNumber n = new PhoneNumber().setCountryCode(cc).setNationalNumber(Long.parseLong(nsn));
    int zeros = 0;
    while (zeros < nsn.length() - 1 && nsn.charAt(zeros) == '0') {
      zeros++;
    }
    if (zeros > 0) {
      n.setItalianLeadingZero(true);
      if (zeros > 1) {
        n.setNumberOfLeadingZeros(zeros);
      }
    }
    return n;
  }

  /**
   * For each length of a national significant number, whether the country code's numbers can have
   * it: {@link PhoneNumberUtil#isPossibleNumberWithReason} depends on the length only, so one probe
   * per length answers it for every number. Cached per country code (about 250 of them).
   */
  private static boolean[] possibleLengths(int cc) {
    return POSSIBLE_LENGTHS.computeIfAbsent(cc, c -> {
      boolean[] ok = new boolean[MAX_NSN + 1];
      for (int len = 1; len <= MAX_NSN; len++) {
        PhoneNumber probe = new PhoneNumber().setCountryCode(c).setNationalNumber(Long.parseLong("1" + "0".repeat(len - 1)));
        ok[len] = UTIL.isPossibleNumberWithReason(probe) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE;
      }
      return ok;
    });
  }

  /** True if the valid number {@code nsn} of {@code cc} is written nationally with {@code prefix} first. */
  private static boolean prefixRequired(int cc, String nsn, String prefix) {
    NationalFormat f = NationalFormat.of(cc);
    String national = f != null ? f.format(nsn) : UTIL.format(number(cc, nsn), PhoneNumberFormat.NATIONAL);
    int i = 0;
    while (i < national.length() && !Character.isDigit(national.charAt(i))) {
      i++;
    }
    return national.startsWith(prefix, i);
  }

  private static String nationalPrefix(String region) {
    if (PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)) {
      return null; // +800, +808...: no national format
    }
    return NATIONAL_PREFIX.computeIfAbsent(region, r -> Optional.ofNullable(UTIL.getNddPrefixForRegion(r, true))
        .filter(p -> !p.isEmpty())).orElse(null);
  }
}
