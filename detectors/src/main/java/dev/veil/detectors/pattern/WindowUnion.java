package dev.veil.detectors.pattern;

import java.util.Arrays;

/** The union of window lists (start, end pairs): sorted, overlapping or touching windows merged. */
final class WindowUnion {
  private WindowUnion() {}

  /** The first {@code k} ints of {@code raw} as windows, sorted and merged. */
  static int[] of(int[] raw, int k) {
    if (k == 0) {
      return new int[0];
    }
    long[] packed = new long[k / 2];
    for (int i = 0; i < k / 2; i++) {
      packed[i] = ((long) raw[2 * i] << 32) | raw[2 * i + 1];
    }
    Arrays.sort(packed);
    int[] out = new int[k];
    int m = 0;
    for (long p : packed) {
      int s = (int) (p >>> 32);
      int e = (int) p;
      if (m > 0 && s <= out[m - 1]) {
        out[m - 1] = Math.max(out[m - 1], e);
      } else {
        out[m++] = s;
        out[m++] = e;
      }
    }
    return Arrays.copyOf(out, m);
  }

  /** The union of two window lists. */
  static int[] of(int[] a, int[] b) {
    if (b.length == 0) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    int[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return of(all, all.length);
  }
}
