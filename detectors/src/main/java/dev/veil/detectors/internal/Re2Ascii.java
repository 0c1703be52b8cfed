package dev.veil.detectors.internal;

/**
 * RE2's ASCII word chars and {@code \b}, for the hand-written matchers that must agree with an
 * RE2/J pattern (RE2's {@code \b} and {@code \w} are ASCII-only, unlike {@code Character}'s
 * letter tests). Not public API.
 */
public final class Re2Ascii {
  private Re2Ascii() {}

  /** {@code [0-9A-Za-z_]}: a char of RE2's {@code \w}. */
  public static boolean isWordChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  /** RE2's {@code \b} at {@code i} of the window {@code [from, to)}: the window's edges count as the text's. */
  public static boolean boundary(String text, int from, int to, int i) {
    boolean before = i > from && isWordChar(text.charAt(i - 1));
    boolean after = i < to && isWordChar(text.charAt(i));
    return before != after;
  }
}
