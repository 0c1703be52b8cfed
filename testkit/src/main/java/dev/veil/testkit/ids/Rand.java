package dev.veil.testkit.ids;

import java.util.List;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/** Small helpers over a caller-supplied generator, so every value is reproducible from a seed. */
final class Rand {
  private Rand() {}

  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String ALNUM_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  static String digits(RandomGenerator r, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    return sb.toString();
  }

  static String chars(RandomGenerator r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  static int between(RandomGenerator r, int lo, int hiInclusive) {
    return lo + r.nextInt(hiInclusive - lo + 1);
  }

  static String pad(int value, int width) {
    String s = Integer.toString(value);
    return "0".repeat(Math.max(0, width - s.length())) + s;
  }

  @SafeVarargs
  static <T> T pick(RandomGenerator r, T... options) {
    return options[r.nextInt(options.length)];
  }

  static <T> T pick(RandomGenerator r, List<T> options) {
    return options.get(r.nextInt(options.size()));
  }

  /**
   * Changes one decimal digit of {@code value} (never the first, which often carries a prefix) so
   * that {@code valid} no longer accepts it: the classic single-substitution typo a checksum exists
   * to catch.
   */
  static String changeOneDigit(RandomGenerator r, String value, Predicate<String> valid) {
    for (int attempt = 0; attempt < 200; attempt++) {
      int i = 1 + r.nextInt(value.length() - 1);
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        continue;
      }
      char d = (char) ('0' + (c - '0' + 1 + r.nextInt(9)) % 10);
      String candidate = value.substring(0, i) + d + value.substring(i + 1);
      if (!valid.test(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no single-digit near miss found");
  }

  /** Inserts {@code sep} into {@code s} before each index in {@code cuts} (ascending). */
  static String group(String s, String sep, int... sizes) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (int size : sizes) {
      if (at > 0) {
        sb.append(sep);
      }
      sb.append(s, at, Math.min(s.length(), at + size));
      at += size;
    }
    if (at < s.length()) {
      sb.append(sep).append(s.substring(at));
    }
    return sb.toString();
  }

  /** Groups of four from the left, the usual way cards and IBANs are printed. */
  static String fours(String s, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += 4) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(s, i, Math.min(s.length(), i + 4));
    }
    return sb.toString();
  }
}
