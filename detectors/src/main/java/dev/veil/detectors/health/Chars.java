package dev.veil.detectors.health;

/**
 * {@link Character#isLetter(char)} and {@link Character#isLetterOrDigit(char)} with the answer for
 * ASCII computed inline: the per-char loops of this package run them on every char of a text, and
 * most chars are ASCII. Same results as the {@link Character} methods for every char.
 */
final class Chars {
  private Chars() {}

  static boolean isLetter(char c) {
    if (c < 128) {
      return (char) ((c | 0x20) - 'a') < 26;
    }
    return Character.isLetter(c);
  }

  static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return (char) ((c | 0x20) - 'a') < 26 || (char) (c - '0') < 10;
    }
    return Character.isLetterOrDigit(c);
  }
}
