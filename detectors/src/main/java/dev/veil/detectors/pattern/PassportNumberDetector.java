package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.detectors.internal.LabelledValueDetector;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.label.ValueMatcher;

/**
 * Passport numbers (six to nine letters and digits) introduced by a passport label in the
 * request's language (English always): "passport no. 123456789", "Reisepassnummer C01X00T47",
 * "passeport n° 12AB34567", "pasaporte PAA123456", "passaporto YA1234567", "paspoortnummer
 * NW3BF17J1", "numer paszportu EA1234567", "passnummer 12345678". The layouts issued by the
 * countries Veil covers (US, GB, DE, FR, ES, IT, NL, PL, SE) all fit: nine digits, a letter and
 * eight digits, two digits two letters five digits, three letters six digits, two letters seven
 * digits, eight digits...
 *
 * <p>Score 0.95: a value right after a passport label is a passport number even when its shape
 * also passes a weaker check of another type (two letters and seven digits pass the DEA check
 * digit one time in ten).
 */
public final class PassportNumberDetector extends LabelledValueDetector {
  static final Words LABELS = Words.en("passport", "passport number", "passport no", "passport #", "passport id")
      .de("reisepass", "pass", "passnummer", "pass-nr", "reisepassnummer", "reisepasses")
      .fr("passeport", "numéro de passeport", "n° de passeport")
      .es("pasaporte", "número de pasaporte")
      .it("passaporto", "numero di passaporto", "numero passaporto")
      .nl("paspoort", "paspoortnummer")
      .pl("paszport", "paszportu", "numer paszportu", "nr paszportu")
      .sv("pass", "passnummer", "passnr", "passet")
      .build();

  /** {@code \\b[A-Za-z0-9]{6,9}\\b}. */
  static final ValueMatcher VALUE = ValueMatcher.alnum(6, 9);

  public PassportNumberDetector() {
    super("passport-number", EntityType.PASSPORT_NUMBER, VALUE, LABELS, 0.95);
  }

  /** None: nine letters can be a German passport number (see {@link #accept}). */
  @Override
  protected int minValueDigits() {
    return 0;
  }

  /** The letters of German passport numbers: no vowels, no B, D, Q, S (ICAO 9303 serials of the Bundesdruckerei). */
  private static final String DE_LETTERS = "CFGHJKLMNPRTVWXYZ";

  /**
   * One digit is enough after a passport label (a word has none); a German number may by chance
   * have no digit at all, so nine capitals from its alphabet, which no German or English word is
   * made of, pass too.
   */
  @Override
  protected boolean accept(String value) {
    boolean germanLetters = value.length() == 9;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isDigit(c)) {
        return true;
      }
      germanLetters &= DE_LETTERS.indexOf(c) >= 0;
    }
    return germanLetters;
  }
}
