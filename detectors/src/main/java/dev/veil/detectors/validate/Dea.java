package dev.veil.detectors.validate;

/**
 * US DEA registration numbers: a registrant-type letter, a letter (the registrant's last-name
 * initial, or 9 for some business activities), seven digits; the last digit is the last digit of
 * (d1 + d3 + d5) + 2 (d2 + d4 + d6).
 */
public final class Dea {
  private static final String FIRST = "ABCDEFGHJKLMPRSTUX";

  private Dea() {}

  public static boolean isValid(CharSequence s) {
    if (s.length() != 9 || FIRST.indexOf(s.charAt(0)) < 0) {
      return false;
    }
    char second = s.charAt(1);
    if (!((second >= 'A' && second <= 'Z') || second == '9')) {
      return false;
    }
    CharSequence d = s.subSequence(2, 9);
    if (!Digits.all(d, 7)) {
      return false;
    }
    int sum = Digits.at(d, 0) + Digits.at(d, 2) + Digits.at(d, 4)
        + 2 * (Digits.at(d, 1) + Digits.at(d, 3) + Digits.at(d, 5));
    return sum % 10 == Digits.at(d, 6);
  }
}
