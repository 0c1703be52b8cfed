package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TextNormalizerProperties {
  private static final TextNormalizer N = TextNormalizer.standard();

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.of(" ", "\n", "-", " dot ", " at ", "[at]", "(dot)", "\\u0035", "\\n", "\\", "\u200B", "\u00AD",
            "\u00A0", "\uff15", "\u0430", "\uD800", "\uDC00", "five", "nine", "zwei", "one", "5 ", "3 ", "| x |"),
        Arbitraries.strings().withChars("0123456789 -.").ofMaxLength(20));
    return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 400)
  void mappedOffsetsAreInBoundsAndOrdered(@ForAll("texts") String text, @ForAll @IntRange(max = 400) int a,
      @ForAll @IntRange(max = 400) int b) {
    NormalizedText n = N.normalize(text);
    int len = n.text().length();
    int s = Math.min(a, b) % (len + 1);
    int e = Math.max(s, Math.max(a, b) % (len + 1));
    Span o = n.toOriginal(new Span(s, e));
    assertTrue(o.start() >= 0 && o.end() <= text.length() && o.start() <= o.end(), o.toString());
    if (e > s) {
      assertTrue(o.end() > o.start(), "a non-empty span maps to a non-empty span");
    }
    // ordered: a later span never maps before an earlier one
    if (e < len) {
      Span next = n.toOriginal(new Span(e, e + 1));
      assertTrue(next.start() >= o.start());
    }
  }

  @Property(tries = 200)
  void normalizationIsDeterministic(@ForAll("texts") String text) {
    assertEquals(N.normalize(text).text(), N.normalize(text).text());
  }

  @Property(tries = 200)
  void spacedDigitRunsCollapseWhateverSurroundsThem(@ForAll("digits") String digits,
      @ForAll("words") String before, @ForAll("words") String after) {
    String spaced = String.join(" ", digits.split(""));
    String text = before + " " + spaced + " " + after;
    NormalizedText n = N.normalize(text);
    int at = n.text().indexOf(digits);
    assertTrue(at >= 0, n.text());
    Span o = n.toOriginal(new Span(at, at + digits.length()));
    assertEquals(spaced, text.substring(o.start(), o.end()));
  }

  @Provide
  Arbitrary<String> digits() {
    return Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(19);
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10);
  }
}
