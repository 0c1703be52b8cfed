package dev.veil.detectors.national;

import dev.veil.EntityType;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.validate.Personnummer;

/**
 * Swedish personnummer and samordningsnummer (birth date + Luhn); country SE. The written form
 * {@code YYMMDD-NNNC} (or {@code +} for people over 100, or with the century) scores 0.92; ten or
 * twelve bare digits 0.6, as phone numbers look alike; "personnummer" nearby 0.98.
 */
public final class SePersonnummerDetector extends NationalIdDetector {
  static final Words CONTEXT = Words.en("personnummer", "personal identity number", "swedish id")
      .sv("personnummer", "personnr", "samordningsnummer", "pnr").build();

  public SePersonnummerDetector() {
    super("se-personnummer", EntityType.NATIONAL_ID, "SE", "luhn", "\\b(?:\\d{2})?\\d{6}[-+]?\\d{4}\\b", CONTEXT, 0.92,
        0.98);
  }

  @Override
  protected boolean handMatched() {
    return true;
  }

  @Override
  protected int minDigits() {
    return 10;
  }

  @Override
  protected String digitSeparators() {
    return "-+";
  }

  @Override
  protected double bareScore(Match m) {
    String g = m.group();
    return g.indexOf('-') >= 0 || g.indexOf('+') >= 0 ? 0.92 : 0.6;
  }

  @Override
  protected String compact(Match m) {
    return Context.digitsOf(m.group());
  }

  @Override
  protected boolean isValid(String c) {
    return Personnummer.isValid(c);
  }
}
