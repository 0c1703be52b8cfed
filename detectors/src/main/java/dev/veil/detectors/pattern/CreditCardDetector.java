package dev.veil.detectors.pattern;

import com.google.re2j.Matcher;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.validate.CardIssuers;
import dev.veil.detectors.validate.Luhn;

/**
 * Payment card numbers (PANs): 12 to 19 digits in any grouping of spaces or dashes, passing the
 * Luhn check and falling in a known issuer range with that network's length.
 */
public final class CreditCardDetector extends PatternDetector {
  public CreditCardDetector() {
    super("credit-card", EntityType.CREDIT_CARD, "\\b\\d(?:[ -]?\\d){11,18}\\b");
  }

  @Override
  protected boolean mayContain(String text) {
    return hasDigit(text);
  }

  @Override
  protected Finding score(String text, Matcher m) {
    int start = m.start();
    int end = m.end();
    String digits = Context.digitsOf(m.group());
    if (!Luhn.isValid(digits)) {
      return null;
    }
    String network = CardIssuers.network(digits);
    if (network == null) {
      return null;
    }
    return finding(start, end, 0.95).withAttribute("network", network).withAttribute(Finding.VALIDATOR, "luhn");
  }
}
