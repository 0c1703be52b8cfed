package dev.veil.detectors.validate;

/**
 * UK NHS numbers: ten digits; the last is 11 minus the weighted sum (weights 10..2) modulo 11,
 * where 11 means 0 and 10 means the number is invalid.
 */
public final class NhsNumber {
  private NhsNumber() {}

  public static boolean isValid(CharSequence d) {
    if (!Digits.all(d, 10) || Digits.allSame(d)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (10 - i) * Digits.at(d, i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == Digits.at(d, 9);
  }
}
