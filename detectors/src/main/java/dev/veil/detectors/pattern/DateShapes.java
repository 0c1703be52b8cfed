package dev.veil.detectors.pattern;

import java.util.Arrays;
import java.util.Collection;

/**
 * Hand-written matchers for the two date patterns of {@link DateDetector}, with the matches RE2/J
 * gives for them (leftmost-first: alternatives and greedy quantifiers tried in the pattern's order)
 * but without running an automaton per char: the RE2/J calls were most of the date detector's
 * cost on text with many numbers. {@link DateDetector#NUMERIC} and {@link DateDetector#NAMED} stay
 * the reference; {@code DateShapesProperties} checks that both give the same matches, groups
 * included, on generated text.
 *
 * <p>Every method reads only {@code [from, to)} of the text, as the pattern does on a window: a
 * position outside it counts as no char for {@code \b}. Groups are written to {@code g} as absolute
 * start, end pairs ({@code g[2k]}, {@code g[2k + 1]} for group k), -1 when the group did not take
 * part. Stateless; thread-safe.
 */
final class DateShapes {
  /** The month names by first letter, in the order of the pattern's alternation (longest first). */
  private final char[][][] monthsByInitial = new char[26][][];

  DateShapes(Collection<String> monthsInPatternOrder) {
    for (char c = 'a'; c <= 'z'; c++) {
      final char f = c;
      monthsByInitial[c - 'a'] = monthsInPatternOrder.stream().filter(m -> m.charAt(0) == f)
          .map(String::toCharArray).toArray(char[][]::new);
    }
  }

  // ---- the numeric pattern ----------------------------------------------------------------

  /**
   * The numeric pattern tried anchored at {@code from} on {@code [from, to)} ({@code lookingAt} of
   * {@code ^(?:NUMERIC)}): the end of the match or -1. Groups 1-10 as in {@link DateDetector#NUMERIC}.
   */
  static int numericAt(String text, int from, int to, int[] g) {
    Arrays.fill(g, 0, 22, -1);
    int p = from;
    int d1 = digitRun(text, p, to);
    if (d1 == 0) {
      return -1; // \b then a digit: the start must be a digit
    }
    // 1-3: \b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b
    if (d1 == 4 && p + 4 < to && isSep(text.charAt(p + 4))) {
      int a = p + 5;
      int n2 = digitRun(text, a, to);
      if (n2 >= 1 && n2 <= 2 && a + n2 < to && isSep(text.charAt(a + n2))) {
        int b = a + n2 + 1;
        int n3 = digitRun(text, b, to);
        if (n3 >= 1 && n3 <= 2 && boundaryAfterWord(text, b + n3, to)) {
          set(g, 1, p, p + 4);
          set(g, 2, a, a + n2);
          set(g, 3, b, b + n3);
          return b + n3;
        }
      }
    }
    if (d1 > 2) {
      return -1;
    }
    // 4-8: \b(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4}|\d{2})\b
    int s1 = p + d1;
    if (s1 < to && isSep(text.charAt(s1))) {
      int a = s1 + 1;
      int n2 = digitRun(text, a, to);
      if (n2 >= 1 && n2 <= 2 && a + n2 < to && isSep(text.charAt(a + n2))) {
        int b = a + n2 + 1;
        int n3 = digitRun(text, b, to);
        // \d{4} first, then \d{2}; each needs \b after it, which within a digit run means the run ends there
        if (n3 == 4 || n3 == 2) {
          if (boundaryAfterWord(text, b + n3, to)) {
            set(g, 4, p, s1);
            set(g, 5, s1, s1 + 1);
            set(g, 6, a, a + n2);
            set(g, 7, a + n2, a + n2 + 1);
            set(g, 8, b, b + n3);
            return b + n3;
          }
        }
      }
    }
    // 9-10: \b(\d{1,2})/(\d{1,2})\b
    if (s1 < to && text.charAt(s1) == '/') {
      int a = s1 + 1;
      int n2 = digitRun(text, a, to);
      if (n2 >= 1 && n2 <= 2 && boundaryAfterWord(text, a + n2, to)) {
        set(g, 9, p, s1);
        set(g, 10, a, a + n2);
        return a + n2;
      }
    }
    return -1;
  }

  // ---- the named pattern ------------------------------------------------------------------

  /**
   * The next match of the named pattern in {@code [pos, to)} of the window {@code [from, to)} (as
   * {@code Matcher.find} from {@code pos}): its start, or -1; its end is {@code g[1]}. Groups 1-8 as
   * in {@link DateDetector#NAMED}.
   */
  int findNamed(String text, int from, int to, int pos, int[] g) {
    for (int p = pos; p < to; p++) {
      char c = text.charAt(p);
      boolean digit = c >= '0' && c <= '9';
      int initial = digit ? -1 : monthInitial(c);
      if (!digit && initial < 0) {
        continue;
      }
      boolean before = p > from && isWord(text.charAt(p - 1));
      if (before == isWord(c)) {
        continue; // no \b
      }
      Arrays.fill(g, 0, 18, -1);
      int end = digit ? dayFirst(text, to, p, g) : monthFirst(text, to, p, initial, g);
      if (end >= 0) {
        g[0] = p;
        g[1] = end;
        return p;
      }
    }
    return -1;
  }

  /** 1-3: {@code (\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s*(?:of\s+|de\s+)?(MONTH)\.?(?:,?\s+(?:de\s+)?(\d{4}))?\b}. */
  private int dayFirst(String text, int to, int p, int[] g) {
    int n = digitRun(text, p, to);
    if (n > 2) {
      return -1; // \d{1,2} then a digit, which nothing after it takes
    }
    int q = p + n;
    int suffix = suffix(text, q, to, true);
    // the suffix if there is one, then without it
    for (int pass = suffix > 0 ? 0 : 1; pass < 2; pass++) {
      int r = pass == 0 ? q + suffix : q;
      r = spaces(text, r, to); // \s*: what follows starts with no space, so only the longest run can match
      int of = ofOrDe(text, r, to);
      for (int pass2 = of > r ? 0 : 1; pass2 < 2; pass2++) {
        int u = pass2 == 0 ? of : r;
        int end = monthThenYear(text, to, u, g);
        if (end >= 0) {
          set(g, 1, p, q);
          return end;
        }
      }
    }
    return -1;
  }

  /** {@code (MONTH)\.?(?:,?\s+(?:de\s+)?(\d{4}))?\b} at {@code u}: groups 2 and 3. */
  private int monthThenYear(String text, int to, int u, int[] g) {
    if (u >= to) {
      return -1;
    }
    int initial = monthInitial(text.charAt(u));
    if (initial < 0) {
      return -1;
    }
    for (char[] month : monthsByInitial[initial]) {
      int v = matchFolded(text, u, to, month);
      if (v < 0) {
        continue;
      }
      for (int dot = v < to && text.charAt(v) == '.' ? 1 : 0; dot >= 0; dot--) {
        int w = v + dot;
        int y = year(text, to, w, true);
        if (y >= 0) {
          set(g, 2, u, v);
          set(g, 3, y - 4, y);
          return y;
        }
        if (boundary(text, to, w)) {
          set(g, 2, u, v);
          return w;
        }
      }
    }
    return -1;
  }

  /**
   * {@code ,?\s+(?:de\s+)?(\d{4})\b} at {@code w} (without the "de" for the month-first form): the
   * end of the year or -1.
   */
  private static int year(String text, int to, int w, boolean de) {
    int i = w;
    if (i < to && text.charAt(i) == ',') {
      i++; // without the comma, \s+ could not match a comma: only this path can succeed
    }
    int j = spaces(text, i, to);
    if (j == i) {
      return -1;
    }
    if (de) {
      int k = deSpaces(text, j, to);
      if (k > j && fourDigits(text, k, to)) {
        return k + 4;
      }
    }
    return fourDigits(text, j, to) ? j + 4 : -1;
  }

  /** {@code \d{4}\b} at {@code i}. */
  private static boolean fourDigits(String text, int i, int to) {
    return digitRun(text, i, to) == 4 && boundaryAfterWord(text, i + 4, to);
  }

  /**
   * 4-6: {@code (MONTH)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b}, then 7-8: {@code
   * (MONTH)\.?\s+(\d{4})\b}.
   */
  private int monthFirst(String text, int to, int p, int initial, int[] g) {
    char[][] months = monthsByInitial[initial];
    for (char[] month : months) {
      int v = matchFolded(text, p, to, month);
      if (v < 0) {
        continue;
      }
      for (int dot = v < to && text.charAt(v) == '.' ? 1 : 0; dot >= 0; dot--) {
        int w = v + dot;
        int d = spaces(text, w, to);
        if (d == w) {
          continue;
        }
        int n = digitRun(text, d, to);
        if (n < 1 || n > 2) {
          continue; // \d{1,2} then a digit, which nothing after it takes
        }
        int e = d + n;
        int suffix = suffix(text, e, to, false);
        for (int pass = suffix > 0 ? 0 : 1; pass < 2; pass++) {
          int x = pass == 0 ? e + suffix : e;
          int y = year(text, to, x, false);
          if (y >= 0) {
            set(g, 4, p, v);
            set(g, 5, d, e);
            set(g, 6, y - 4, y);
            return y;
          }
          if (boundary(text, to, x)) {
            set(g, 4, p, v);
            set(g, 5, d, e);
            return x;
          }
        }
      }
    }
    for (char[] month : months) {
      int v = matchFolded(text, p, to, month);
      if (v < 0) {
        continue;
      }
      for (int dot = v < to && text.charAt(v) == '.' ? 1 : 0; dot >= 0; dot--) {
        int w = v + dot;
        int d = spaces(text, w, to);
        if (d > w && fourDigits(text, d, to)) {
          set(g, 7, p, v);
          set(g, 8, d, d + 4);
          return d + 4;
        }
      }
    }
    return -1;
  }

  /**
   * Length of the ordinal suffix at {@code i}: {@code st|nd|rd|th|er|\.|º} after a day before the
   * month, {@code st|nd|rd|th} after a day after it (case-insensitive); 0 if none.
   */
  private static int suffix(String text, int i, int to, boolean dayFirst) {
    if (i >= to) {
      return 0;
    }
    char c = text.charAt(i);
    if (dayFirst && (c == '.' || c == 'º')) {
      return 1;
    }
    if (i + 1 >= to) {
      return 0;
    }
    char d = text.charAt(i + 1);
    if (fold(c, 's') && fold(d, 't') || fold(c, 'n') && fold(d, 'd') || fold(c, 'r') && fold(d, 'd')
        || fold(c, 't') && fold(d, 'h') || dayFirst && fold(c, 'e') && fold(d, 'r')) {
      return 2;
    }
    return 0;
  }

  /** {@code (?:of\s+|de\s+)} at {@code r}: the position after it, or {@code r} if it is not there. */
  private static int ofOrDe(String text, int r, int to) {
    if (r + 2 < to && fold(text.charAt(r), 'o') && fold(text.charAt(r + 1), 'f')) {
      int j = spaces(text, r + 2, to);
      return j > r + 2 ? j : r;
    }
    int j = deSpaces(text, r, to);
    return j > r ? j : r;
  }

  /** {@code de\s+} at {@code r} (case-insensitive): the position after it, or {@code r}. */
  private static int deSpaces(String text, int r, int to) {
    if (r + 2 < to && fold(text.charAt(r), 'd') && fold(text.charAt(r + 1), 'e')) {
      int j = spaces(text, r + 2, to);
      return j > r + 2 ? j : r;
    }
    return r;
  }

  /** The end of {@code month} (lower case) matched case-insensitively at {@code u}, or -1. */
  private static int matchFolded(String text, int u, int to, char[] month) {
    if (u + month.length > to) {
      return -1;
    }
    for (int k = 0; k < month.length; k++) {
      if (!fold(text.charAt(u + k), month[k])) {
        return -1;
      }
    }
    return u + month.length;
  }

  /**
   * True if {@code c} matches the lower-case month letter {@code m} under RE2's {@code (?i)}: the
   * letter, its capital, and for 's' and 'k' the long s (U+017F) and the Kelvin sign (U+212A),
   * which Unicode's simple case folding puts in the same orbit.
   */
  static boolean fold(char c, char m) {
    if (c == m) {
      return true;
    }
    if (m >= 'a' && m <= 'z') {
      return c == m - 32 || m == 's' && c == '\u017F' || m == 'k' && c == '\u212A';
    }
    return m >= 0xE0 && m <= 0xFE && m != 0xF7 && c == m - 32; // ä, é, û... and their capitals
  }

  /** The index of the month-name letter that {@code c} can be under case folding, or -1. */
  private int monthInitial(char c) {
    int i;
    if (c >= 'a' && c <= 'z') {
      i = c - 'a';
    } else if (c >= 'A' && c <= 'Z') {
      i = c - 'A';
    } else if (c == '\u017F') {
      i = 's' - 'a';
    } else if (c == '\u212A') {
      i = 'k' - 'a';
    } else {
      return -1;
    }
    return monthsByInitial[i].length == 0 ? -1 : i;
  }

  // ---- shared ----------------------------------------------------------------------------

  private static void set(int[] g, int group, int start, int end) {
    g[2 * group] = start;
    g[2 * group + 1] = end;
  }

  /** Number of ASCII digits from {@code i} (within {@code to}). */
  private static int digitRun(String text, int i, int to) {
    int j = i;
    while (j < to) {
      char c = text.charAt(j);
      if (c < '0' || c > '9') {
        break;
      }
      j++;
    }
    return j - i;
  }

  /** The end of the run of RE2 {@code \s} chars from {@code i}. */
  private static int spaces(String text, int i, int to) {
    int j = i;
    while (j < to && isSpace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  /** {@code \b} at {@code i} when the char before it is a word char: the char at {@code i} is none. */
  private static boolean boundaryAfterWord(String text, int i, int to) {
    return i >= to || !isWord(text.charAt(i));
  }

  /** RE2's ASCII {@code \b} at {@code i > from} of a window ending at {@code to}. */
  private static boolean boundary(String text, int to, int i) {
    boolean before = isWord(text.charAt(i - 1));
    boolean after = i < to && isWord(text.charAt(i));
    return before != after;
  }

  static boolean isWord(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
  }

  /** RE2's {@code \s}: {@code [\t\n\f\r ]}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  private static boolean isSep(char c) {
    return c == '/' || c == '.' || c == '-';
  }
}
