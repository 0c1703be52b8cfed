package dev.veil.detectors.validate;

/**
 * Vehicle identification numbers (ISO 3779): 17 characters without I, O, Q, with the North
 * American check digit in position 9 (49 CFR 565).
 */
public final class Vin {
  private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

  private Vin() {}

  public static boolean isValid(CharSequence vin) {
    if (vin.length() != 17) {
      return false;
    }
    int sum = 0;
    int digits = 0;
    for (int i = 0; i < 17; i++) {
      int v = value(vin.charAt(i));
      if (v < 0) {
        return false;
      }
      if (Character.isDigit(vin.charAt(i))) {
        digits++;
      }
      sum += v * WEIGHTS[i];
    }
    int check = sum % 11;
    char expected = check == 10 ? 'X' : (char) ('0' + check);
    return vin.charAt(8) == expected && digits >= 3 && digits < 17;
  }

  static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return switch (c) {
      case 'A', 'J' -> 1;
      case 'B', 'K', 'S' -> 2;
      case 'C', 'L', 'T' -> 3;
      case 'D', 'M', 'U' -> 4;
      case 'E', 'N', 'V' -> 5;
      case 'F', 'W' -> 6;
      case 'G', 'P', 'X' -> 7;
      case 'H', 'Y' -> 8;
      case 'R', 'Z' -> 9;
      default -> -1;
    };
  }
}
