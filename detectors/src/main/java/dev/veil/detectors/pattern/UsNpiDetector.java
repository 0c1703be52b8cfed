package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.label.LabelScore;
import dev.veil.detectors.validate.Npi;

/**
 * US National Provider Identifiers: ten digits starting 1 or 2 with the Luhn check over the
 * "80840" prefix. One random such number in ten passes (time stamps and ten-digit phone numbers
 * look the same), so the score is 0.96 only when "NPI", "provider"... is the closest label (or,
 * with no other label closest, stands near the number); 0.3 when the closest label names another
 * kind of number; 0.45 without context, below the default threshold.
 */
public final class UsNpiDetector extends PatternDetector {
  static final Words CONTEXT = Words.en("npi", "national provider", "provider", "prescriber", "physician", "dr",
      "md", "rendering", "billing provider", "referring").build();

  public UsNpiDetector() {
    super("us-npi", EntityType.US_NPI, "\\b[12]\\d{9}\\b");
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
    return "";
  }

  @Override
  protected Finding score(String text, Match m) {
    if (Context.insideLongerNumber(text, m.start(), m.end()) || !Npi.isValid(m.group())) {
      return null;
    }
    return finding(m.start(), m.end(), LabelScore.of(text, m.start(), m.end(),
        CONTEXT.forLanguage(m.context().language()), 0.96)).withAttribute(Finding.VALIDATOR, "luhn-80840");
  }
}
