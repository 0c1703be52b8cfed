package dev.veil.detectors.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-window statistics of a shared digit-window array, computed in one pass over the windows for
 * every detector at once, so that the window prefilters of {@link PatternDetector} read a table
 * instead of each detector re-scanning the same characters: per window the number of ASCII digits,
 * the longest run of ASCII letters and digits, and, for every registered separator set, the longest
 * run of digits joined by single separators of that set (the same values as {@link Windows#digits},
 * {@link Windows#longestAlnumRun} and {@link Windows#longestDigitRun}).
 *
 * <p>Separator sets are registered process-wide ({@link #separatorSet}), at most {@value #MAX_SETS},
 * ASCII only; a table built before a set was registered is rebuilt on the first request for it.
 * Instances are confined to the thread of their {@link Scan}.
 */
final class WindowFacts {
  static final int MAX_SETS = 64;
  /** Columns before the per-set ones: digit count, longest alnum run. */
  private static final int FIXED = 2;

  private static final List<String> SETS = new ArrayList<>();
  /** Bit {@code i} of {@code SEP_MASK[c]}: {@code c} belongs to separator set {@code i}. */
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

  private final int sets;
  private final int stride;
  private final int[] table;

  private WindowFacts(int sets, int[] table) {
    this.sets = sets;
    this.stride = FIXED + sets;
    this.table = table;
  }

  /** True if this table has a column for set {@code id}. */
  boolean covers(int id) {
    return id < sets;
  }

  int digits(int window) {
    return table[window * stride];
  }

  int longestAlnumRun(int window) {
    return table[window * stride + 1];
  }

  int longestDigitRun(int window, int set) {
    return table[window * stride + FIXED + set];
  }

  /** The facts of every window of {@code windows} (start, end pairs) of {@code text}. */
  static WindowFacts compute(String text, int[] windows) {
    long[] masks = sepMask;
    int sets;
    synchronized (WindowFacts.class) {
      sets = SETS.size();
    }
    int stride = FIXED + sets;
    int count = windows.length / 2;
    int[] table = new int[count * stride];
    int[] start = new int[sets];
    int[] best = new int[sets];
    long all = sets == 64 ? -1L : (1L << sets) - 1;
    for (int w = 0; w < count; w++) {
      int from = windows[2 * w];
      int to = windows[2 * w + 1];
      java.util.Arrays.fill(start, 0);
      java.util.Arrays.fill(best, 0);
      int digits = 0;
      int alnum = 0;
      int bestAlnum = 0;
      long active = 0; // sets whose current run holds a digit
      long sep = 0; // sets whose last char was a separator after a digit
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
          digits++;
          active = all;
          sep = 0;
          alnum++;
        } else {
          if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            alnum++;
          } else {
            if (alnum > bestAlnum) {
              bestAlnum = alnum;
            }
            alnum = 0;
          }
          if (active != 0) {
            long cont = active & ~sep & (c < 128 ? masks[c] : 0L);
            long ended = active & ~cont;
            sep |= cont;
            if (ended != 0) {
              active &= ~ended;
              sep &= ~ended;
              for (long b = ended; b != 0; b &= b - 1) {
                int s = Long.numberOfTrailingZeros(b);
                best[s] = Math.max(best[s], digits - start[s]);
                start[s] = digits;
              }
            }
          }
        }
      }
      for (long b = active; b != 0; b &= b - 1) {
        int s = Long.numberOfTrailingZeros(b);
        best[s] = Math.max(best[s], digits - start[s]);
      }
      int base = w * stride;
      table[base] = digits;
      table[base + 1] = Math.max(bestAlnum, alnum);
      System.arraycopy(best, 0, table, base + FIXED, sets);
    }
    return new WindowFacts(sets, table);
  }
}
