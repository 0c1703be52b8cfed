package dev.veil.detectors.validate;

/** The Luhn mod-10 check (ISO/IEC 7812-1): credit cards, IMEI, NPI, SE personnummer. */
public final class Luhn {
  private Luhn() {}

  /** True if {@code digits} (ASCII digits only, at least 2) passes the Luhn check. */
  public static boolean isValid(CharSequence digits) {
    int n = digits.length();
    if (n < 2) {
      return false;
    }
    int sum = 0;
    boolean dbl = false;
    for (int i = n - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }
}
