package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.validate.AbaRouting;

/**
 * US ABA routing numbers: nine digits with a Federal Reserve prefix and the 3-7-1 checksum. One
 * random nine-digit number in about 25 passes both, so without a context word ("routing", "ABA")
 * the score stays modest (0.6); with one it is 0.95.
 */
public final class AbaRoutingDetector extends PatternDetector {
  static final Words CONTEXT = Words.en("routing", "aba", "rtn", "transit", "routing number", "bank", "wire", "ach")
      .de("bankleitzahl", "routingnummer").fr("code banque", "numéro de routage").es("número de ruta")
      .it("codice aba").nl("routingnummer").build();

  public AbaRoutingDetector() {
    super("us-bank-routing", EntityType.US_BANK_ROUTING, "\\b\\d{9}\\b");
  }

  @Override
  protected int minDigits() {
    return 9;
  }

  @Override
  protected String digitSeparators() {
    return "";
  }

  @Override
  protected Finding score(String text, Match m) {
    if (Context.insideLongerNumber(text, m.start(), m.end()) || !AbaRouting.isValid(m.group())) {
      return null;
    }
    boolean context = Context.near(text, m.start(), m.end(), CONTEXT.forLanguage(m.context().language()));
    return finding(m.start(), m.end(), context ? 0.95 : 0.6).withAttribute(Finding.VALIDATOR, "aba");
  }
}
