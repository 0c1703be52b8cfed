package dev.veil.detectors.label;

import dev.veil.detectors.internal.Keywords;
import dev.veil.detectors.internal.Labels;
import dev.veil.detectors.internal.Scan;
import java.util.Arrays;

/**
 * Narrows the windows of a labelled-value pattern to the few runs of value characters a label can
 * introduce, so that the RE2/J pattern runs on a dozen characters after "MRN" instead of on every
 * number of the text (a text with a '|' is searched around every number, for Markdown column
 * headers) or on the 80 characters after every label hit ("ipp" in "shipped"). Not public API.
 *
 * <p>For the value patterns of the label detectors, whose matches consist of ASCII letters, digits
 * and '-' only, and whose matches are reported only if {@link Labels#precede} holds at their start.
 * Every such match lies inside one maximal run of those characters; the pattern finds the same
 * matches in a run whether it searches the whole window or only the run with one character on
 * either side (the characters {@code \b} looks at), because no match spans two runs. A run is
 * dropped only when no reported match can lie in it:
 *
 * <ul>
 *   <li>it has fewer ASCII digits than a value needs;
 *   <li>at none of the places in the run where a match can start does {@link Labels#mayPrecede}
 *       hold (the walk of {@code Labels.precede} over the label hits of the shared keyword pass,
 *       which finds every label that {@code precede} finds), and the run cannot be in a Markdown
 *       table below a header row. Runs without a label hit ending up to {@link #REACH} characters
 *       before them are dropped without the walk ({@code precede} walks back at most {@link
 *       Labels#MAX_GAP} characters plus one filler word).
 * </ul>
 *
 * <p>The keyword pass matches the lower-case text, {@code Labels.precede} compares case
 * insensitively with {@code regionMatches}, which also equates 'ſ' (U+017F) with 's' and 'ı'
 * (U+0131) with 'i': a text holding either char is not narrowed by label reach.
 *
 * <p>Thread-safe; allocates one int array per call.
 */
public final class ValueWindows {
  /**
   * Farthest a label's end can be before the value: {@link Labels#MAX_GAP} plus the longest filler
   * word (8 covers every filler of {@code Labels}), with margin.
   */
  static final int REACH = Labels.MAX_GAP + 16;

  private ValueWindows() {}

  /**
   * The parts of {@code windows} (start, end pairs, sorted) where a labelled value can be found: one
   * window per surviving run of {@code [A-Za-z0-9-]}, widened by one char on each side within its
   * window. Consecutive results may share that one char (never a value char).
   *
   * @param labels every label word of the detector (all languages)
   * @param minDigits fewest ASCII digits of a reported value (0 for none)
   */
  public static int[] narrow(String text, int[] windows, Keywords labels, int minDigits) {
    if (windows.length == 0) {
      return windows;
    }
    Scan scan = Scan.of(text);
    int[] hits = scan.hits(labels);
    boolean oddCase = text.indexOf('\u017F') >= 0 || text.indexOf('\u0131') >= 0;
    int tableFrom = scan.lastPipe() < 0 ? Integer.MAX_VALUE : firstSeparatorRow(text);
    int lastPipe = scan.lastPipe();
    char[] cs = scan.chars();
    int[] out = null;
    int k = 0;
    for (int w = 0; w + 1 < windows.length; w += 2) {
      int from = windows[w];
      int to = windows[w + 1];
      boolean table = to - 1 > tableFrom && from <= lastPipe;
      if (!oddCase && !table && !hitEndsIn(hits, from - REACH, to - 1)) {
        continue;
      }
      int i = from;
      while (i < to) {
        if (!isValueChar(cs[i])) {
          i++;
          continue;
        }
        int rs = i;
        int digits = 0;
        while (i < to && isValueChar(cs[i])) {
          char c = cs[i++];
          digits += c >= '0' && c <= '9' ? 1 : 0;
        }
        int re = i;
        if (digits < minDigits) {
          continue;
        }
        if (!oddCase && !(re - 1 > tableFrom && rs <= lastPipe) && !labelReaches(text, cs, rs, re, hits)) {
          continue;
        }
        if (out == null) {
          out = new int[Math.max(8, windows.length)];
        } else if (k + 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[k++] = Math.max(from, rs - 1);
        out[k++] = Math.min(to, re + 1);
      }
    }
    return out == null ? new int[0] : Arrays.copyOf(out, k);
  }

  /**
   * True if {@link Labels#mayPrecede} holds at a place in the run {@code [rs, re)} where a match can
   * start: its first char, or next to a '-' (elsewhere in a run, {@code \b} does not hold).
   */
  private static boolean labelReaches(String text, char[] cs, int rs, int re, int[] hits) {
    if (!hitEndsIn(hits, rs - REACH, re - 1)) {
      return false;
    }
    for (int s = rs; s < re; s++) {
      if ((s == rs || cs[s] == '-' || cs[s - 1] == '-') && Labels.mayPrecede(text, s, hits)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isValueChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
  }

  /** True if a hit (start, end pairs in order of end) ends in {@code [lo, hi]}. */
  static boolean hitEndsIn(int[] hits, int lo, int hi) {
    int a = 0;
    int b = hits.length / 2;
    while (a < b) {
      int mid = (a + b) >>> 1;
      if (hits[2 * mid + 1] < lo) {
        a = mid + 1;
      } else {
        b = mid;
      }
    }
    return a < hits.length / 2 && hits[2 * a + 1] <= hi;
  }

  /**
   * Start of the first line, after the first, that can be a Markdown header separator ("|---|:--|":
   * a '|', three '-', nothing but "-|: \t\r"), or {@code Integer.MAX_VALUE}: no value before or on
   * that line has a column header.
   */
  static int firstSeparatorRow(String text) {
    int n = text.length();
    int start = 0;
    while (start < n) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? n : end;
      if (start > 0 && isSeparator(text, start, end)) {
        return start;
      }
      start = end + 1;
    }
    return Integer.MAX_VALUE;
  }

  private static boolean isSeparator(String text, int from, int to) {
    int dashes = 0;
    boolean pipe = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '-') {
        dashes++;
      } else if (c == '|') {
        pipe = true;
      } else if (c != ':' && c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return pipe && dashes >= 3;
  }
}
