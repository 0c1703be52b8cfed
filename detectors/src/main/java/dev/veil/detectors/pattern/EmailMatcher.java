package dev.veil.detectors.pattern;

import dev.veil.detectors.internal.WindowMatcher;

/**
 * {@link EmailDetector}'s regex, {@code ATOM+(?:\.ATOM+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}},
 * matched by hand in one forward pass: the same matches as RE2/J on any window (property-tested,
 * {@code EmailMatcherProperties}), in time linear in the window.
 *
 * <p>Why a pass is enough: the local part's atoms exclude '.' and '@', so from a start it is the
 * run of atoms and single dots up to an '@', or nothing. A domain label excludes '.', so each
 * iteration of the label loop is the chars up to the next '.' (1 to 63 of them, letters, digits and
 * inner hyphens), or the loop stops; with m labels taken, RE2's preference tries the top-level
 * domain (2 to 24 letters, as many as there are) after the m-th dot, then after the (m-1)-th, down
 * to the first. A start that fails fails for every later start up to where its scan stopped (the
 * same suffix is read), so the search resumes there.
 */
final class EmailMatcher implements WindowMatcher {
  static final EmailMatcher INSTANCE = new EmailMatcher();
  private static final int MAX_LABEL = 63;
  private static final int MAX_TLD = 24;
  private static final long ATOM_LO = mask(0);
  private static final long ATOM_HI = mask(64);

  private EmailMatcher() {}

  private static long mask(int base) {
    long m = 0;
    for (int c = base; c < base + 64; c++) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0) {
        m |= 1L << (c - base);
      }
    }
    return m;
  }

  static boolean isAtom(char c) {
    return c < 64 ? (ATOM_LO >>> c & 1L) != 0 : c < 128 && (ATOM_HI >>> (c - 64) & 1L) != 0;
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  @Override
  public long find(String t, int from, int to, int start) {
    int i = start;
    while (i < to) {
      // a start right after an atom char would have been part of a longer local part, which failed
      if (!isAtom(t.charAt(i)) || i > start && isAtom(t.charAt(i - 1))) {
        i++;
        continue;
      }
      int j = i;
      while (true) { // at the start of an atom run
        while (j < to && isAtom(t.charAt(j))) {
          j++;
        }
        if (j < to && t.charAt(j) == '.' && j + 1 < to && isAtom(t.charAt(j + 1))) {
          j++;
          continue;
        }
        break;
      }
      if (j >= to || t.charAt(j) != '@') {
        i = j + 1; // every start up to j reads the same chars and fails at j
        continue;
      }
      int end = domainEnd(t, j + 1, to);
      if (end >= 0) {
        return (long) i << 32 | end;
      }
      i = j + 1; // every start up to the '@' reaches the same domain
    }
    return -1;
  }

  /** The end of {@code (?:label\.)+[A-Za-z]{2,24}} from {@code p}, or -1. */
  private static int domainEnd(String t, int p, int to) {
    int q = p;
    int last = -1; // where the last label taken ends (its '.')
    while (q < to && isAlnum(t.charAt(q))) {
      int r = q + 1;
      while (r < to && r - q <= MAX_LABEL && (isAlnum(t.charAt(r)) || t.charAt(r) == '-')) {
        r++;
      }
      if (r - q > MAX_LABEL || r >= to || t.charAt(r) != '.' || !isAlnum(t.charAt(r - 1))) {
        break;
      }
      last = r;
      q = r + 1;
    }
    // the top-level domain after the last dot taken, else after the one before, down to the first
    for (int d = last; d >= p; d--) {
      if (t.charAt(d) != '.') {
        continue;
      }
      int s = d + 1;
      int e = s;
      while (e < to && e - s < MAX_TLD && isLetter(t.charAt(e))) {
        e++;
      }
      if (e - s >= 2) {
        return e;
      }
    }
    return -1;
  }
}
