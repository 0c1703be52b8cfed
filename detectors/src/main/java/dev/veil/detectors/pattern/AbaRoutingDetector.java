package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.label.LabelScore;
import dev.veil.detectors.validate.AbaRouting;

/**
 * US ABA routing numbers: nine digits with a Federal Reserve prefix and the 3-7-1 checksum. One
 * random nine-digit number in about 25 passes both, so the checksum alone is weak evidence:
 * <ul>
 *   <li>0.95 when a routing word ("routing", "ABA", "bank"...) is the closest label before the
 *       number, or, with no other label closest, stands near it (after it, in the column header);
 *   <li>0.3 when the closest label names another kind of number ("account", "SSN", "order"...):
 *       in "routing 021000021, account 123456789" the account number is no routing number;
 *   <li>0.45 without context, below the default threshold.
 * </ul>
 */
public final class AbaRoutingDetector extends PatternDetector {
  static final Words CONTEXT = Words.en("routing", "aba", "rtn", "transit", "routing number", "bank", "wire", "ach")
      .de("bankleitzahl", "routingnummer").fr("code banque", "numéro de routage").es("número de ruta")
      .it("codice aba").nl("routingnummer").build();

  public AbaRoutingDetector() {
    super("us-bank-routing", EntityType.US_BANK_ROUTING, "\\b\\d{9}\\b");
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
    return "";
  }

  @Override
  protected Finding score(String text, Match m) {
    if (Context.insideLongerNumber(text, m.start(), m.end()) || !AbaRouting.isValid(m.group())) {
      return null;
    }
    return finding(m.start(), m.end(), LabelScore.of(text, m.start(), m.end(),
        CONTEXT.forLanguage(m.context().language()), 0.95)).withAttribute(Finding.VALIDATOR, "aba");
  }
}
