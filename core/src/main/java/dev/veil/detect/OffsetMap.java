package dev.veil.detect;

import java.util.Arrays;

/**
 * For each char {@code k} of a derived text, the range {@code [start(k), end(k))} of the text it
 * came from, stored as runs instead of two {@code int}s per char. A run covers chars {@code [at,
 * next run's at)} and maps char {@code at + j} to {@code [from + j * step, to + j * step)}: text
 * copied unchanged is one run of step 1 however long it is, an expansion (all chars from one
 * source range) is a run of step 0, a value spelled out with spaces ("5 3 6") a run of step 2. So a
 * text with a few rewrites costs a few runs, not 8 bytes per char; at worst (a change at every
 * char) a run per char, 16 bytes. Immutable once built; looking up a char is a binary search over
 * the runs.
 */
final class OffsetMap {
  /** Ints per run: at, from, to, step. */
  private static final int W = 4;

  private final int length;
  private final int runs;
  private final int[] r;

  private OffsetMap(int length, int runs, int[] r) {
    this.length = length;
    this.runs = runs;
    this.r = r;
  }

  /** Number of chars mapped. */
  int length() {
    return length;
  }

  /** Number of runs (for tests and the allocation notes). */
  int runs() {
    return runs;
  }

  int start(int k) {
    int b = run(k) * W;
    return r[b + 1] + (k - r[b]) * r[b + 3];
  }

  int end(int k) {
    int b = run(k) * W;
    return r[b + 2] + (k - r[b]) * r[b + 3];
  }

  /** Index of the run holding char {@code k}. */
  private int run(int k) {
    if (k < 0 || k >= length) {
      throw new IndexOutOfBoundsException("char " + k + " outside a map of length " + length);
    }
    int lo = 0;
    int hi = runs - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (r[mid * W] <= k) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * As {@link #run(int)}, trying run {@code hint} and the one after it first: lookups in order of
   * position, as composing maps makes them, then cost no search.
   */
  private int run(int k, int hint) {
    if (hint < runs && r[hint * W] <= k && k < length) {
      if (hint + 1 == runs || k < r[(hint + 1) * W]) {
        return hint;
      }
      if (hint + 2 == runs || k < r[(hint + 2) * W]) {
        return hint + 1;
      }
    }
    return run(k);
  }

  /** This map applied after {@code inner}, which produced the text this map's ranges point into. */
  OffsetMap over(OffsetMap inner) {
    Builder b = new Builder(Math.max(runs, inner.runs) + 4);
    int hintS = 0;
    int hintE = 0;
    for (int run = 0; run < runs; run++) {
      int base = run * W;
      int at = r[base];
      int next = run + 1 < runs ? r[base + W] : length;
      int from = r[base + 1];
      int to = r[base + 2];
      int step = r[base + 3];
      for (int k = at; k < next; k++) {
        int j = k - at;
        int s = from + j * step;
        int e = to + j * step - 1;
        hintS = inner.run(s, hintS);
        hintE = inner.run(e, hintE);
        int bs = hintS * W;
        int be = hintE * W;
        b.add(inner.r[bs + 1] + (s - inner.r[bs]) * inner.r[bs + 3],
            inner.r[be + 2] + (e - inner.r[be]) * inner.r[be + 3]);
      }
    }
    return b.build();
  }

  /** Collects the ranges of consecutive chars, extending the last run while the chars follow it. */
  static final class Builder {
    private int[] r;
    private int runs;
    private int length;

    Builder(int expectedRuns) {
      r = new int[Math.max(2, expectedRuns) * W];
    }

    /** The next char came from {@code [start, end)}. */
    void add(int start, int end) {
      if (runs > 0) {
        int b = (runs - 1) * W;
        int count = length - r[b];
        if (count == 1) {
          int step = start - r[b + 1];
          if (step >= 0 && end - r[b + 2] == step) {
            r[b + 3] = step;
            length++;
            return;
          }
        } else if (start == r[b + 1] + count * r[b + 3] && end == r[b + 2] + count * r[b + 3]) {
          length++;
          return;
        }
      }
      if ((runs + 1) * W > r.length) {
        r = Arrays.copyOf(r, r.length * 2);
      }
      int b = runs * W;
      r[b] = length;
      r[b + 1] = start;
      r[b + 2] = end;
      r[b + 3] = 0;
      runs++;
      length++;
    }

    /** The next {@code count} chars are copied from {@code from}, {@code from + 1}, ...: O(1) in a run. */
    void copy(int from, int count) {
      int k = 0;
      for (; k < count && k < 2; k++) {
        add(from + k, from + k + 1);
      }
      if (k < count) {
        int b = (runs - 1) * W;
        if (length - r[b] >= 2 && r[b + 3] == 1) {
          length += count - k; // the chars just added are this run's last, so the rest continue it
          return;
        }
        for (; k < count; k++) {
          add(from + k, from + k + 1);
        }
      }
    }

    int length() {
      return length;
    }

    OffsetMap build() {
      // trim only when much is unused: the map lives as long as the normalized text
      int[] runsArray = r.length > runs * W * 2 ? Arrays.copyOf(r, runs * W) : r;
      OffsetMap m = new OffsetMap(length, runs, runsArray);
      r = null; // one map per builder
      return m;
    }
  }
}
