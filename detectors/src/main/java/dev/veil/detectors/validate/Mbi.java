package dev.veil.detectors.validate;

/**
 * Medicare Beneficiary Identifiers (CMS format, 11 characters, dashes removed): position 1 digit
 * 1-9; 2, 5, 8, 9 letters; 4, 7, 10, 11 digits; 3 and 6 letter or digit. Letters exclude S, L, O,
 * I, B, Z. There is no check digit.
 */
public final class Mbi {
  private static final String EXCLUDED = "SLOIBZ";

  private Mbi() {}

  public static boolean isValid(CharSequence s) {
    if (s.length() != 11) {
      return false;
    }
    for (int i = 0; i < 11; i++) {
      char c = s.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      boolean letter = c >= 'A' && c <= 'Z' && EXCLUDED.indexOf(c) < 0;
      boolean ok = switch (i) {
        case 0 -> digit && c != '0';
        case 1, 4, 7, 8 -> letter;
        case 3, 6, 9, 10 -> digit;
        default -> digit || letter;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
