package dev.veil.detectors.pattern;

import dev.veil.detectors.internal.StreetTypes;
import java.util.List;

/**
 * A hand-written matcher for the first, English alternative of {@link StreetAddressDetector}'s
 * pattern ("1600 Pennsylvania Ave NW, Apt 4") where it starts with the house number, which is where
 * nearly every street address of English text starts: RE2/J's anchored try of the whole pattern cost
 * several microseconds per number. Alternatives are tried in order by that pattern, so where this
 * one matches RE2/J's match is this one; where it does not, the detector still asks RE2/J (which
 * then can only find the French form). {@code StreetShapesProperties} checks the combination
 * against RE2/J on generated text. Stateless.
 */
final class StreetShapes {
  private static final String[] TYPES = StreetTypes.ENGLISH.toArray(new String[0]);
  private static final String[] DIRECTIONS = {"N", "S", "E", "W", "NE", "NW", "SE", "SW"};
  private static final String[] UNITS = {"Apt", "Apartment", "Suite", "Ste", "Unit", "Flat", "Floor", "Fl", "Room",
      "Rm", "#"};

  private StreetShapes() {}

  /**
   * {@code \d{1,6}[A-Za-z]?\s+(?:NAME\s+){0,3}TYPE\b\.?(?:\s+DIRECTION\b)?(?:,?\s+UNIT\.?\s*#?[A-Za-z0-9-]+)?}
   * anchored at the digit at {@code c}, reading {@code [c, to)}: the end of the match, or -1.
   */
  static int englishAt(String text, int c, int to) {
    int i = digits(text, c, to);
    if (i == c || i - c > 6) {
      return -1; // a seventh digit could be neither the letter nor the space
    }
    if (i < to && isAsciiLetter(text.charAt(i))) {
      i++; // [A-Za-z]?: without it, \s+ would have to match the letter
    }
    int u = spaces(text, i, to);
    if (u == i) {
      return -1;
    }
    // (?:NAME\s+){0,3}: each name runs to the end of its chars, which must be followed by a space
    int[] starts = {u, -1, -1, -1};
    int names = 0;
    while (names < 3) {
      int e = name(text, starts[names], to);
      if (e < 0) {
        break;
      }
      int next = spaces(text, e, to);
      if (next == e) {
        break;
      }
      starts[++names] = next;
    }
    for (int k = names; k >= 0; k--) {
      int t = type(text, starts[k], to);
      if (t >= 0) {
        return trailing(text, t, to);
      }
    }
    return -1;
  }

  /** {@code \.?(?:\s+DIRECTION\b)?(?:,?\s+UNIT\.?\s*#?[A-Za-z0-9-]+)?}: optional, each taken when it matches. */
  private static int trailing(String text, int t, int to) {
    int i = t;
    if (i < to && text.charAt(i) == '.') {
      i++;
    }
    int j = spaces(text, i, to);
    if (j > i) {
      for (String d : DIRECTIONS) {
        if (literalThenBoundary(text, j, to, d)) {
          i = j + d.length();
          break;
        }
      }
    }
    int k = i < to && text.charAt(i) == ',' ? i + 1 : i;
    int m = spaces(text, k, to);
    if (m == k) {
      return i;
    }
    for (String unit : UNITS) {
      if (!startsWith(text, m, to, unit)) {
        continue;
      }
      int r = m + unit.length();
      if (r < to && text.charAt(r) == '.') {
        r++;
      }
      r = spaces(text, r, to);
      if (r < to && text.charAt(r) == '#') {
        r++;
      }
      int e = r;
      while (e < to && isUnitChar(text.charAt(e))) {
        e++;
      }
      if (e > r) {
        return e;
      }
    }
    return i;
  }

  /** The first street type, in the pattern's order, at {@code u} with {@code \b} after it: its end, or -1. */
  private static int type(String text, int u, int to) {
    if (u >= to) {
      return -1;
    }
    char c = text.charAt(u);
    if (c < 'A' || c > 'Z') {
      return -1;
    }
    for (String t : TYPES) {
      if (t.charAt(0) == c && literalThenBoundary(text, u, to, t)) {
        return u + t.length();
      }
    }
    return -1;
  }

  /** {@code [A-Z\p{Lu}][\p{L}'.-]*} at {@code p}: its end, or -1. */
  private static int name(String text, int p, int to) {
    if (p >= to) {
      return -1;
    }
    int cp = text.codePointAt(p);
    if (!Re2Classes.isUpper(cp) || p + Character.charCount(cp) > to) {
      return -1;
    }
    int i = p + Character.charCount(cp);
    while (i < to) {
      int x = text.codePointAt(i);
      int n = Character.charCount(x);
      if (i + n > to || !(x == '\'' || x == '.' || x == '-' || Re2Classes.isLetter(x))) {
        break;
      }
      i += n;
    }
    return i;
  }

  private static boolean literalThenBoundary(String text, int i, int to, String literal) {
    int e = i + literal.length();
    return startsWith(text, i, to, literal) && (e >= to || !isWord(text.charAt(e)));
  }

  private static boolean startsWith(String text, int i, int to, String literal) {
    return i + literal.length() <= to && text.startsWith(literal, i);
  }

  private static int digits(String text, int i, int to) {
    int j = i;
    while (j < to && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      j++;
    }
    return j;
  }

  /** The end of the run of RE2 {@code \s} chars from {@code i}. */
  static int spaces(String text, int i, int to) {
    int j = i;
    while (j < to && isSpace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isUnitChar(char c) {
    return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '-';
  }

  static boolean isWord(char c) {
    return c >= '0' && c <= '9' || isAsciiLetter(c) || c == '_';
  }

  static List<String> types() {
    return List.of(TYPES);
  }
}
