package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.validate.Dea;
import java.util.Locale;

/** US DEA registration numbers (two letters, seven digits, check digit). */
public final class UsDeaDetector extends PatternDetector {
  static final Words CONTEXT = Words.en("dea", "dea#", "dea number", "registration", "prescriber").build();

  public UsDeaDetector() {
    super("us-dea", EntityType.US_DEA, "(?i)\\b[A-Z][A-Z9]\\d{7}\\b");
  }

  @Override
  protected boolean handMatched() {
    return true;
  }

  @Override
  protected int minDigits() {
    return 7;
  }

  @Override
  protected String digitSeparators() {
    return "";
  }

  @Override
  protected Finding score(String text, Match m) {
    if (!Dea.isValid(m.group().toUpperCase(Locale.ROOT))) {
      return null;
    }
    boolean context = Context.near(text, m.start(), m.end(), CONTEXT.forLanguage(m.context().language()));
    return finding(m.start(), m.end(), context ? 0.98 : 0.9).withAttribute(Finding.VALIDATOR, "dea");
  }
}
