package dev.veil.detectors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one-pass window table must hold, for every window and every registered separator set,
 * exactly what the per-detector scans it replaced computed ({@link Windows#digits}, {@link
 * Windows#longestAlnumRun}, {@link Windows#longestDigitRun}).
 */
class WindowFactsProperties {
  private static final String[] SETS = {"", "- .", "- ", " -", "-+", " ", ".", "/:"};

  @Provide
  Arbitrary<String> texts() {
    // digits, every separator, letters and a non-ASCII letter and digit, so that runs start, join and break often
    return Arbitraries.strings().withChars("0123456789012345 -.+/:aZ_é٣\n,").ofMaxLength(200);
  }

  @Property(tries = 600, seed = "20261129")
  void tableEqualsScansOfEachWindow(@ForAll("texts") String text) {
    int[] ids = new int[SETS.length];
    for (int s = 0; s < SETS.length; s++) {
      ids[s] = WindowFacts.separatorSet(SETS[s]);
    }
    for (int[] lr : new int[][] {{2, 2}, {4, 40}, {0, 0}}) {
      int[] windows = Windows.aroundDigitsShared(text, lr[0], lr[1]);
      WindowFacts facts = Scan.of(text).facts(text, windows);
      for (int k = 0; k + 1 < windows.length; k += 2) {
        int from = windows[k];
        int to = windows[k + 1];
        assertEquals(Windows.digits(text, from, to), facts.digits(k / 2));
        assertEquals(Windows.longestAlnumRun(text, from, to), facts.longestAlnumRun(k / 2));
        for (int s = 0; s < SETS.length; s++) {
          assertEquals(Windows.longestDigitRun(text, from, to, SETS[s]), facts.longestDigitRun(k / 2, ids[s]),
              "set '" + SETS[s] + "'");
        }
      }
    }
  }

  @Property(tries = 300, seed = "20261129")
  void wholeTextAndCutWindowsToo(@ForAll("texts") String text) {
    // one window over the text, and windows that cut runs in the middle, to cover clipped runs
    int n = text.length();
    int[] windows = {0, n / 3, n / 3, Math.min(n, n / 3 + 1), n / 2, n};
    int id = WindowFacts.separatorSet("- .");
    WindowFacts facts = new WindowFacts(text, Scan.of(text), windows);
    for (int k = 0; k + 1 < windows.length; k += 2) {
      assertEquals(Windows.digits(text, windows[k], windows[k + 1]), facts.digits(k / 2));
      assertEquals(Windows.longestDigitRun(text, windows[k], windows[k + 1], "- ."), facts.longestDigitRun(k / 2, id));
      assertEquals(Windows.longestAlnumRun(text, windows[k], windows[k + 1]), facts.longestAlnumRun(k / 2));
    }
  }

  @Property(tries = 50, seed = "20261129")
  void unknownArrayHasNoFacts(@ForAll("texts") String text) {
    assertEquals(null, Scan.of(text).facts(text, new int[] {0, text.length()}));
  }
}
