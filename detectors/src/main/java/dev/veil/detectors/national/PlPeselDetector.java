package dev.veil.detectors.national;

import dev.veil.EntityType;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.validate.Pesel;

/** Polish PESEL (birth date + check digit); country PL. */
public final class PlPeselDetector extends NationalIdDetector {
  static final Words CONTEXT = Words.en("pesel", "polish id", "national id").pl("pesel", "numer pesel").build();

  public PlPeselDetector() {
    super("pl-pesel", EntityType.NATIONAL_ID, "PL", "pesel", "\\b\\d{11}\\b", CONTEXT, 0.9, 0.98);
  }

  @Override
  protected boolean handMatched() {
    return true;
  }

  @Override
  protected int minDigits() {
    return 11;
  }

  @Override
  protected String digitSeparators() {
    return "";
  }

  @Override
  protected String compact(Match m) {
    return m.group();
  }

  @Override
  protected boolean isValid(String c) {
    return Pesel.isValid(c);
  }
}
