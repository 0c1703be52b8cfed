package dev.veil.detectors.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-window statistics of one of a {@link Scan}'s shared digit-window arrays, so that the window
 * prefilters of {@link PatternDetector} read a table instead of each detector re-scanning the same
 * characters: per window the number of ASCII digits, the longest run of ASCII letters and digits,
 * and, per separator set, the longest run of digits joined by single separators of that set (the
 * same values as {@link Windows#digits}, {@link Windows#longestAlnumRun} and {@link
 * Windows#longestDigitRun}). Each column is computed on its first request, for all windows at once,
 * from the scan's table of digit runs (a window holds a few runs, so a column costs a few steps per
 * window, not a step per character); only the alnum column reads characters.
 *
 * <p>Separator sets are registered process-wide ({@link #separatorSet}), at most {@value #MAX_SETS},
 * ASCII only. Instances are confined to the thread of their {@link Scan}.
 */
final class WindowFacts {
  static final int MAX_SETS = 64;
  private static final int DIGITS = 0;
  private static final int ALNUM = 1;
  /** Columns before the per-set ones. */
  private static final int FIXED = 2;

  private static final List<String> SETS = new ArrayList<>();
  /** Bit {@code i} of {@code sepMask[c]}: {@code c} belongs to separator set {@code i}. */
  private static volatile long[] sepMask = new long[128];

  /** The id of {@code separators} in the process-wide registry, registering it when new; -1 if it cannot be. */
  static synchronized int separatorSet(String separators) {
    int id = SETS.indexOf(separators);
    if (id >= 0) {
      return id;
    }
    if (SETS.size() >= MAX_SETS || !separators.chars().allMatch(c -> c < 128)) {
      return -1;
    }
    id = SETS.size();
    long[] mask = sepMask.clone();
    for (int k = 0; k < separators.length(); k++) {
      mask[separators.charAt(k)] |= 1L << id;
    }
    SETS.add(separators);
    sepMask = mask;
    return id;
  }

  private final String text;
  private final Scan scan;
  private final int[] windows;
  private final int[][] columns = new int[FIXED + MAX_SETS][];
  /** Per window, the index of its first digit run (runs of window w are [first[w], first[w + 1]) or fewer). */
  private final int[] firstRun;

  WindowFacts(String text, Scan scan, int[] windows) {
    this.text = text;
    this.scan = scan;
    this.windows = windows;
    int count = windows.length / 2;
    firstRun = new int[count];
    for (int w = 0; w < count; w++) {
      firstRun[w] = scan.firstDigitRunEndingAfter(windows[2 * w]);
    }
  }

  int digits(int window) {
    int[] c = columns[DIGITS];
    if (c == null) {
      c = columns[DIGITS] = digitColumn();
    }
    return c[window];
  }

  int longestAlnumRun(int window) {
    int[] c = columns[ALNUM];
    if (c == null) {
      c = columns[ALNUM] = alnumColumn();
    }
    return c[window];
  }

  /** Longest run of digits joined by single chars of separator set {@code set} (an id of {@link #separatorSet}). */
  int longestDigitRun(int window, int set) {
    int[] c = columns[FIXED + set];
    if (c == null) {
      c = columns[FIXED + set] = runColumn(1L << set);
    }
    return c[window];
  }

  private int[] digitColumn() {
    int count = firstRun.length;
    int[] out = new int[count];
    int runs = scan.digitRunCount();
    for (int w = 0; w < count; w++) {
      int from = windows[2 * w];
      int to = windows[2 * w + 1];
      int d = 0;
      for (int r = firstRun[w]; r < runs && scan.digitRunStart(r) < to; r++) {
        d += Math.min(to, scan.digitRunEnd(r)) - Math.max(from, scan.digitRunStart(r));
      }
      out[w] = d;
    }
    return out;
  }

  private int[] runColumn(long bit) {
    long[] masks = sepMask;
    int count = firstRun.length;
    int[] out = new int[count];
    int runs = scan.digitRunCount();
    for (int w = 0; w < count; w++) {
      int from = windows[2 * w];
      int to = windows[2 * w + 1];
      int best = 0;
      int chain = 0;
      int prevEnd = -2;
      for (int r = firstRun[w]; r < runs && scan.digitRunStart(r) < to; r++) {
        int s = scan.digitRunStart(r);
        int e = Math.min(to, scan.digitRunEnd(r));
        int len = e - Math.max(from, s);
        // joined to the previous run by exactly one separator of the set (both inside the window)
        char gap = s == prevEnd + 1 ? text.charAt(prevEnd) : 0;
        chain = s == prevEnd + 1 && gap < 128 && (masks[gap] & bit) != 0 ? chain + len : len;
        best = Math.max(best, chain);
        prevEnd = e;
      }
      out[w] = best;
    }
    return out;
  }

  private int[] alnumColumn() {
    int count = firstRun.length;
    int[] out = new int[count];
    for (int w = 0; w < count; w++) {
      out[w] = Windows.longestAlnumRun(text, windows[2 * w], windows[2 * w + 1]);
    }
    return out;
  }
}
