package dev.veil.detectors.validate;

/** Issuer identification number (IIN) ranges of the major card networks, with their lengths. */
public final class CardIssuers {
  private CardIssuers() {}

  /** The network of a PAN (digits only), or null when no known range and length fit. */
  public static String network(CharSequence pan) {
    int n = pan.length();
    if (n < 12 || n > 19) {
      return null;
    }
    int p1 = pan.charAt(0) - '0';
    int p2 = prefix(pan, 2);
    int p3 = prefix(pan, 3);
    int p4 = prefix(pan, 4);
    int p6 = prefix(pan, 6);
    if (p1 == 4 && (n == 13 || n == 16 || n == 19)) {
      return "visa";
    }
    if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n == 16) {
      return "mastercard";
    }
    if ((p2 == 34 || p2 == 37) && n == 15) {
      return "amex";
    }
    if ((p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || (p6 >= 622126 && p6 <= 622925))
        && n >= 16 && n <= 19) {
      return "discover";
    }
    if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) {
      return "jcb";
    }
    if (((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) && n >= 14 && n <= 19) {
      return "diners";
    }
    if (p2 == 62 && n >= 16 && n <= 19) {
      return "unionpay";
    }
    if ((p2 == 50 || (p2 >= 56 && p2 <= 69)) && n >= 12 && n <= 19) {
      return "maestro";
    }
    return null;
  }

  private static int prefix(CharSequence s, int len) {
    int v = 0;
    for (int i = 0; i < len; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }
}
