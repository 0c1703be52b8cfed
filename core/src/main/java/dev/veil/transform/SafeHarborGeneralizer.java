package dev.veil.transform;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.veil.EntityType;
import dev.veil.Finding;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Generalizes values the way HIPAA's Safe Harbor method allows them to remain (45 CFR
 * 164.514(b)(2)(i)(B) and (C)): a date keeps only its year, and a year 90 or more years ago (which
 * could show an age over 89) becomes the single category {@code before <this year - 89>}; a ZIP code keeps its first three digits,
 * or becomes {@code 000} when that three-digit area holds 20,000 people or fewer; an age over 89
 * becomes {@code 90+}. Any other type is replaced by its typed tag, since Safe Harbor allows no
 * generalized form of it.
 */
final class SafeHarborGeneralizer implements Operator {
  static final SafeHarborGeneralizer INSTANCE = new SafeHarborGeneralizer();

  /**
   * Three-digit ZIP prefixes with a population of 20,000 or fewer (2000 Census, as listed by HHS in
   * its de-identification guidance).
   */
  static final Set<String> RESTRICTED_ZIP3 = Set.of(
      "036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878",
      "879", "884", "890", "893");

  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
  private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("[/.\\-'](\\d{2})$");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private SafeHarborGeneralizer() {}

  @Override
  public String name() {
    return "generalize";
  }

  @Override
  public String apply(String value, Finding finding, TransformSession session) {
    EntityType type = finding.type();
    if (type == EntityType.DATE) {
      return year(value);
    }
    if (type == EntityType.ZIP_CODE) {
      return zip3(value);
    }
    if (type == EntityType.AGE) {
      String a = age(value);
      // an age written in words ("ninety-two") cannot be judged: nothing of it may remain
      return a == null ? session.tagFor(type, value) : a;
    }
    return session.tagFor(type, value);
  }

  static String year(String date) {
    Matcher m = YEAR.matcher(date);
    if (m.find()) {
      // 164.514(b)(2)(i)(C): a year that may show an age over 89 (a birth year 90 or more years
      // ago) joins one category with all such years
      int oldest = Year.now(ZoneOffset.UTC).getValue() - 89;
      return Integer.parseInt(m.group(1)) < oldest ? "before " + oldest : m.group(1);
    }
    Matcher two = TWO_DIGIT_YEAR.matcher(date.trim());
    if (two.find()) {
      return "'" + two.group(1);
    }
    return "[DATE]"; // no year written ("June 4th"): nothing of it may remain
  }

  static String zip3(String zip) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < zip.length() && digits.length() < 3; i++) {
      char c = zip.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    if (digits.length() < 3 || RESTRICTED_ZIP3.contains(digits.toString())) {
      return "000";
    }
    return digits.toString();
  }

  /** The age if it is 89 or less, {@code 90+} if over 89, null if it has no digits. */
  static String age(String age) {
    Matcher m = DIGITS.matcher(age);
    if (m.find()) {
      String n = m.group();
      int z = 0;
      while (z < n.length() - 1 && n.charAt(z) == '0') {
        z++;
      }
      n = n.substring(z);
      if (n.length() > 2 || Integer.parseInt(n) > 89) {
        return "90+";
      }
      return age;
    }
    return null;
  }
}
