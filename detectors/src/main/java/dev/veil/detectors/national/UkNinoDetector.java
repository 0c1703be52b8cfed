package dev.veil.detectors.national;

import dev.veil.EntityType;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.validate.Nino;
import java.util.Locale;

/**
 * UK National Insurance numbers (prefix rules, six digits, suffix A-D; no checksum, but a narrow
 * format); country GB.
 */
public final class UkNinoDetector extends NationalIdDetector {
  static final Words CONTEXT = Words.en("nino", "national insurance", "ni number", "ni no", "insurance number", "ni")
      .build();

  public UkNinoDetector() {
    super("uk-nino", EntityType.NATIONAL_ID, "GB", "nino-format",
        "(?i)\\b[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b", CONTEXT, 0.85, 0.97);
  }

  @Override
  protected boolean handMatched() {
    return true;
  }

  @Override
  protected int minDigits() {
    return 6;
  }

  @Override
  protected String digitSeparators() {
    return " ";
  }

  @Override
  protected String compact(Match m) {
    return m.group().replace(" ", "").toUpperCase(Locale.ROOT);
  }

  @Override
  protected boolean isValid(String c) {
    return Nino.isValid(c);
  }
}
