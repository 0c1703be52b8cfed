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

  /** {@link Deobfuscator#deobfuscate} skips steps by a cheap pre-pass; the result must be that of running every step. */
  @Property(tries = 2000, seed = "20261129")
  void skippingStepsChangesNothing(@ForAll("pieces") String text) {
    Rewrite rw = new Rewrite(text);
    Deobfuscator.spacedDigits(text, rw);
    Deobfuscator.digitWords(text, rw);
    Deobfuscator.lineBreaks(text, rw);
    Deobfuscator.obfuscatedEmails(text, rw);
    Rewrite.Mapped all = rw.isEmpty() ? Rewrite.Mapped.identity(text) : rw.apply();
    Rewrite.Mapped gated = Deobfuscator.deobfuscate(text);
    assertEquals(all.text(), gated.text());
    assertEquals(all.map() == null, gated.map() == null);
    for (int i = 0; all.map() != null && i < all.text().length(); i++) {
      assertEquals(all.map().start(i), gated.map().start(i));
      assertEquals(all.map().end(i), gated.map().end(i));
    }
  }

  @Provide
  Arbitrary<String> obfuscations() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of(" ", "  ", "\n", "@", ".", "-", " dot ", " at ", "[dot]", "(at)", "DOT", "Dot",
            "anecdote", "one", "two", "five", "SIX", "sieben", "acht", "zwo", "oh", "dash", "hyphen",
            "cinq", "fünf", "zéro", "GB", "jane", "example", "com", "a", "5", "x", "\u00e9", "\u0131"),
        Arbitraries.strings().withChars("ab5 @.-\nDdOoTt").ofMaxLength(6));
    Arbitrary<String> digitWord = Arbitraries.of("one", "two", "five", "SIX", "sieben", "acht", "zwo",
        "oh", "dash", "cinq", "fünf", "zéro", "nul", "GB", "-", ",");
    Arbitrary<String> spaced = Arbitraries.of("1", "5", "a", "B", "@", ".", "-", "é");
    Arbitrary<String> run = Arbitraries.oneOf(
        digitWord.list().ofMinSize(5).ofMaxSize(10).map(l -> String.join(" ", l)),
        spaced.list().ofMinSize(2).ofMaxSize(9).map(l -> String.join(" ", l)));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, piece), net.jqwik.api.Tuple.of(1, run))
        .list().ofMaxSize(30).map(l -> String.join(" ", l));
  }

  @Property(tries = 2000, seed = "20261129")
  void skippingStepsChangesNothingOnObfuscations(@ForAll("obfuscations") String text) {
    skippingStepsChangesNothing(text);
  }
}
