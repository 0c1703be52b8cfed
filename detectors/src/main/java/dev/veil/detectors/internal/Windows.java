package dev.veil.detectors.internal;

import java.util.Arrays;

/**
 * The parts of a text where a pattern can match, so that a detector runs its regex on a few short
 * windows instead of the whole text. Windows are sorted, disjoint and widened to whole
 * tokens (bounded), so a token is never cut at a window edge.
 */
public final class Windows {
  /** Longest digit cluster; longer runs are cut into several windows (no identifier is longer). */
  static final int MAX_CLUSTER = 128;
  private Windows() {}

  /**
   * Windows over the clusters of digit-holding tokens (tokens joined by at most three characters of
   * {@code " -./()+:,"} on one line, as in "536-22-8119" or "(212) 555-0143"), widened by {@code
   * left} and {@code right} characters and then to whole tokens. Tokens longer than {@link
   * Scan#MAX_TOKEN} are no identifier and are skipped.
   *
   * @return start, end pairs
   */
  public static int[] aroundDigits(String text, int left, int right) {
    return Scan.of(text).digitWindows(text, left, right).clone();
  }

  /** As {@link #aroundDigits}, but the array is shared with the scan's cache: do not modify it. */
  public static int[] aroundDigitsShared(String text, int left, int right) {
    return Scan.of(text).digitWindows(text, left, right);
  }

  static int[] computeAroundDigits(String text, Scan scan, int left, int right) {
    int count = scan.digitTokenCount();
    int[] out = new int[Math.min(2 * count + 2, 64)];
    int k = 0;
    int n = text.length();
    int t = 0;
    while (t < count) {
      int cs = scan.digitTokenStart(t);
      int ce = scan.digitTokenEnd(t);
      while (t + 1 < count && ce - cs < MAX_CLUSTER && joinable(text, ce, scan.digitTokenStart(t + 1))) {
        t++;
        ce = scan.digitTokenEnd(t);
      }
      t++;
      int s = toTokenStart(text, Math.max(0, cs - left));
      int e = toTokenEnd(text, Math.min(n, ce + right));
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

  private static boolean joinable(String text, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (" -./()+:,".indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code s} moved back to the start of the token it falls inside (at most {@link Scan#MAX_TOKEN} chars). */
  public static int toTokenStart(String text, int s) {
    int limit = Math.max(0, s - Scan.MAX_TOKEN);
    while (s > limit && Character.isLetterOrDigit(text.charAt(s - 1)) && s < text.length()
        && Character.isLetterOrDigit(text.charAt(s))) {
      s--;
    }
    return s;
  }

  /** {@code e} moved on to the end of the token it falls inside (at most {@link Scan#MAX_TOKEN} chars). */
  public static int toTokenEnd(String text, int e) {
    int limit = Math.min(text.length(), e + Scan.MAX_TOKEN);
    while (e < limit && e > 0 && Character.isLetterOrDigit(text.charAt(e)) && Character.isLetterOrDigit(text.charAt(e - 1))) {
      e++;
    }
    return e;
  }

  /**
   * True if one of the lower-case {@code words} occurs in {@code [from, to)} of the text: words of
   * up to three characters as whole words, longer ones anywhere (so "straße" is found in
   * "Hauptstraße" but "st" is not found in "history").
   */
  public static boolean windowHas(String text, int from, int to, String[] words) {
    String lower = Scan.of(text).lower();
    for (String w : words) {
      int wl = w.length();
      char c0 = w.charAt(0);
      for (int i = from; i + wl <= to; i++) {
        if (lower.charAt(i) == c0 && lower.startsWith(w, i) && (wl > 3 || Context.isDelimited(lower, i, i + wl))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Number of ASCII digits in {@code [from, to)}. */
  public static int digits(String text, int from, int to) {
    int d = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        d++;
      }
    }
    return d;
  }

  /**
   * Windows around every occurrence of the lower-case {@code words}, matched as by {@link
   * #windowHas} (short words whole, longer ones anywhere).
   */
  public static int[] aroundKeywords(String text, int left, int right, String... words) {
    String lower = Scan.of(text).lower();
    int n = text.length();
    int[] raw = new int[16];
    int k = 0;
    for (String w : words) {
      for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
        if (w.length() <= 3 && !Context.isDelimited(lower, i, i + w.length())) {
          continue;
        }
        if (k + 2 > raw.length) {
          raw = Arrays.copyOf(raw, raw.length * 2);
        }
        raw[k++] = toTokenStart(text, Math.max(0, i - left));
        raw[k++] = toTokenEnd(text, Math.min(n, i + w.length() + right));
      }
    }
    return union(raw, k);
  }

  /**
   * Windows around every occurrence of the {@code keywords}, matched as by {@link #windowHas}
   * (words of up to three characters whole, longer ones anywhere); from the text's shared keyword
   * pass (see {@link Keywords}).
   */
  public static int[] aroundKeywords(String text, int left, int right, Keywords keywords) {
    return around(text, left, right, keywords, true);
  }

  /** Windows around every occurrence of the {@code keywords} (substring match), from the shared keyword pass. */
  public static int[] aroundWords(String text, int left, int right, Keywords keywords) {
    return around(text, left, right, keywords, false);
  }

  private static int[] around(String text, int left, int right, Keywords keywords, boolean shortWhole) {
    Scan scan = Scan.of(text);
    int[] hits = scan.hits(keywords);
    if (hits.length == 0) {
      return hits;
    }
    String lower = scan.lower();
    int n = text.length();
    int[] raw = new int[hits.length];
    int k = 0;
    for (int h = 0; h + 1 < hits.length; h += 2) {
      int s = hits[h];
      int e = hits[h + 1];
      if (shortWhole && e - s <= 3 && !Context.isDelimited(lower, s, e)) {
        continue;
      }
      raw[k++] = toTokenStart(text, Math.max(0, s - left));
      raw[k++] = toTokenEnd(text, Math.min(n, e + right));
    }
    return union(raw, k);
  }

  /**
   * Windows that start {@code left} chars before each hit of {@code keywords} (widened to a whole
   * token) and end one char after the run of {@code runChars} that follows the hit (at most {@code
   * maxRight} chars after it): for a pattern that extends from its marker over a known alphabet,
   * such as a URL after "://" or a domain after '@'. The extra char keeps a trailing {@code \b}
   * decided by the real next char.
   *
   * @param runChars decides which chars continue the run
   */
  public static int[] aroundRuns(String text, int left, int maxRight, Keywords keywords,
      java.util.function.IntPredicate runChars) {
    int[] hits = Scan.of(text).hits(keywords);
    if (hits.length == 0) {
      return hits;
    }
    int n = text.length();
    int[] raw = new int[hits.length];
    int k = 0;
    for (int h = 0; h + 1 < hits.length; h += 2) {
      int e = hits[h + 1];
      int limit = Math.min(n, e + maxRight);
      int r = e;
      while (r < limit && runChars.test(text.charAt(r))) {
        r++;
      }
      raw[k++] = toTokenStart(text, Math.max(0, hits[h] - left));
      raw[k++] = toTokenEnd(text, Math.min(n, r + 1));
    }
    return union(raw, k);
  }

  /** Longest run of digits in {@code [from, to)} in which consecutive digits are at most one char of {@code separators} apart. */
  public static int longestDigitRun(String text, int from, int to, String separators) {
    int best = 0;
    int run = 0;
    boolean sep = false; // the previous char was a separator after a digit
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        run++;
        sep = false;
        if (run > best) {
          best = run;
        }
      } else if (run > 0 && !sep && separators.indexOf(c) >= 0) {
        sep = true;
      } else {
        run = 0;
        sep = false;
      }
    }
    return best;
  }

  /** Longest run of ASCII letters and digits in {@code [from, to)}. */
  public static int longestAlnumRun(String text, int from, int to) {
    int best = 0;
    int run = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        if (++run > best) {
          best = run;
        }
      } else {
        run = 0;
      }
    }
    return best;
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
        raw[k++] = toTokenStart(text, Math.max(0, i - left));
        raw[k++] = toTokenEnd(text, Math.min(n, i + w.length() + right));
      }
    }
    return union(raw, k);
  }

  /** The first {@code k} ints of {@code raw} as windows (start, end pairs), sorted and with overlapping or touching windows merged. */
  public static int[] union(int[] raw, int k) {
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
  public static int[] union(int[] a, int[] b) {
    if (b.length == 0) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    int[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return union(all, all.length);
  }
}
