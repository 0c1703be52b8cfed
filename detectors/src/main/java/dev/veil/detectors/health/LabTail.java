package dev.veil.detectors.health;

/**
 * What {@link ClinicalPatterns#LAB_TAIL} and {@link ClinicalPatterns#RATIO_TAIL} match, without
 * running RE2/J: a backtracking matcher that follows the two patterns part by part and tries the
 * alternatives of each part in the pattern's order, so it ends where RE2/J's leftmost-first
 * {@code lookingAt} ends. RE2/J's NFA costs several microseconds per lab value; this costs a few
 * dozen char comparisons. Its input is bounded by the caller's window (90 chars), so backtracking
 * stays small. Tested against the two RE2/J patterns (which remain the specification).
 *
 * <p>Case-insensitive as RE2's {@code (?i)}: ASCII letters in both cases, plus the Unicode chars
 * RE2 folds onto them ({@code ſ} with s, the Kelvin sign with k) and the micro sign with Greek mu.
 * {@code \s} is {@code [\t\n\f\r ]}, {@code \d} is {@code [0-9]}, {@code \b} and the final
 * delimiter are ASCII, and the window's end counts as the text's end, as it does for RE2/J on the
 * window. Stateless and thread-safe.
 */
final class LabTail {
  private LabTail() {}

  private static final String[] QUALIFIERS_LITERAL = {"-c", "s"};
  private static final String[] FILLERS = {"level", "value", "result", "count", "was", "is", "of",
      "=", ":", "at", "now", "today", "about", "~"};
  /** The units in the pattern's order; {@code µ} stands for {@code [µu]}, {@code _} for {@code \s?}. */
  private static final String[] UNITS = {"%", "mmol/mol", "mmol/l", "mg/dl", null /* ml/min... */,
      "g/dl", "g/l", "mg/l", "µmol/l", "umol/l", "miu/l", "mu/l", "µiu/ml", "ng/ml", "ng/l",
      "pg/ml", "u/l", "iu/l", "meq/l", "mmhg", "x_10^9/l", "x_10^12/l", "k/µl", "/µl", "/mm3",
      "copies/ml", "cells/mm3", "bpm", "kg/m2", "kg/m²"};
  private static final String[] RATIO_FILLERS = {"of", "was", "is", "=", ":"};

  /** End of the LAB_TAIL match at {@code from} in {@code t[from, to)}, or -1. */
  static int lab(CharSequence t, int from, int to) {
    W w = new W(t, to);
    // (?:-c|s|\s[it]\b|\s+count|uration|\s+levels?)?
    for (String q : QUALIFIERS_LITERAL) {
      int e = w.literal(from, q);
      if (e >= 0 && (e = fillers(w, e)) >= 0) {
        return e;
      }
    }
    if (w.space(from) && from + 1 < to && (w.ci(t.charAt(from + 1), 'i') || w.ci(t.charAt(from + 1), 't'))
        && w.boundaryAfterWordChar(from + 2)) {
      int e = fillers(w, from + 2);
      if (e >= 0) {
        return e;
      }
    }
    int sp = w.spaces(from);
    if (sp > from) {
      // \s+count: greedy \s+, and "count" cannot start with a space, so only all the spaces work
      int e = w.literal(sp, "count");
      if (e >= 0 && (e = fillers(w, e)) >= 0) {
        return e;
      }
    }
    int e = w.literal(from, "uration");
    if (e >= 0 && (e = fillers(w, e)) >= 0) {
      return e;
    }
    if (sp > from) {
      e = w.literal(sp, "level");
      if (e >= 0) {
        int s = w.literal(e, "s");
        if (s >= 0 && (s = fillers(w, s)) >= 0) {
          return s;
        }
        if ((e = fillers(w, e)) >= 0) {
          return e;
        }
      }
    }
    return fillers(w, from);
  }

  /** {@code (?:\s*(?:level|value|...))*} greedy, then the rest. */
  private static int fillers(W w, int p) {
    int sp = w.spaces(p);
    for (String f : FILLERS) {
      int e = w.literal(sp, f);
      if (e >= 0) {
        int r = fillers(w, e);
        if (r >= 0) {
          return r;
        }
        break; // no two fillers match at one place
      }
    }
    return value(w, p);
  }

  /** {@code \s*[<>≤≥]?\s*\d{1,4}(?:[.,]\d{1,2})?(?:\s*\/\s*\d{1,3})?\s*(?:units)(?:[^A-Za-z0-9]|$)}. */
  private static int value(W w, int p) {
    int sp = w.spaces(p);
    if (sp < w.to && "<>≤≥".indexOf(w.t.charAt(sp)) >= 0) {
      int r = number(w, w.spaces(sp + 1));
      if (r >= 0) {
        return r;
      }
    }
    return number(w, sp);
  }

  private static int number(W w, int p) {
    int d = w.digits(p, 4);
    for (int k = d; k >= 1; k--) {
      int r = decimal(w, p + k);
      if (r >= 0) {
        return r;
      }
    }
    return -1;
  }

  private static int decimal(W w, int p) {
    if (p < w.to && (w.t.charAt(p) == '.' || w.t.charAt(p) == ',')) {
      int d = w.digits(p + 1, 2);
      for (int k = d; k >= 1; k--) {
        int r = fraction(w, p + 1 + k);
        if (r >= 0) {
          return r;
        }
      }
    }
    return fraction(w, p);
  }

  private static int fraction(W w, int p) {
    int slash = w.spaces(p);
    if (slash < w.to && w.t.charAt(slash) == '/') {
      int q = w.spaces(slash + 1);
      int d = w.digits(q, 3);
      for (int k = d; k >= 1; k--) {
        int r = unit(w, w.spaces(q + k));
        if (r >= 0) {
          return r;
        }
      }
    }
    return unit(w, w.spaces(p));
  }

  /** The units in order, each followed by the delimiter. */
  private static int unit(W w, int p) {
    for (String u : UNITS) {
      if (u == null) {
        // ml/min(?:/1[.,]73\s?m(?:2|²))?
        int e = w.literal(p, "ml/min");
        if (e < 0) {
          continue;
        }
        int x = w.literal(e, "/1");
        if (x >= 0 && x < w.to && (w.t.charAt(x) == '.' || w.t.charAt(x) == ',')) {
          int y = w.literal(x + 1, "73");
          if (y >= 0) {
            int r = afterSquareMetre(w, y + 1 <= w.to && w.space(y) ? y + 1 : -1);
            if (r >= 0) {
              return r;
            }
            r = afterSquareMetre(w, y);
            if (r >= 0) {
              return r;
            }
          }
        }
        int r = w.delimiter(e);
        if (r >= 0) {
          return r;
        }
        continue;
      }
      int r = unitLiteral(w, p, u, 0);
      if (r >= 0) {
        return r;
      }
    }
    return -1;
  }

  /** {@code m(?:2|²)} then the delimiter, at {@code p} (-1: none). */
  private static int afterSquareMetre(W w, int p) {
    if (p < 0) {
      return -1;
    }
    int m = w.literal(p, "m");
    if (m < 0 || m >= w.to) {
      return -1;
    }
    char c = w.t.charAt(m);
    if (c == '2' || c == '²') {
      return w.delimiter(m + 1);
    }
    return -1;
  }

  /** A unit from {@link #UNITS} from its char {@code k} on, at {@code p}, then the delimiter. */
  private static int unitLiteral(W w, int p, String u, int k) {
    while (k < u.length()) {
      char c = u.charAt(k);
      if (c == '_') {
        // \s? greedy: with the space first, then without
        if (w.space(p)) {
          int r = unitLiteral(w, p + 1, u, k + 1);
          if (r >= 0) {
            return r;
          }
        }
        k++;
        continue;
      }
      if (c == '^') {
        // \^? greedy
        if (p < w.to && w.t.charAt(p) == '^') {
          int r = unitLiteral(w, p + 1, u, k + 1);
          if (r >= 0) {
            return r;
          }
        }
        k++;
        continue;
      }
      if (p >= w.to) {
        return -1;
      }
      char t = w.t.charAt(p);
      boolean ok = c == 'µ' ? w.micro(t) || w.ci(t, 'u') : w.ci(t, c);
      if (!ok) {
        return -1;
      }
      p++;
      k++;
    }
    return w.delimiter(p);
  }

  /** End of the RATIO_TAIL match at {@code from}, or -1. */
  static int ratio(CharSequence t, int from, int to) {
    W w = new W(t, to);
    int sp = w.spaces(from);
    for (String f : RATIO_FILLERS) {
      int e = w.literal(sp, f);
      if (e >= 0) {
        int r = ratioValue(w, w.spaces(e));
        if (r >= 0) {
          return r;
        }
        break;
      }
    }
    return ratioValue(w, w.spaces(sp));
  }

  /** {@code \d(?:[.,]\d{1,2})?(?:[^0-9A-Za-z]|$)}. */
  private static int ratioValue(W w, int p) {
    if (w.digits(p, 1) == 0) {
      return -1;
    }
    p++;
    if (p < w.to && (w.t.charAt(p) == '.' || w.t.charAt(p) == ',')) {
      int d = w.digits(p + 1, 2);
      for (int k = d; k >= 1; k--) {
        int r = w.delimiter(p + 1 + k);
        if (r >= 0) {
          return r;
        }
      }
    }
    return w.delimiter(p);
  }

  /** The text and the window's end, with RE2's char classes. */
  private record W(CharSequence t, int to) {
    boolean space(int p) {
      if (p >= to) {
        return false;
      }
      char c = t.charAt(p);
      return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** End of the run of spaces at {@code p} (greedy {@code \s*}). */
    int spaces(int p) {
      while (space(p)) {
        p++;
      }
      return p;
    }

    /** Number of ASCII digits at {@code p}, at most {@code max}. */
    int digits(int p, int max) {
      int k = 0;
      while (k < max && p + k < to && t.charAt(p + k) >= '0' && t.charAt(p + k) <= '9') {
        k++;
      }
      return k;
    }

    /** End of {@code lit} (lower case) at {@code p}, case-insensitively, or -1. */
    int literal(int p, String lit) {
      if (p < 0 || p + lit.length() > to) {
        return -1;
      }
      for (int k = 0; k < lit.length(); k++) {
        if (!ci(t.charAt(p + k), lit.charAt(k))) {
          return -1;
        }
      }
      return p + lit.length();
    }

    /** Whether text char {@code c} matches pattern char {@code p} under RE2's {@code (?i)}. */
    boolean ci(char c, char p) {
      if (c == p) {
        return true;
      }
      if (p >= 'a' && p <= 'z') {
        return c == p - 32 || p == 's' && c == '\u017f' || p == 'k' && c == '\u212a';
      }
      return false;
    }

    /** The micro sign and the Greek mu in both cases: one case-folding orbit for RE2. */
    boolean micro(char c) {
      return c == '\u00b5' || c == '\u03bc' || c == '\u039c';
    }

    /** {@code (?:[^A-Za-z0-9]|$)} under {@code (?i)} at {@code p}: its end, or -1. */
    int delimiter(int p) {
      if (p == to) {
        return p;
      }
      char c = t.charAt(p);
      boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '\u017f' || c == '\u212a';
      if (alnum) {
        return -1;
      }
      // RE2/J reads code points: a surrogate pair is one char of the class
      return Character.isHighSurrogate(c) && p + 1 < to && Character.isLowSurrogate(t.charAt(p + 1))
          ? p + 2 : p + 1;
    }

    /** {@code \b} right after a word char: the next char is no ASCII word char, or the end. */
    boolean boundaryAfterWordChar(int p) {
      if (p >= to) {
        return true;
      }
      char c = t.charAt(p);
      return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_');
    }
  }
}
