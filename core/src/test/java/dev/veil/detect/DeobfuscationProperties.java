package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The value-joining steps (spaced-out characters, line breaks inside values, digit words with
 * capitals between them) over text made of the pieces they react to: every normalized character
 * maps to a non-empty original range, ranges never go backwards, and a value spaced out between
 * arbitrary pieces still reads joined and maps back exactly.
 */
class DeobfuscationProperties {
  private static final TextNormalizer N = TextNormalizer.standard();

  @Provide
  Arbitrary<String> pieces() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of(" ", "  ", "\n", "\r\n", " \n ", "@", ".", "-", "/", "+", "(", ")", ",", "a", "B", "x", "I",
            "5", "0", "five", "two", "zero", "oh", "GB", "NWBK", "DE", "dash", "@example.com", "j.smith@clini",
            "536-2", "2-8119", "4111", "\u00A0", "\u2028", "\uff21"),
        Arbitraries.strings().withChars("ab59 @.-\n").ofMaxLength(8));
    return piece.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 500, seed = "20261129")
  void everyCharacterMapsForwardToANonEmptyRange(@ForAll("pieces") String text) {
    NormalizedText n = N.normalize(text);
    int previousStart = 0;
    for (int i = 0; i < n.text().length(); i++) {
      Span o = n.toOriginal(new Span(i, i + 1));
      assertTrue(o.start() >= previousStart && o.start() < o.end() && o.end() <= text.length(),
          () -> "char " + o + " of " + text.length());
      previousStart = o.start();
    }
  }

  @Property(tries = 300, seed = "20261129")
  void aSpacedOutIbanReadsJoinedAmongArbitraryPieces(@ForAll("pieces") String before, @ForAll("pieces") String after) {
    String iban = "DE89370400440532013000";
    String spaced = String.join(" ", iban.split(""));
    String text = before + " , " + spaced + " , " + after;
    NormalizedText n = N.normalize(text);
    int at = n.text().indexOf(iban);
    assertTrue(at >= 0, n.text());
    Span o = n.toOriginal(new Span(at, at + iban.length()));
    assertEquals(spaced, text.substring(o.start(), o.end()));
  }
}
