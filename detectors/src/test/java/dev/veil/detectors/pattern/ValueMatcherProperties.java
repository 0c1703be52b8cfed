package dev.veil.detectors.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.veil.detectors.label.ValueMatcher;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hand-written value matchers of the label detectors find what the RE2/J patterns they replace
 * (written out here as they were in the detectors) find: the same matches, in the same order, in
 * any window of any text, on texts of letters, digits, dashes, underscores, near misses in length
 * and chars that are letters or digits only outside ASCII.
 */
class ValueMatcherProperties {
  private record Case(ValueMatcher matcher, Pattern pattern) {}

  private static final List<Case> CASES = List.of(
      new Case(MedicalRecordNumberDetector.VALUE, Pattern.compile("\\b[A-Za-z]{0,4}-?\\d[\\d-]{2,16}[A-Za-z0-9]?\\b")),
      new Case(HealthPlanIdDetector.VALUE, Pattern.compile("\\b[A-Za-z0-9][A-Za-z0-9-]{4,19}[A-Za-z0-9]\\b")),
      new Case(LicenseNumberDetector.VALUE, Pattern.compile("\\b[A-Za-z0-9](?:[A-Za-z0-9-]{3,18})[A-Za-z0-9]\\b")),
      new Case(AccountNumberDetector.VALUE, Pattern.compile("\\b[A-Za-z]{0,3}\\d[\\d-]{4,18}\\d\\b")),
      new Case(PassportNumberDetector.VALUE, Pattern.compile("\\b[A-Za-z0-9]{6,9}\\b")),
      new Case(DeviceIdDetector.SERIAL, Pattern.compile("\\b[A-Za-z0-9][A-Za-z0-9-]{3,24}[A-Za-z0-9]\\b")));

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(22);
    Arbitrary<String> mixed = Arbitraries.strings().withChars("0123456789-aZkK").ofMinLength(1).ofMaxLength(30);
    Arbitrary<String> letters = Arbitraries.strings().withChars("abcXYZ").ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> other = Arbitraries.of(" ", "-", "--", "_", ".", ":", "\n", "é", "ß", "٣", "１", "\u017F",
        "\u212A", "😀", "\u0301", "|", "#");
    return Arbitraries.oneOf(digits, mixed, letters, other).list().ofMaxSize(12).map(l -> String.join("", l));
  }

  @Property(tries = 3000, seed = "20261129")
  void sameMatchesAsThePattern(@ForAll("texts") String text, @ForAll @IntRange(max = 80) int a,
      @ForAll @IntRange(max = 80) int b) {
    int from = Math.min(Math.min(a, b), text.length());
    int to = Math.min(Math.max(a, b), text.length());
    if (a % 3 == 0) {
      from = 0;
      to = text.length();
    }
    for (Case c : CASES) {
      assertEquals(regexMatches(c.pattern(), text, from, to), matcherMatches(c.matcher(), text, from, to),
          () -> c.pattern() + " in [" + text + "]");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "MRN 00482913|4-12",
      "A-1234567|0-9",
      "ABCD-1234-5X|0-12",
      "ABCDE1234|",
      "12-34 5678_9|0-5",
      "4711-23-|0-7",
      "AB123456789|0-11"})
  void examples(String text, String expected) {
    ValueMatcher mrn = MedicalRecordNumberDetector.VALUE;
    assertEquals(expected == null ? List.of() : List.of(expected), matcherMatches(mrn, text, 0, text.length()));
    assertEquals(matcherMatches(mrn, text, 0, text.length()), regexMatches(CASES.get(0).pattern(), text, 0,
        text.length()));
  }

  private static List<String> regexMatches(Pattern p, String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text.subSequence(from, to));
    while (m.find()) {
      out.add((from + m.start()) + "-" + (from + m.end()));
    }
    return out;
  }

  private static List<String> matcherMatches(ValueMatcher v, String text, int from, int to) {
    List<String> out = new ArrayList<>();
    char[] cs = text.toCharArray();
    for (long m = v.find(cs, from, from, to); m >= 0; m = v.find(cs, from, (int) m, to)) {
      out.add((m >>> 32) + "-" + (int) m);
    }
    return out;
  }
}
