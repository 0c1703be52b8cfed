package dev.veil.detectors.pattern;

import dev.veil.detectors.internal.Scan;

/**
 * A hand-written matcher for the postal-code pattern of {@link ZipCodeDetector}, with the matches
 * RE2/J's {@code find} gives for it on a window (leftmost-first), but tried only where a match can
 * start: at the first digit of a digit run and at the one or two capitals before it. RE2/J's search
 * ran its automaton over every char of every window. {@link ZipCodeDetector#PATTERN} stays the
 * reference; {@code PostalShapesProperties} checks that both give the same matches and groups.
 *
 * <p>Reads only {@code [from, to)} of the text, as the pattern does on a window. Stateless.
 */
final class PostalShapes {
  private PostalShapes() {}

  /**
   * The first match in {@code [pos, to)} of the window {@code [from, to)}: its start, or -1. Its
   * end is {@code g[1]}, and {@code g[2k], g[2k + 1]} hold group k (1: US/five digits, 2: Dutch, 3:
   * UK), -1 for the groups that did not take part.
   */
  static int find(String text, Scan scan, int from, int to, int pos, int[] g) {
    int tried = pos - 1; // positions up to here are done
    for (int r = scan.firstDigitRunEndingAfter(pos), n = scan.digitRunCount(); r < n; r++) {
      int q = Math.max(from, scan.digitRunStart(r));
      if (q >= to) {
        return -1; // every form has a digit at or after its start
      }
      // the UK form starts with one or two capitals right before the digit; the others at the
      // digit, with at least four digits
      int first = Math.max(Math.max(q - 2, pos), tried + 1);
      int last = q - 1 >= from && isUpper(text.charAt(q - 1)) ? q - 1 : first - 1;
      if (Math.min(scan.digitRunEnd(r), to) - q >= 4) {
        last = q;
      }
      for (int p = first; p <= last; p++) {
        int end = at(text, from, to, p, g);
        if (end >= 0) {
          g[0] = p;
          g[1] = end;
          return p;
        }
      }
      tried = Math.max(tried, q);
    }
    return -1;
  }

  /** The pattern anchored at {@code p} of the window (with {@code \b} before {@code p} read in the window): its end, or -1. */
  static int at(String text, int from, int to, int p, int[] g) {
    g[2] = g[3] = g[4] = g[5] = g[6] = g[7] = -1;
    char c = text.charAt(p);
    if (p > from && isWord(text.charAt(p - 1))) {
      return -1; // no \b: every alternative starts with a word char
    }
    if (c >= '0' && c <= '9') {
      int run = digits(text, p, to);
      // \b(\d{5}(?:-\d{4})?)\b
      if (run >= 5) {
        int e = p + 5;
        if (run == 5 && e + 5 <= to && text.charAt(e) == '-' && digits(text, e + 1, to) == 4
            && boundaryAfter(text, e + 5, to)) {
          return group(g, 1, p, e + 5);
        }
        if (boundaryAfter(text, e, to)) {
          return group(g, 1, p, e);
        }
      }
      // \b(\d{4}\s?[A-Z]{2})\b: a fifth digit could be neither the space nor a capital
      if (run == 4) {
        int j = p + 4;
        if (j < to && isSpace(text.charAt(j)) && twoCapitals(text, j + 1, to)) {
          return group(g, 2, p, j + 3);
        }
        if (twoCapitals(text, j, to)) {
          return group(g, 2, p, j + 2);
        }
      }
      return -1;
    }
    // \b([A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\b
    if (!isUpper(c)) {
      return -1;
    }
    for (int letters = p + 1 < to && isUpper(text.charAt(p + 1)) ? 2 : 1; letters >= 1; letters--) {
      int q = p + letters;
      if (q >= to || !isDigit(text.charAt(q))) {
        continue;
      }
      int next = q + 1;
      boolean optional = next < to && (isUpper(text.charAt(next)) || isDigit(text.charAt(next)));
      for (int take = optional ? 1 : 0; take >= 0; take--) {
        int s = next + take;
        if (s + 3 < to && isSpace(text.charAt(s)) && isDigit(text.charAt(s + 1)) && twoCapitals(text, s + 2, to)) {
          return group(g, 3, p, s + 4);
        }
      }
    }
    return -1;
  }

  /** {@code [A-Z]{2}\b} at {@code i}. */
  private static boolean twoCapitals(String text, int i, int to) {
    return i + 1 < to && isUpper(text.charAt(i)) && isUpper(text.charAt(i + 1)) && boundaryAfter(text, i + 2, to);
  }

  private static int group(int[] g, int k, int start, int end) {
    g[2 * k] = start;
    g[2 * k + 1] = end;
    return end;
  }

  private static int digits(String text, int i, int to) {
    int j = i;
    while (j < to && isDigit(text.charAt(j))) {
      j++;
    }
    return j - i;
  }

  /** {@code \b} at {@code i} after a word char. */
  private static boolean boundaryAfter(String text, int i, int to) {
    return i >= to || !isWord(text.charAt(i));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isWord(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
  }

  /** RE2's {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }
}
