package dev.veil.detectors.validate;

/**
 * Spanish DNI (8 digits + letter) and NIE (X, Y or Z + 7 digits + letter; X=0, Y=1, Z=2): the
 * letter is TRWAGMYFPDXBNJZSQVHLCKE at the number modulo 23.
 */
public final class DniNie {
  private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

  private DniNie() {}

  /** {@code s}: 9 upper-case characters without separators. */
  public static boolean isValid(CharSequence s) {
    if (s.length() != 9) {
      return false;
    }
    String body = s.subSequence(0, 8).toString();
    char first = body.charAt(0);
    int prefix = "XYZ".indexOf(first);
    if (prefix >= 0) {
      body = prefix + body.substring(1);
    }
    if (!Digits.all(body, 8) || Digits.allSame(body)) {
      return false;
    }
    return LETTERS.charAt(Integer.parseInt(body) % 23) == s.charAt(8);
  }

  public static boolean isNie(CharSequence s) {
    return s.length() > 0 && "XYZ".indexOf(s.charAt(0)) >= 0;
  }
}
