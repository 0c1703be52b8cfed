package dev.veil.detectors.pattern;

import com.google.re2j.Pattern;

/**
 * RE2/J's {@code \p{L}} and {@code [A-Z\p{Lu}]} for a hand-written matcher that must agree with a
 * pattern using them. RE2/J's Unicode tables are older than the JDK's ({@code Character.isLetter}
 * differs on about 30,000 code points), so the answer comes from RE2/J itself: ASCII by rule, any
 * other BMP char asked once and then cached, a supplementary code point asked every time (rare).
 * Thread-safe: the cache holds idempotent single-byte writes.
 */
final class Re2Classes {
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern UPPER = Pattern.compile("[A-Z\\p{Lu}]");
  /** Per BMP char: bit 0 set once known; bit 1 letter; bit 2 capital. */
  private static final byte[] CACHE = new byte[1 << 16];

  private Re2Classes() {}

  /** {@code \p{L}} for the code point. */
  static boolean isLetter(int cp) {
    if (cp < 128) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
    }
    return (bits(cp) & 2) != 0;
  }

  /** {@code [A-Z\p{Lu}]} for the code point. */
  static boolean isUpper(int cp) {
    if (cp < 128) {
      return cp >= 'A' && cp <= 'Z';
    }
    return (bits(cp) & 4) != 0;
  }

  private static int bits(int cp) {
    if (cp >= CACHE.length) {
      return ask(cp);
    }
    int b = CACHE[cp];
    if (b == 0) {
      b = ask(cp);
      CACHE[cp] = (byte) b;
    }
    return b;
  }

  private static int ask(int cp) {
    String s = new String(Character.toChars(cp));
    return 1 | (LETTER.matches(s) ? 2 : 0) | (UPPER.matches(s) ? 4 : 0);
  }
}
