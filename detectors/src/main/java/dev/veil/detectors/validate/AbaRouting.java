package dev.veil.detectors.validate;

/**
 * US ABA routing transit numbers: nine digits, a Federal Reserve prefix (00-12, 21-32, 61-72, 80)
 * and the 3-7-1 weighted checksum.
 */
public final class AbaRouting {
  private AbaRouting() {}

  public static boolean isValid(CharSequence d) {
    if (!Digits.all(d, 9)) {
      return false;
    }
    int p = (d.charAt(0) - '0') * 10 + (d.charAt(1) - '0');
    if (!((p <= 12) || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p == 80)) {
      return false;
    }
    int[] w = {3, 7, 1, 3, 7, 1, 3, 7, 1};
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += w[i] * (d.charAt(i) - '0');
    }
    return sum % 10 == 0 && !Digits.allSame(d);
  }
}
