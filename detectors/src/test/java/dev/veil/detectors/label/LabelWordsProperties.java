package dev.veil.detectors.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The {@link LabelWords} forms of {@link NearestLabel#is} and {@link Nearby#near} answer as the
 * {@code String[]} forms do, for every start and end in generated texts made of the words
 * themselves (in any case, glued to letters or digits, cut short), phrases, fillers, numbers,
 * punctuation, table rows and headers, and the characters whose case mapping is odd (dotted and
 * dotless i, long s, Kelvin sign, sharp s, title-case and non-ASCII letters).
 */
class LabelWordsProperties {
  /** Word lists shaped like the detectors' (phrases, non-ASCII letters, words sharing ends). */
  private static final String[][] LISTS = {
    {"phone", "tel", "telephone", "fax", "call", "reach me", "my number", "téléphone", "tél", "móvil",
        "komórka", "zadzwoń", "llámame", "handy", "ruf mich", "ph", "customer service"},
    {"order", "inv", "ref", "id", "ids", "npi", "nhs", "ssn", "steuer-id", "idnr", "référence", "zamówienie",
        "dni", "kontonummer", "po", "aba"},
    {"i", "ſ", "k", "ß", "strasse", "ıd", "İd"},
  };
  private static final String[] PIECES = {" ", " ", ", ", ": ", "; ", ". ", "\n", " | ", "|", "|---|---|\n", "(",
    ")", "-", "/", "#", "no", "nr", "number", "is", "the", "and", "Nr.", "Tel.", "z.B.", "4158234410", "030 901820",
    "12", "x", "hotel", "i", "İ", "ı", "ſ", "K", "ß", "ǅ", "Σ", "é", "ÉTÉ", "\u00a0"};

  private static List<String> vocabulary() {
    Set<String> v = new LinkedHashSet<>(List.of(PIECES));
    for (String[] list : LISTS) {
      for (String w : list) {
        v.add(w);
        v.add(w.toUpperCase(Locale.ROOT));
        v.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        v.add(w + "s");
        v.add("x" + w);
        v.add(w.substring(0, Math.max(1, w.length() - 1)));
      }
    }
    return new ArrayList<>(v);
  }

  private static final List<String> VOCABULARY = vocabulary();

  @Provide
  Arbitrary<long[]> seeds() {
    return Arbitraries.longs().between(0, Long.MAX_VALUE).map(s -> new long[] {s});
  }

  @Property(tries = 600, seed = "20261129")
  void sameAnswersAsTheWordArrays(@ForAll("seeds") long[] seed) {
    Random random = new Random(seed[0]);
    StringBuilder b = new StringBuilder();
    int pieces = random.nextInt(60);
    for (int k = 0; k < pieces; k++) {
      b.append(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
      if (random.nextInt(3) > 0) {
        b.append(' ');
      }
    }
    String text = b.toString();
    String[] words = LISTS[random.nextInt(LISTS.length)];
    LabelWords indexed = LabelWords.of(words);
    for (int start = 0; start <= text.length(); start++) {
      for (boolean overNumbers : new boolean[] {false, true}) {
        assertEquals(NearestLabel.is(text, start, overNumbers, words), NearestLabel.is(text, start, overNumbers, indexed),
            () -> text);
      }
      int end = Math.min(text.length(), start + 1 + random.nextInt(14));
      assertEquals(Nearby.near(text, start, end, words), Nearby.near(text, start, end, indexed), () -> text);
    }
  }

  @Test
  void theWordsFoundAtAll() {
    // the generated texts must reach the true branch too, or the property above says little
    String text = "| Phone | Name |\n|---|---|\n| 4158234410 | x |\nRef: 12, TÉLÉPHONE 030 901820";
    LabelWords contact = LabelWords.of(LISTS[0]);
    assertTrue(Nearby.near(text, text.indexOf("4158"), text.indexOf("4158") + 10, contact));
    assertTrue(NearestLabel.is(text, text.indexOf("030"), false, contact));
    assertTrue(NearestLabel.is(text, text.indexOf("12,"), true, LabelWords.of(LISTS[1])));
  }

  @Test
  void theShortcutIsTakenOnlyForWordsThatAllowIt() {
    assertTrue(LabelWords.of(LISTS[0]).contextImpliedByNearby());
    assertTrue(LabelWords.of(LISTS[1]).contextImpliedByNearby());
    // "İd" does not start lower case; "(ref)" neither starts nor ends with a letter
    assertFalse(LabelWords.of(LISTS[2]).contextImpliedByNearby());
    assertFalse(LabelWords.of("tel", "(ref)").contextImpliedByNearby());
  }

  @Test
  void emptyWordsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> LabelWords.of("tel", ""));
  }
}
