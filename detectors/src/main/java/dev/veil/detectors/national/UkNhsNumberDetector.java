package dev.veil.detectors.national;

import dev.veil.EntityType;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.validate.NhsNumber;

/**
 * UK NHS numbers (ten digits, mod 11). One random ten-digit number in about eleven passes and
 * ten-digit phone numbers look alike, so a bare NHS number scores 0.7 (a valid phone reading of
 * the same digits, 0.75, wins) unless the request's phone region is GB (0.9); with "NHS" nearby
 * 0.97.
 */
public final class UkNhsNumberDetector extends NationalIdDetector {
  static final Words CONTEXT = Words.en("nhs", "nhs number", "nhs no", "nhs #", "health service number").build();

  public UkNhsNumberDetector() {
    super("uk-nhs-number", EntityType.UK_NHS_NUMBER, "GB", "mod11", "\\b\\d{3}[ -]?\\d{3}[ -]?\\d{4}\\b", CONTEXT,
        0.7, 0.97);
  }

  @Override
  protected int minDigits() {
    return 10;
  }

  @Override
  protected String digitSeparators() {
    return " -";
  }

  @Override
  protected double bareScore(Match m) {
    return m.context().phoneRegion().equals("GB") ? 0.9 : 0.7;
  }

  @Override
  protected String compact(Match m) {
    return Context.digitsOf(m.group());
  }

  @Override
  protected boolean isValid(String c) {
    return NhsNumber.isValid(c);
  }
}
