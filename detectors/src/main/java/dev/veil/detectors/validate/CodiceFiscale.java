package dev.veil.detectors.validate;

/**
 * Italian fiscal code (codice fiscale) of a person: 16 characters, surname and name letters, birth
 * year, month letter, day (+40 for women), municipality code, and a check letter from the
 * odd/even position tables. Digits may be replaced by letters (omocodia: LMNPQRSTUV for 0-9).
 */
public final class CodiceFiscale {
  private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
      12, 14, 16, 10, 22, 25, 24, 23};
  private static final String MONTHS = "ABCDEHLMPRST";
  private static final String OMOCODIA = "LMNPQRSTUV";
  // positions that hold digits (possibly replaced by omocodia letters)
  private static final int[] DIGIT_POS = {6, 7, 9, 10, 12, 13, 14};

  private CodiceFiscale() {}

  public static boolean isValid(CharSequence cf) {
    if (cf.length() != 16) {
      return false;
    }
    for (int i = 0; i < 16; i++) {
      char c = cf.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    for (int i = 0; i < 6; i++) {
      if (!Character.isLetter(cf.charAt(i))) {
        return false;
      }
    }
    if (MONTHS.indexOf(cf.charAt(8)) < 0 || !Character.isLetter(cf.charAt(11))
        || !Character.isLetter(cf.charAt(15))) {
      return false;
    }
    for (int p : DIGIT_POS) {
      char c = cf.charAt(p);
      if (!Character.isDigit(c) && OMOCODIA.indexOf(c) < 0) {
        return false;
      }
    }
    int day = digit(cf.charAt(9)) * 10 + digit(cf.charAt(10));
    if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = cf.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : c - 'A';
      sum += (i % 2 == 0) ? ODD[v] : v;
    }
    return cf.charAt(15) == (char) ('A' + sum % 26);
  }

  private static int digit(char c) {
    return Character.isDigit(c) ? c - '0' : OMOCODIA.indexOf(c);
  }
}
