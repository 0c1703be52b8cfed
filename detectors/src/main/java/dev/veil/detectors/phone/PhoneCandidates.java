package dev.veil.detectors.phone;

import dev.veil.detectors.internal.Scan;
import java.util.Arrays;

/**
 * The places in a text where a phone number can stand: runs of digit groups joined by phone
 * punctuation ({@code " -./()"}, at most three characters between two groups, at most one line
 * break), with a leading {@code +} or {@code (} and a leading spoken "plus" ("plus 4930...", which is
 * how "plus four nine three zero" reads after normalization). A run holds no letters, so prose,
 * versions glued to words and prices with currency words stay outside. One linear pass over the
 * text; runs are cut at {@link #MAX_RUN} characters, so the libphonenumber calls that follow only
 * ever see short strings.
 */
final class PhoneCandidates {
  /** Longest run handed to libphonenumber; no phone number (with its punctuation) is longer. */
  static final int MAX_RUN = 64;
  private static final String JOINERS = " -./()";

  private PhoneCandidates() {}

  /**
   * The runs with at least {@code minDigits} ASCII digits, as start/end pairs. A start may point
   * at "plus " (see {@link #hasPlusWord}).
   */
  static int[] find(String text, int minDigits) {
    int n = text.length();
    int[] out = new int[8];
    int k = 0;
    int i = 0;
    // jump from digit run to digit run (the scan's table) instead of testing every char
    Scan scan = Scan.of(text);
    int runs = scan.digitRunCount();
    int r = 0;
    while (i < n) {
      while (r < runs && scan.digitRunEnd(r) <= i) {
        r++;
      }
      if (r == runs) {
        break;
      }
      i = Math.max(i, scan.digitRunStart(r));
      int start = i;
      if (start > 0 && text.charAt(start - 1) == '+') {
        start--;
      }
      if (start > 0 && text.charAt(start - 1) == '(') {
        start--;
      }
      if (hasPlusWordAt(text, start)) {
        start -= 5;
      }
      int digits = 0;
      int j = i;
      int end = i;
      boolean lineBreak = false;
      while (j < n && j - start < MAX_RUN) {
        char d = text.charAt(j);
        if (d >= '0' && d <= '9') {
          digits++;
          j++;
          end = j;
          continue;
        }
        int g = j;
        boolean breakHere = false;
        while (g < n && g - j < 3 && (JOINERS.indexOf(text.charAt(g)) >= 0 || (text.charAt(g) == '\n' && !breakHere))) {
          breakHere |= text.charAt(g) == '\n';
          g++;
        }
        if (g == j || g >= n || !isDigit(text.charAt(g)) || (breakHere && lineBreak)) {
          break;
        }
        lineBreak |= breakHere;
        j = g;
      }
      if (digits >= minDigits) {
        if (k + 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[k++] = start;
        out[k++] = end;
      }
      i = Math.max(end, i + 1);
    }
    return Arrays.copyOf(out, k);
  }

  /** True if the run at {@code start} begins with the word "plus" standing for {@code +}. */
  static boolean hasPlusWord(String text, int start) {
    return start + 5 <= text.length() && text.regionMatches(true, start, "plus ", 0, 5)
        && start + 5 < text.length() && isDigit(text.charAt(start + 5));
  }

  private static boolean hasPlusWordAt(String text, int digitStart) {
    int s = digitStart - 5;
    return s >= 0 && text.charAt(digitStart) != '(' && text.charAt(digitStart) != '+'
        && text.regionMatches(true, s, "plus ", 0, 5) && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
