package dev.veil.detectors.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shared candidate pass must give what the per-detector searches it replaced gave: the keyword
 * windows from the one Aho–Corasick pass equal those from {@code indexOf} per word, and the digit
 * run prefilter never rejects a window in which the digit patterns it guards can match.
 */
class SharedPassProperties {
  private static final String[] WORDS = {"st", "dr", "street", "straße", "@", "://", "www.", "rue", "ab", "bab"};
  private static final Keywords KEYWORDS = Keywords.of(WORDS);
  private static final Keywords OTHER = Keywords.of("zz", "st");

  @Provide
  Arbitrary<String> texts() {
    // a small alphabet, so that the words, their overlaps and their case variants occur often
    return Arbitraries.strings().withChars("sStTrReEdDaAbB@:/w.ß 123-\n").ofMaxLength(120);
  }

  @Property(tries = 400, seed = "20261129")
  void keywordWindowsEqualIndexOfWindows(@ForAll("texts") String text) {
    assertArrayEquals(Windows.aroundWords(text, 5, 7, WORDS), Windows.aroundWords(text, 5, 7, KEYWORDS));
    assertArrayEquals(Windows.aroundKeywords(text, 3, 4, WORDS), Windows.aroundKeywords(text, 3, 4, KEYWORDS));
    // a second set on the same text filters the same pass
    assertArrayEquals(Windows.aroundWords(text, 0, 2, "zz", "st"), Windows.aroundWords(text, 0, 2, OTHER));
    boolean any = false;
    for (String w : WORDS) {
      any |= Scan.of(text).lower().contains(w);
    }
    assertEquals(any, Scan.of(text).containsAny(KEYWORDS));
  }

  @Property(tries = 400, seed = "20261129")
  void digitRunIsANecessaryCondition(@ForAll("digitTexts") String text) {
    // "\d{3}[- .]?\d{2}[- .]?\d{4}" (an SSN) can match only where a run of 9 digits joined by single separators is
    Matcher m = Pattern.compile("\\d{3}[- .]?\\d{2}[- .]?\\d{4}").matcher(text);
    if (m.find()) {
      assertEquals(true, Windows.longestDigitRun(text, 0, text.length(), "- .") >= 9, text);
    }
    Matcher plain = Pattern.compile("\\d{9}").matcher(text);
    assertEquals(plain.find(), Windows.longestDigitRun(text, 0, text.length(), "") >= 9, text);
  }

  @Provide
  Arbitrary<String> digitTexts() {
    return Arbitraries.strings().withChars("0123456789- .x").ofMaxLength(40);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "536-22-8119|'- .'|9",
      "536--22-8119|'- .'|6",
      "12 345 678|' '|8",
      "ab12cd3456|''|4",
      "no digits|''|0"})
  void longestDigitRun(String text, String separators, int expected) {
    assertEquals(expected, Windows.longestDigitRun(text, 0, text.length(), separators));
  }

  @Test
  void keywordsAreLowerCasedAndNeverEmpty() {
    Keywords k = Keywords.of("CVV", "", "cvv");
    assertArrayEquals(new String[] {"cvv"}, k.words());
    assertThrows(IllegalArgumentException.class, () -> Keywords.of("", ""));
  }

  @Test
  void threadsSharingKeywordSetsGetTheirOwnHits() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Future<?>[] fs = new Future<?>[8];
      for (int t = 0; t < fs.length; t++) {
        String text = "x".repeat(t) + " 12 Main Street, @ www.example.org " + "y".repeat(t);
        fs[t] = pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            assertArrayEquals(Windows.aroundWords(text, 2, 3, WORDS), Windows.aroundWords(text, 2, 3, KEYWORDS));
          }
        });
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
