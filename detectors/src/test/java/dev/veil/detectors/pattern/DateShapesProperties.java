package dev.veil.detectors.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written date matchers give the matches of the RE2/J patterns they replace: same starts,
 * ends and groups, on text assembled from date pieces, near misses (three-digit runs, a letter glued
 * to a number, a missing space) and chars that RE2's case folding or its ASCII {@code \b} and
 * {@code \s} treat specially (long s, Kelvin sign, accented capitals, no-break space, vertical tab).
 */
class DateShapesProperties {
  private static final Pattern NUMERIC = Pattern.compile("^(?:" + DateDetector.NUMERIC + ")");
  private static final List<String> MONTHS = DateDetector.MONTH_NAMES;
  private static final List<String> PIECES = List.of("1", "5", "12", "31", "05", "123", "1951", "2024", "12345", "0",
      "/", ".", "-", " ", "  ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", ",", ", ", "º", "st", "nd", "rd", "th",
      "er", "ST", "\u017Ft", "Th", "of ", "de ", "DE ", "De", "x", "_", "a", "e", "é", "É", "İ", "ı", "\u212A", "\u017F",
      "µ", "Å", "ß", "Ä", "Û", "\uD83D\uDE00", ":", "%", "(", "bis");

  @Property(tries = 3000)
  void numericMatchesTheRe2Pattern(@ForAll("numericTexts") String text) {
    int[] g = new int[22];
    for (int from = 0; from < text.length(); from++) {
      for (int to : new int[] {text.length(), Math.min(text.length(), from + 5), Math.min(text.length(), from + 8)}) {
        String slice = text.substring(from, to);
        Matcher m = NUMERIC.matcher(slice);
        int end = DateShapes.numericAt(text, from, to, g);
        String where = describe(text, from, to);
        if (!m.lookingAt()) {
          assertEquals(-1, end, where);
          continue;
        }
        assertEquals(from + m.end(), end, where);
        for (int k = 1; k <= 10; k++) {
          assertEquals(shift(m.start(k), from), g[2 * k], where + " group " + k);
          assertEquals(shift(m.end(k), from), g[2 * k + 1], where + " group " + k);
        }
      }
    }
  }

  @Property(tries = 3000)
  void namedMatchesTheRe2Pattern(@ForAll("texts") String text) {
    int n = text.length();
    int[][] windows = {{0, n}, {Math.min(n, 1), n}, {0, Math.max(0, n - 2)}, {n / 3, n}};
    int[] g = new int[22];
    for (int[] w : windows) {
      int from = w[0];
      int to = w[1];
      Matcher m = DateDetector.NAMED.matcher(text.substring(from, to));
      List<String> expected = new ArrayList<>();
      while (m.find()) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k <= 8; k++) {
          b.append(shift(m.start(k), from)).append(',').append(shift(m.end(k), from)).append(' ');
        }
        expected.add(b.toString());
      }
      List<String> actual = new ArrayList<>();
      int pos = from;
      while (pos < to && DateDetector.SHAPES.findNamed(text, from, to, pos, g) >= 0) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k <= 8; k++) {
          b.append(g[2 * k]).append(',').append(g[2 * k + 1]).append(' ');
        }
        actual.add(b.toString());
        pos = Math.max(g[1], g[0] + 1);
      }
      assertEquals(expected, actual, describe(text, from, to));
    }
  }

  private static int shift(int i, int from) {
    return i < 0 ? -1 : i + from;
  }

  private static String describe(String text, int from, int to) {
    StringBuilder b = new StringBuilder("[" + from + "," + to + ") of ");
    text.chars().forEach(c -> b.append(c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return b.toString();
  }

  /** Digit runs of one to five digits between separators, mostly the ones the pattern allows. */
  @Provide
  Arbitrary<String> numericTexts() {
    Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(5);
    Arbitrary<String> other = Arbitraries.of("/", ".", "-", "/", ".", "-", " ", "x", "_", "é", ",", "%", "\u00A0", "\u212A");
    return Arbitraries.oneOf(digits, other).list().ofMinSize(1).ofMaxSize(9).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> month = Combinators.combine(Arbitraries.of(MONTHS), Arbitraries.integers().between(0, 63),
        Arbitraries.integers().between(0, 5)).as(DateShapesProperties::variant);
    Arbitrary<String> token = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, piece), net.jqwik.api.Tuple.of(1, month));
    return token.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
  }

  /** A month name with some letters in capitals, sometimes an odd fold (long s, Kelvin sign) or a cut. */
  private static String variant(String month, int capitals, int odd) {
    char[] cs = month.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      if ((capitals >> (i % 6) & 1) == 1) {
        cs[i] = Character.toUpperCase(cs[i]);
      }
    }
    String s = new String(cs);
    return switch (odd) {
      case 0 -> s.replace('s', '\u017F').replace('S', '\u017F');
      case 1 -> s.replace('k', '\u212A').replace('K', '\u212A');
      case 2 -> s.length() > 2 ? s.substring(0, s.length() - 1) : s;
      case 3 -> s.toUpperCase(Locale.ROOT);
      default -> s;
    };
  }
}
