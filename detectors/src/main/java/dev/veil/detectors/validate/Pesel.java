package dev.veil.detectors.validate;

/**
 * Polish PESEL: eleven digits, YYMMDD birth date (month +80 for 1800s, +20 for 2000s, +40 for
 * 2100s, +60 for 2200s), serial, sex digit, and a check digit with weights 1-3-7-9.
 */
public final class Pesel {
  private static final int[] W = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

  private Pesel() {}

  public static boolean isValid(CharSequence d) {
    if (!Digits.all(d, 11) || Digits.allSame(d)) {
      return false;
    }
    int yy = Digits.at(d, 0) * 10 + Digits.at(d, 1);
    int mm = Digits.at(d, 2) * 10 + Digits.at(d, 3);
    int dd = Digits.at(d, 4) * 10 + Digits.at(d, 5);
    int century = switch (mm / 20) {
      case 4 -> 1800;
      case 0 -> 1900;
      case 1 -> 2000;
      case 2 -> 2100;
      default -> 2200;
    };
    if (!Digits.plausibleDate(century + yy, mm % 20, dd)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += W[i] * Digits.at(d, i);
    }
    return (10 - sum % 10) % 10 == Digits.at(d, 10);
  }
}
