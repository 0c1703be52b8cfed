package dev.veil.detectors.validate;

/**
 * UK National Insurance numbers: two prefix letters (first not D, F, I, Q, U, V; second not D, F,
 * I, O, Q, U, V; not BG, GB, KN, NK, NT, TN, ZZ), six digits, suffix A-D. No check digit.
 */
public final class Nino {
  private Nino() {}

  /** {@code s}: 9 upper-case characters without spaces. */
  public static boolean isValid(CharSequence s) {
    if (s.length() != 9) {
      return false;
    }
    char a = s.charAt(0);
    char b = s.charAt(1);
    if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z' || "DFIQUV".indexOf(a) >= 0 || "DFIOQUV".indexOf(b) >= 0) {
      return false;
    }
    String prefix = "" + a + b;
    if (java.util.Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(prefix)) {
      return false;
    }
    char suffix = s.charAt(8);
    return Digits.all(s.subSequence(2, 8), 6) && suffix >= 'A' && suffix <= 'D';
  }
}
