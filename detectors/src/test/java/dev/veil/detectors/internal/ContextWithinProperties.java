package dev.veil.detectors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Context#within}'s one-pass search finds a word exactly where the search word by word did. */
class ContextWithinProperties {
  private static final String[][] WORD_SETS = {
      {"ssn", "ss#", "social security", "soc sec"},
      {"numéro", "ïd", "ß", "st", "k", "i"},
      {"", "mrn", "MRN", "#", "1a"},
      {"sozialversicherungsnummer", "x"},
  };

  /** The search as it was: word by word over the range. */
  static boolean reference(String text, int from, int to, String... words) {
    for (String w : words) {
      int wl = w.length();
      if (wl == 0) {
        continue;
      }
      char first = w.charAt(0);
      for (int i = from; i + wl <= to; i++) {
        char c = text.charAt(i);
        if ((c == first || Character.toLowerCase(c) == first)
            && text.regionMatches(true, i, w, 0, wl) && Context.isDelimited(text, i, i + wl)) {
          return true;
        }
      }
    }
    return false;
  }

  @Provide
  Arbitrary<String> texts() {
    // the words' letters in both cases, look-alikes whose lower case is ASCII (Kelvin sign, dotted
    // capital I), the long s, accents, digits and separators
    return Arbitraries.strings().withChars("sSnN#ocOCiIkKxX1aAmMrRuéÉïÏßẞ\u212A\u0130\u017F -:\n").ofMaxLength(60);
  }

  @Property(tries = 3000, seed = "20261129")
  void sameAsWordByWord(@ForAll("texts") String text, @ForAll("sets") int set,
      @ForAll("cuts") int a, @ForAll("cuts") int b) {
    int from = Math.min(text.length(), Math.min(a, b));
    int to = Math.min(text.length(), Math.max(a, b));
    String[] words = WORD_SETS[set];
    assertEquals(reference(text, from, to, words), Context.within(text, from, to, words), text);
    assertEquals(reference(text, 0, text.length(), words), Context.within(text, 0, text.length(), words), text);
  }

  @Provide
  Arbitrary<Integer> sets() {
    return Arbitraries.integers().between(0, WORD_SETS.length - 1);
  }

  @Provide
  Arbitrary<Integer> cuts() {
    return Arbitraries.integers().between(0, 60);
  }
}
