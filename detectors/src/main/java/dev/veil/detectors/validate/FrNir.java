package dev.veil.detectors.validate;

/**
 * French social security number (NIR): sex (1, 2, 3, 4, 7, 8), year, month (01-12, 20-42, 50-99),
 * department (2A/2B for Corsica), commune, order number, and a two-digit key equal to 97 minus the
 * first 13 digits modulo 97 (Corsica 2A counts as 19, 2B as 18).
 */
public final class FrNir {
  private FrNir() {}

  /** {@code s}: 15 chars, digits except "2A"/"2B" at positions 5-6. */
  public static boolean isValid(CharSequence s) {
    if (s.length() != 15) {
      return false;
    }
    String body = s.toString();
    if (body.startsWith("2A", 5)) {
      body = body.substring(0, 5) + "19" + body.substring(7);
    } else if (body.startsWith("2B", 5)) {
      body = body.substring(0, 5) + "18" + body.substring(7);
    }
    if (!Digits.all(body, 15)) {
      return false;
    }
    char sex = body.charAt(0);
    if ("123478".indexOf(sex) < 0) {
      return false;
    }
    int month = Integer.parseInt(body.substring(3, 5));
    if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) {
      return false;
    }
    long number = Long.parseLong(body.substring(0, 13));
    long key = 97 - (number % 97);
    return key == Integer.parseInt(body.substring(13, 15));
  }
}
