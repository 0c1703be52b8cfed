package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.validate.CardIssuers;
import dev.veil.detectors.validate.Luhn;

/**
 * Payment card numbers (PANs): 12 to 19 digits in any grouping of spaces or dashes, passing the
 * Luhn check and falling in a known issuer range with that network's length. When the digit run
 * is longer than the card (a number following it), the longest valid prefix that ends at a group
 * boundary is reported.
 */
public final class CreditCardDetector extends PatternDetector {
  static final Words CONTEXT = Words.en("card", "credit", "debit", "visa", "mastercard", "amex", "pan", "cc")
      .de("karte", "kreditkarte", "kartennummer").fr("carte", "carte bancaire").es("tarjeta")
      .it("carta", "carta di credito").nl("kaart", "creditcard").build();

  public CreditCardDetector() {
    super("credit-card", EntityType.CREDIT_CARD, "\\b\\d(?:[ -]?\\d){11,18}\\b");
  }

  @Override
  protected int minDigits() {
    return 12;
  }

  @Override
  protected String digitSeparators() {
    return " -";
  }

  @Override
  protected Finding score(String text, Match m) {
    int start = m.start();
    if (Context.insideLongerNumber(text, start, m.end())) {
      return null;
    }
    if (start > 0 && text.charAt(start - 1) == '+') {
      return null; // "+49 160 ..." is an international phone number; card numbers carry no '+'
    }
    // positions of the digits and whether a group ends after each
    int count = 0;
    int[] digitEnd = new int[19];
    for (int i = start; i < m.end() && count < 19; i++) {
      if (Character.isDigit(text.charAt(i))) {
        digitEnd[count++] = i + 1;
      }
    }
    String all = Context.digitsOf(m.group());
    for (int len = count; len >= 12; len--) {
      int end = digitEnd[len - 1];
      if (end < m.end() && Character.isDigit(text.charAt(end))) {
        continue; // would cut a group
      }
      String digits = all.substring(0, len);
      String network = CardIssuers.network(digits);
      if (network != null && Luhn.isValid(digits)) {
        boolean context = Context.near(text, start, end, CONTEXT.forLanguage(m.context().language()));
        return finding(start, end, context ? 0.99 : 0.95).withAttribute("network", network)
            .withAttribute(Finding.VALIDATOR, "luhn");
      }
    }
    return null;
  }
}
