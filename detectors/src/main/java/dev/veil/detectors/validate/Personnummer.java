package dev.veil.detectors.validate;

/**
 * Swedish personal identity number (personnummer) and coordination number (samordningsnummer,
 * day + 60): YYMMDDNNNC where C is the Luhn check over the ten digits.
 */
public final class Personnummer {
  private Personnummer() {}

  /** {@code d}: the ten digits YYMMDDNNNC (a 12-digit form drops the century first). */
  public static boolean isValid(CharSequence d) {
    if (d.length() == 12 && Digits.all(d, 12)) {
      int cc = Digits.at(d, 0) * 10 + Digits.at(d, 1);
      if (cc < 18 || cc > 20) {
        return false;
      }
      d = d.subSequence(2, 12);
    }
    if (!Digits.all(d, 10)) {
      return false;
    }
    int mm = Digits.at(d, 2) * 10 + Digits.at(d, 3);
    int dd = Digits.at(d, 4) * 10 + Digits.at(d, 5);
    if (dd > 60) {
      dd -= 60;
    }
    int yy = Digits.at(d, 0) * 10 + Digits.at(d, 1);
    return Digits.plausibleDate(2000 + yy, mm, dd) && Luhn.isValid(d);
  }
}
