package dev.veil.detectors.national;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.label.LabelScore;
import dev.veil.detectors.validate.NhsNumber;

/**
 * UK NHS numbers (ten digits, mod 11). One random ten-digit number in about eleven passes and
 * ten-digit phone numbers, time stamps and other identifiers look alike, so the check alone is weak
 * evidence: 0.97 when "NHS" is the closest label before the number (or, with no other label
 * closest, stands near it); 0.3 when the closest label names another kind of number ("phone",
 * "NPI", "order"...); 0.45 without context, below the default threshold, in every phone region.
 */
public final class UkNhsNumberDetector extends NationalIdDetector {
  static final Words CONTEXT = Words.en("nhs", "nhs number", "nhs no", "nhs #", "health service number").build();
  private static final double WITH_CONTEXT = 0.97;

  public UkNhsNumberDetector() {
    super("uk-nhs-number", EntityType.UK_NHS_NUMBER, "GB", "mod11", "\\b\\d{3}[ -]?\\d{3}[ -]?\\d{4}\\b", CONTEXT,
        LabelScore.BARE, WITH_CONTEXT);
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
    return " -";
  }

  @Override
  protected Finding score(String text, Match m) {
    if (!isValidAt(text, m)) {
      return null;
    }
    // scored by its labels alone: the shared context-word score would be replaced, so it is not looked up
    return validFinding(m, LabelScore.of(text, m.start(), m.end(), CONTEXT.forLanguage(m.context().language()),
        WITH_CONTEXT));
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
