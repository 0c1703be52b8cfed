package dev.veil.detectors.internal;

import java.util.Arrays;

/**
 * The parts of a text where a pattern can match, so that a detector runs its regex on a few short
 * windows instead of the whole text. Windows are sorted, disjoint and snapped outward to
 * whitespace (bounded), so a token is never cut at a window edge.
 */
public final class Windows {
  private static final int SNAP = 32;

  private Windows() {}

  /**
   * Windows of {@code left} characters before and {@code right} after every token that holds a
   * digit; tokens longer than {@link Scan#MAX_TOKEN} are no identifier and are skipped.
   *
   * @return start, end pairs
   */
  public static int[] aroundDigits(String text, int left, int right) {
    Scan scan = Scan.of(text);
    int count = scan.digitTokenCount();
    int[] out = new int[Math.min(2 * count, 64)];
    int k = 0;
    int n = text.length();
    for (int t = 0; t < count; t++) {
      int s = snapLeft(text, Math.max(0, scan.digitTokenStart(t) - left));
      int e = snapRight(text, Math.min(n, scan.digitTokenEnd(t) + right));
      if (k > 0 && s <= out[k - 1]) {
        out[k - 1] = Math.max(out[k - 1], e);
        continue;
      }
      if (k + 2 > out.length) {
        out = Arrays.copyOf(out, out.length * 2);
      }
      out[k++] = s;
      out[k++] = e;
    }
    return Arrays.copyOf(out, k);
  }

  /** Windows around every occurrence of the lower-case {@code words} (substring match). */
  public static int[] aroundWords(String text, int left, int right, String... words) {
    String lower = Scan.of(text).lower();
    int n = text.length();
    // collect occurrences as windows then merge
    int[] raw = new int[16];
    int k = 0;
    for (String w : words) {
      for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
        if (k + 2 > raw.length) {
          raw = Arrays.copyOf(raw, raw.length * 2);
        }
        raw[k++] = snapLeft(text, Math.max(0, i - left));
        raw[k++] = snapRight(text, Math.min(n, i + w.length() + right));
      }
    }
    return merge(raw, k);
  }

  private static int[] merge(int[] raw, int k) {
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

  private static int snapLeft(String text, int s) {
    int limit = Math.max(0, s - SNAP);
    while (s > limit && !Character.isWhitespace(text.charAt(s - 1))) {
      s--;
    }
    return s;
  }

  private static int snapRight(String text, int e) {
    int limit = Math.min(text.length(), e + SNAP);
    while (e < limit && !Character.isWhitespace(text.charAt(e))) {
      e++;
    }
    return e;
  }
}
