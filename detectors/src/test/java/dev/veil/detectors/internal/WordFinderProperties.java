package dev.veil.detectors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link WordFinder#within} answers as {@link Context#within} does, for every range of generated text. */
class WordFinderProperties {
  private static final String[] WORDS = {"street", "st", "ave", "rd", "apt", "box", "straße", "dirección", "via", "é",
      "ähm", "cp", "zip code"};
  private static final WordFinder FINDER = new WordFinder(WORDS);

  @Property(tries = 3000)
  void answersAsContextWithin(@ForAll("texts") String text) {
    int n = text.length();
    for (int from = 0; from <= n; from += 1 + from / 3) {
      for (int to = from; to <= n; to += 1 + (to - from) / 2) {
        assertEquals(Context.within(text, from, to, WORDS), FINDER.within(text, from, to), text + " " + from + "," + to);
      }
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("Street", "STREET", "st", "St.", "\u017Ftreet", "street\u0131", "addre\u017F\u017F",
        "ave", "Rd", "apt", "APT", "box", "Box", "STRASSE", "Straße", "dirección", "DIRECCIÓN", "via", "é", "É",
        "ähm", "ÄHM", "cp", "zip code", "ZIP  code", "\u212Ap", "\u0130", "x", "1", "_", " ", " ", ",", "\n", "-", "ʼ");
    return pieces.list().ofMinSize(0).ofMaxSize(8).map(l -> String.join("", l));
  }
}
