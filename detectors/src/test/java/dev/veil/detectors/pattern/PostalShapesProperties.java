package dev.veil.detectors.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.veil.detectors.internal.Scan;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written postal-code matcher finds what RE2/J's search with the pattern it replaces finds
 * on a window (same starts, ends and groups), on text made of digit runs, capitals, separators and
 * near misses (six digits, a lower-case letter, a no-break space, a non-ASCII capital).
 */
class PostalShapesProperties {
  private static final Pattern PATTERN = Pattern.compile(ZipCodeDetector.PATTERN);

  @Property(tries = 4000)
  void findsWhatTheRe2PatternFinds(@ForAll("texts") String text) {
    int n = text.length();
    Scan scan = Scan.of(text);
    int[][] windows = {{0, n}, {Math.min(n, 1), n}, {0, Math.max(0, n - 1)}, {n / 3, Math.max(n / 3, n - 3)}};
    int[] g = new int[8];
    for (int[] w : windows) {
      int from = w[0];
      int to = w[1];
      Matcher m = PATTERN.matcher(text.substring(from, to));
      List<String> expected = new ArrayList<>();
      while (m.find()) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k <= 3; k++) {
          b.append(shift(m.start(k), from)).append(',').append(shift(m.end(k), from)).append(' ');
        }
        expected.add(b.toString());
      }
      List<String> actual = new ArrayList<>();
      int pos = from;
      while (pos < to && PostalShapes.find(text, scan, from, to, pos, g) >= 0) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k <= 3; k++) {
          b.append(g[2 * k]).append(',').append(g[2 * k + 1]).append(' ');
        }
        actual.add(b.toString());
        pos = g[1];
      }
      assertEquals(expected, actual, () -> describe(text, from, to));
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

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> capitals = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(3);
    Arbitrary<String> other = Arbitraries.of(" ", " ", "-", "\t", "\n", "\u000B", "\u00A0", "a", "z", "_", ",", ".",
        "É", "\u212A", "\u017F", "ZIP ", "IL ");
    // shaped like a UK postcode, a Dutch code or a ZIP+4, each part sometimes one too long or short
    Arbitrary<String> uk = net.jqwik.api.Combinators.combine(capitals, Arbitraries.strings().withCharRange('0', '9')
            .ofMinLength(1).ofMaxLength(2), Arbitraries.of("", "", "A", "7", "a"), Arbitraries.of(" ", " ", "", "-", "\u00A0"),
        Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(2), capitals)
        .as((a, b, c, d, e, f) -> a + b + c + d + e + f);
    Arbitrary<String> dutch = net.jqwik.api.Combinators.combine(Arbitraries.strings().withCharRange('0', '9')
            .ofMinLength(3).ofMaxLength(5), Arbitraries.of(" ", "", "  ", "\t", "-"), capitals)
        .as((a, b, c) -> a + b + c);
    Arbitrary<String> zip4 = net.jqwik.api.Combinators.combine(Arbitraries.strings().withCharRange('0', '9')
            .ofMinLength(4).ofMaxLength(6), Arbitraries.of("-", "- ", "--"), Arbitraries.strings().withCharRange('0', '9')
            .ofMinLength(3).ofMaxLength(5)).as((a, b, c) -> a + b + c);
    return Arbitraries.oneOf(digits, capitals, other, uk, dutch, zip4).list().ofMinSize(1).ofMaxSize(8)
        .map(l -> String.join("", l));
  }
}
