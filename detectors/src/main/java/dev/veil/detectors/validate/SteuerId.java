package dev.veil.detectors.validate;

/**
 * German tax identification number (Steuerliche Identifikationsnummer, IdNr): 11 digits, the first
 * not 0; among the first ten exactly one digit occurs two or three times and no other repeats;
 * the last is an ISO 7064 MOD 11,10 check digit.
 */
public final class SteuerId {
  private SteuerId() {}

  public static boolean isValid(CharSequence d) {
    if (!Digits.all(d, 11) || d.charAt(0) == '0') {
      return false;
    }
    int[] counts = new int[10];
    for (int i = 0; i < 10; i++) {
      counts[Digits.at(d, i)]++;
    }
    int repeated = 0;
    for (int c : counts) {
      if (c > 3) {
        return false;
      }
      if (c >= 2) {
        repeated++;
      }
    }
    if (repeated != 1) {
      return false;
    }
    int product = 10;
    for (int i = 0; i < 10; i++) {
      int sum = (Digits.at(d, i) + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (sum * 2) % 11;
    }
    int check = 11 - product;
    if (check == 10) {
      check = 0;
    }
    return check == Digits.at(d, 10);
  }
}
