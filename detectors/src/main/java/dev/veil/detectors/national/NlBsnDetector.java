package dev.veil.detectors.national;

import dev.veil.EntityType;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.validate.Bsn;

/**
 * Dutch citizen service number (BSN), nine digits, 11-proof; country NL. One random nine-digit
 * number in eleven passes the 11-proof (and US SSNs have nine digits too), so a bare BSN scores
 * 0.8 only in a Dutch request and 0.45 otherwise; with "BSN" or "burgerservicenummer" 0.97.
 */
public final class NlBsnDetector extends NationalIdDetector {
  static final Words CONTEXT = Words.en("bsn", "citizen service number", "burgerservicenummer", "dutch id")
      .nl("burgerservicenummer", "bsn", "sofinummer", "sofi-nummer", "persoonsnummer").build();

  public NlBsnDetector() {
    super("nl-bsn", EntityType.NATIONAL_ID, "NL", "11-proof", "\\b\\d{4}\\.?\\d{2}\\.?\\d{3}\\b", CONTEXT, 0.45, 0.97);
  }

  @Override
  protected boolean handMatched() {
    return true;
  }

  @Override
  protected int minDigits() {
    return 9;
  }

  @Override
  protected String digitSeparators() {
    return ".";
  }

  @Override
  protected double bareScore(Match m) {
    return m.context().language().getLanguage().equals("nl") ? 0.8 : 0.45;
  }

  @Override
  protected String compact(Match m) {
    return Context.digitsOf(m.group());
  }

  @Override
  protected boolean isValid(String c) {
    return Bsn.isValid(c);
  }
}
