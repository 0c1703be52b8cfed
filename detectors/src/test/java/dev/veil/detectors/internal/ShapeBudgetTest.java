package dev.veil.detectors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.veil.detectors.pattern.EmailDetector;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile windows for the backtracking {@link Shape}: long runs that its regexes can split in many
 * ways. Before the step budget, the e-mail regex overflowed the stack on a 20,000-char domain of
 * one-letter labels and took ~0.4 s on 2,000 chars; now such a window goes to RE2/J and the result
 * is still exactly RE2/J's.
 */
class ShapeBudgetTest {
  private static final String EMAIL = emailRegex();

  static List<String[]> hostile() {
    return List.of(
        new String[] {EMAIL, "x@" + "a.".repeat(10_000)},
        new String[] {EMAIL, "a.".repeat(10_000) + "a@b"},
        new String[] {EMAIL, "x@" + "a.".repeat(10_000) + "com"},
        new String[] {EMAIL, "x@" + ("a".repeat(60) + "-.").repeat(300)},
        new String[] {"(?:\\d[ -]?){13,19}", "1 ".repeat(20_000)},
        new String[] {"(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{0,4}|\\d{1,3}(?:\\.\\d{1,3}){3})", "1:".repeat(20_000)},
        new String[] {"\\b[A-Za-z]+(?:[ -][A-Za-z]+)*\\b", "ab-".repeat(10_000)});
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void aHostileWindowFindsWhatRe2jFinds(String regex, String text) {
    Shape shape = Shape.compile(regex);
    Matcher m = Pattern.compile(regex).matcher(text);
    int i = 0;
    int matches = 0;
    while (i <= text.length() && matches < 50) {
      long found = shape.find(text, 0, text.length(), i);
      boolean re2 = m.find(i);
      assertEquals(re2, found >= 0, "whether a match exists from " + i);
      if (!re2) {
        break;
      }
      assertEquals(m.start(), (int) (found >>> 32));
      assertEquals(m.end(), (int) found);
      i = Math.max(m.end(), m.start() + 1);
      matches++;
    }
  }

  private static String emailRegex() {
    return ((PatternDetector) new EmailDetector()).pattern().pattern();
  }
}
