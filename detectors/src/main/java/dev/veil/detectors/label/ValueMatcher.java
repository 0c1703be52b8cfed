package dev.veil.detectors.label;

/**
 * Hand-written matchers for the value patterns of the label detectors, which are searched in a few
 * short runs per text (see {@link ValueWindows}), where RE2/J's set-up per search costs more than
 * the search. Each finds the matches RE2/J finds for its pattern in a window (leftmost start, then
 * the alternative a backtracking engine tries first, the next search from the end of the match;
 * {@code \b} on ASCII word chars, nothing outside the window seen), as the property tests check
 * against the pattern. Not public API; immutable and thread-safe.
 */
public abstract class ValueMatcher {
  private final String regex;

  private ValueMatcher(String regex) {
    this.regex = regex;
  }

  /** The RE2/J pattern this matcher stands for. */
  public final String regex() {
    return regex;
  }

  /**
   * {@code \b[A-Za-z0-9]{min,max}\b}.
   */
  public static ValueMatcher alnum(int min, int max) {
    return new Alnum(min, max);
  }

  /**
   * {@code \b[A-Za-z0-9][A-Za-z0-9-]{min,max}[A-Za-z0-9]\b}.
   */
  public static ValueMatcher framed(int min, int max) {
    return new Framed(min, max);
  }

  /**
   * {@code \b[A-Za-z]{0,letters}-?\d[\d-]{min,max}[A-Za-z0-9]?\b} when {@code dash}, else {@code
   * \b[A-Za-z]{0,letters}\d[\d-]{min,max}\d\b}.
   */
  public static ValueMatcher numbered(int letters, boolean dash, int min, int max) {
    return new Numbered(letters, dash, min, max);
  }

  /**
   * End of the match that starts at {@code s}, or -1; {@code from <= s < to}, the window {@code
   * [from, to)} of {@code cs}.
   */
  abstract int matchAt(char[] cs, int s, int from, int to);

  /**
   * Start and end of the first match in {@code [pos, to)} of the window {@code [from, to)} (packed
   * as {@code start << 32 | end}), or -1.
   */
  public final long find(char[] cs, int from, int pos, int to) {
    for (int s = pos; s < to; s++) {
      if (boundary(cs, from, to, s)) {
        int e = matchAt(cs, s, from, to);
        if (e >= 0) {
          return (long) s << 32 | e;
        }
      }
    }
    return -1;
  }

  static boolean isWordChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  static boolean isAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** RE2's {@code \b} at {@code i} of the window {@code [from, to)}. */
  static boolean boundary(char[] cs, int from, int to, int i) {
    boolean before = i > from && isWordChar(cs[i - 1]);
    boolean after = i < to && isWordChar(cs[i]);
    return before != after;
  }

  /** Length of the run of chars from {@code i} that {@code alnumDash} (or digits-and-dash) allows, at most {@code cap}. */
  private static int run(char[] cs, int i, int to, int cap, boolean lettersToo) {
    int n = 0;
    while (i + n < to && n < cap) {
      char c = cs[i + n];
      if (!(isDigit(c) || c == '-' || (lettersToo && isLetter(c)))) {
        break;
      }
      n++;
    }
    return n;
  }

  private static final class Alnum extends ValueMatcher {
    private final int min;
    private final int max;

    Alnum(int min, int max) {
      super("\\b[A-Za-z0-9]{" + min + "," + max + "}\\b");
      this.min = min;
      this.max = max;
    }

    @Override
    int matchAt(char[] cs, int s, int from, int to) {
      int n = 0;
      while (s + n < to && n <= max && isAlnum(cs[s + n])) {
        n++;
      }
      // greedy from max down: only the whole run can end at a boundary (inside it, two word chars)
      for (int len = Math.min(n, max); len >= min; len--) {
        if (boundary(cs, from, to, s + len)) {
          return s + len;
        }
      }
      return -1;
    }
  }

  private static final class Framed extends ValueMatcher {
    private final int min;
    private final int max;

    Framed(int min, int max) {
      super("\\b[A-Za-z0-9][A-Za-z0-9-]{" + min + "," + max + "}[A-Za-z0-9]\\b");
      this.min = min;
      this.max = max;
    }

    @Override
    int matchAt(char[] cs, int s, int from, int to) {
      if (!isAlnum(cs[s])) {
        return -1;
      }
      int middle = run(cs, s + 1, to, max + 1, true); // the middle and the last char are in it
      for (int c = Math.min(max, middle - 1); c >= min; c--) {
        int last = s + 1 + c;
        if (isAlnum(cs[last]) && boundary(cs, from, to, last + 1)) {
          return last + 1;
        }
      }
      return -1;
    }
  }

  private static final class Numbered extends ValueMatcher {
    private final int letters;
    private final boolean dash;
    private final int min;
    private final int max;

    Numbered(int letters, boolean dash, int min, int max) {
      super(dash ? "\\b[A-Za-z]{0," + letters + "}-?\\d[\\d-]{" + min + "," + max + "}[A-Za-z0-9]?\\b"
          : "\\b[A-Za-z]{0," + letters + "}\\d[\\d-]{" + min + "," + max + "}\\d\\b");
      this.letters = letters;
      this.dash = dash;
      this.min = min;
      this.max = max;
    }

    @Override
    int matchAt(char[] cs, int s, int from, int to) {
      int l = 0;
      while (l < letters && s + l < to && isLetter(cs[s + l])) {
        l++;
      }
      for (; l >= 0; l--) {
        int p = s + l;
        if (dash && p < to && cs[p] == '-') {
          int e = afterDash(cs, p + 1, from, to);
          if (e >= 0) {
            return e;
          }
        }
        int e = afterDash(cs, p, from, to);
        if (e >= 0) {
          return e;
        }
      }
      return -1;
    }

    /** The rest of the pattern from the first digit at {@code q}. */
    private int afterDash(char[] cs, int q, int from, int to) {
      if (q >= to || !isDigit(cs[q])) {
        return -1;
      }
      int d = run(cs, q + 1, to, max, false);
      for (int c = d; c >= min; c--) {
        int r = q + 1 + c;
        if (dash) {
          if (r < to && isAlnum(cs[r]) && boundary(cs, from, to, r + 1)) {
            return r + 1;
          }
          if (boundary(cs, from, to, r)) {
            return r;
          }
        } else if (r < to && isDigit(cs[r]) && boundary(cs, from, to, r + 1)) {
          return r + 1;
        }
      }
      return -1;
    }
  }
}
