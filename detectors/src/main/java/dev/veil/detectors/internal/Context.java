package dev.veil.detectors.internal;

/**
 * Looks for context words near a match: the words in a window before (and a shorter one after)
 * the match, compared case-insensitively as whole words or phrases, and, for a match inside a
 * Markdown table, the header of its column. Reads the text in place (no copies), so the cost per
 * match is bounded by the window size times the number of words, whatever the text length.
 */
public final class Context {
  /** Characters before a match searched for context words. */
  public static final int BEFORE = 60;
  /** Characters after a match searched for context words. */
  public static final int AFTER = 25;

  private Context() {}

  /** True if any of {@code words} (lower case) appears near {@code [start, end)} in {@code text}. */
  public static boolean near(String text, int start, int end, String... words) {
    return within(text, Math.max(0, start - BEFORE), start, words)
        || within(text, end, Math.min(text.length(), end + AFTER), words)
        || MarkdownTables.headerHas(text, start, words);
  }

  /**
   * True if any of {@code words} ends at most {@code distance} characters before {@code start}
   * (a label such as "MRN:" that introduces the value), or is the value's table column header.
   */
  public static boolean labelBefore(String text, int start, int distance, String... words) {
    return within(text, Math.max(0, start - distance), start, words)
        || MarkdownTables.headerHas(text, start, words);
  }

  /** True if one of {@code words} occurs as a whole word fully inside {@code [from, to)}. */
  public static boolean within(String text, int from, int to, String... words) {
    // One pass over the range instead of one per word: an ASCII char can start a word only if it
    // is the word's first char or its upper-case form (the per-word test below, c == first ||
    // toLowerCase(c) == first, allows nothing else for ASCII c), so the other ASCII chars are
    // skipped by a bit test; any other char gets the per-word test.
    long lo = 0;
    long hi = 0;
    int shortest = Integer.MAX_VALUE;
    for (String w : words) {
      int wl = w.length();
      if (wl == 0) {
        continue;
      }
      shortest = Math.min(shortest, wl);
      char f = w.charAt(0);
      if (f < 128) {
        lo |= f < 64 ? 1L << f : 0;
        hi |= f >= 64 ? 1L << (f - 64) : 0;
        if (f >= 'a' && f <= 'z') {
          hi |= 1L << (f - 32 - 64);
        }
      }
    }
    if (shortest == Integer.MAX_VALUE) {
      return false;
    }
    for (int i = from; i + shortest <= to; i++) {
      char c = text.charAt(i);
      if (c < 128 && ((c < 64 ? lo >>> c : hi >>> (c - 64)) & 1L) == 0) {
        continue;
      }
      // the left half of isDelimited, which every hit needs: no word starts inside a word
      if (i > 0 && isLetterOrDigit(c) && isLetterOrDigit(text.charAt(i - 1))) {
        continue;
      }
      char lower = Character.toLowerCase(c);
      for (String w : words) {
        int wl = w.length();
        if (wl == 0 || i + wl > to) {
          continue;
        }
        char first = w.charAt(0);
        if ((c == first || lower == first)
            && text.regionMatches(true, i, w, 0, wl) && isDelimited(text, i, i + wl)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isLetterOrDigit(char c) {
    return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        : Character.isLetterOrDigit(c);
  }

  /** True if {@code word} occurs in {@code hay} not glued to other letters or digits. */
  public static boolean containsWord(String hay, String word) {
    return within(hay, 0, hay.length(), word);
  }

  /** True if the character before {@code start} and at {@code end} are not letters or digits. */
  public static boolean isDelimited(String text, int start, int end) {
    boolean left = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))
        || !Character.isLetterOrDigit(text.charAt(start));
    boolean right = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
        || !Character.isLetterOrDigit(text.charAt(end - 1));
    return left && right;
  }

  /** Digits of {@code s} only. */
  public static String digitsOf(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Upper-cased letters and digits of {@code s} only. */
  public static String alnumUpper(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
        b.append(c);
      } else if (c >= 'a' && c <= 'z') {
        b.append((char) (c - 32));
      }
    }
    return b.toString();
  }

  /** True if the value at {@code [start, end)} is glued to a longer run of digits and separators. */
  public static boolean insideLongerNumber(String text, int start, int end) {
    if (start >= 2 && isNumberJoiner(text.charAt(start - 1)) && Character.isDigit(text.charAt(start - 2))) {
      return true;
    }
    return end + 1 < text.length() && isNumberJoiner(text.charAt(end)) && Character.isDigit(text.charAt(end + 1));
  }

  private static boolean isNumberJoiner(char c) {
    return c == '-' || c == '.' || c == '/' || c == ',';
  }
}
