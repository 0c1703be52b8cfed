package dev.veil.detectors.validate;

/** Dutch citizen service number (BSN): nine digits passing the "11-proof" (weights 9..2, -1). */
public final class Bsn {
  private Bsn() {}

  public static boolean isValid(CharSequence d) {
    if (!Digits.all(d, 9) || Digits.allSame(d)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * Digits.at(d, i);
    }
    sum -= Digits.at(d, 8);
    return sum % 11 == 0 && sum != 0;
  }
}
