package dev.veil.detectors.internal;

import java.util.Locale;

/**
 * Looks for context words near a match: the words in a window before (and a shorter one after)
 * the match, compared case-insensitively as whole words or phrases.
 */
public final class Context {
  /** Characters before a match searched for context words. */
  public static final int BEFORE = 60;
  /** Characters after a match searched for context words. */
  public static final int AFTER = 25;

  private Context() {}

  /** True if any of {@code words} (lower case) appears near {@code [start, end)} in {@code text}. */
  public static boolean near(String text, int start, int end, String... words) {
    int from = Math.max(0, start - BEFORE);
    int to = Math.min(text.length(), end + AFTER);
    String before = text.substring(from, start).toLowerCase(Locale.ROOT);
    String after = text.substring(end, to).toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (containsWord(before, w) || containsWord(after, w)) {
        return true;
      }
    }
    return false;
  }

  /** True if {@code word} occurs in {@code hay} not glued to other letters or digits. */
  public static boolean containsWord(String hay, String word) {
    int i = hay.indexOf(word);
    while (i >= 0) {
      boolean leftOk = i == 0 || !Character.isLetterOrDigit(hay.charAt(i - 1));
      int j = i + word.length();
      boolean rightOk = j >= hay.length() || !Character.isLetterOrDigit(hay.charAt(j));
      if (leftOk && rightOk) {
        return true;
      }
      i = hay.indexOf(word, i + 1);
    }
    return false;
  }

  /** True if the character before {@code start} and at {@code end} are not letters or digits. */
  public static boolean isDelimited(String text, int start, int end) {
    boolean left = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
    boolean right = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
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

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
