package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  private final TextNormalizer normalizer = TextNormalizer.standard();

  @Test
  void plainAsciiIsReturnedWithoutCopying() {
    String s = "Plain text, 123-45-6789.\n";
    NormalizedText n = normalizer.normalize(s);
    assertTrue(n.isIdentity());
    assertSame(s, n.text());
    assertEquals(new Span(3, 7), n.toOriginal(new Span(3, 7)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "５３６-２２-８１１９|536-22-8119",          // fullwidth digits
      "536\u200B-22-8119|536-22-8119",              // zero-width space
      "536-22-81\u00AD19|536-22-8119",              // soft hyphen
      "536\u00A022\u00A08119|536 22 8119",          // no-break spaces
      "٥٣٦-٢٢-٨١١٩|536-22-8119",                    // Arabic-Indic digits
      "jаne@ехаmple.com|jane@example.com",          // Cyrillic look-alikes
      "\u202Egro.elpmaxe@enaj|gro.elpmaxe@enaj",    // RTL override removed
      "1\u03362\u03363\u0336|123",                  // combining strike-through on digits
  })
  void obfuscatedFormsNormalize(String input, String expected) {
    assertEquals(expected, normalizer.normalize(input).text());
  }

  @Test
  void spansMapBackToTheOriginalCharacters() {
    String original = "SSN: ５３６\u200B-22-8119!";
    NormalizedText n = normalizer.normalize(original);
    int start = n.text().indexOf("536");
    int end = n.text().indexOf('!');
    Span back = n.toOriginal(new Span(start, end));
    assertEquals("５３６\u200B-22-8119", back.substringOf(original));
  }

  @Test
  void loneSurrogatesBecomeReplacementCharacters() {
    NormalizedText n = normalizer.normalize("a\uD800b\uDC00c");
    assertEquals("a\uFFFDb\uFFFDc", n.text());
  }

  @Property(tries = 500)
  void mappedOffsetsAreInBoundsAndOrdered(@ForAll("messyText") String text) {
    NormalizedText n = normalizer.normalize(text);
    int len = n.text().length();
    int previousStart = 0;
    for (int i = 0; i < len; i++) {
      Span s = n.toOriginal(new Span(i, i + 1));
      assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() < s.end(), () -> "char span " + s);
      assertTrue(s.start() >= previousStart, "original starts never go backwards");
      previousStart = s.start();
    }
    for (int a = 0; a <= len; a += Math.max(1, len / 7)) {
      for (int b = a; b <= len; b += Math.max(1, len / 5)) {
        Span s = n.toOriginal(new Span(a, b));
        assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() <= s.end());
      }
    }
  }

  @Provide
  Arbitrary<String> messyText() {
    Arbitrary<Character> chars = Arbitraries.oneOf(
        Arbitraries.chars().ascii(),
        Arbitraries.of('\u200B', '\u00AD', '\u00A0', '\u202E', '\uFEFF', '\u0336', '\uD800', '\uDC00',
            '５', '٣', 'а', 'е', 'ﬁ', '①', '㎒', '\u2028', '\u0000', 'é', '\u0301'),
        Arbitraries.chars().all());
    return chars.list().ofMaxSize(80).map(list -> {
      StringBuilder b = new StringBuilder();
      list.forEach(b::append);
      return b.toString();
    });
  }
}
