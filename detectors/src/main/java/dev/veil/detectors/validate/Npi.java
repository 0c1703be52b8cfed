package dev.veil.detectors.validate;

/** US National Provider Identifiers: ten digits starting 1 or 2, Luhn over "80840" + the NPI. */
public final class Npi {
  private Npi() {}

  public static boolean isValid(CharSequence d) {
    return Digits.all(d, 10) && (d.charAt(0) == '1' || d.charAt(0) == '2') && Luhn.isValid("80840" + d);
  }
}
