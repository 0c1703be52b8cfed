package dev.veil.detectors.validate;

/** Small checks shared by the validators. */
public final class Digits {
  private Digits() {}

  /** True if {@code s} is exactly {@code len} ASCII digits. */
  public static boolean all(CharSequence s, int len) {
    if (s.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** True if every char of {@code s} is the same (0000000000 is never a real identifier). */
  public static boolean allSame(CharSequence s) {
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) != s.charAt(0)) {
        return false;
      }
    }
    return true;
  }

  static int at(CharSequence s, int i) {
    return s.charAt(i) - '0';
  }

  /** True if yy-mm-dd (two-digit parts, any century) can be a calendar date. */
  public static boolean plausibleDate(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    int[] len = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && day == 29) {
      return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }
    return day <= len[month - 1];
  }
}
