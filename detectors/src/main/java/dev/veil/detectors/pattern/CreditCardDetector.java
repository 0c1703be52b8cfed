package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.validate.CardIssuers;
import dev.veil.detectors.validate.Iban;
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
  protected boolean handMatched() {
    return true;
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
        if (insideIban(text, start, end)) {
          return null; // the digits are the account part of an IBAN, which the IBAN detector reports
        }
        boolean context = Context.near(text, start, end, CONTEXT.forLanguage(m.context().language()));
        return finding(start, end, context ? 0.99 : 0.95).withAttribute("network", network)
            .withAttribute(Finding.VALIDATOR, "luhn");
      }
    }
    return null;
  }

  /** Most characters an IBAN written in groups of four spans before a card number inside it. */
  private static final int IBAN_LOOK_BACK = 34 + 8;

  /**
   * Whether {@code [start, end)} lies inside a valid IBAN written around it ("PL37 4806 0591 4742
   * 2335 9844 4336" holds a Luhn-valid 16-digit run): the IBAN starts with two capitals and two
   * digits at a word start, its letters and digits may be grouped by single spaces, and it must
   * pass mod 97 with its country's registered length. One chance in ten that a digit run passes
   * Luhn against one in 97 that a string passes mod 97: the IBAN is the better reading.
   */
  static boolean insideIban(String text, int start, int end) {
    int from = Math.max(0, start - IBAN_LOOK_BACK);
    for (int p = start - 4; p >= from; p--) {
      if (!ibanHead(text, p)) {
        continue;
      }
      int length = Iban.lengthFor(text.substring(p, p + 2));
      if (length < 0) {
        continue;
      }
      StringBuilder compact = new StringBuilder(length);
      int i = p;
      while (i < text.length() && compact.length() < length) {
        char c = text.charAt(i);
        if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
          compact.append(c);
          i++;
        } else if (c == ' ' && i + 1 < text.length() && text.charAt(i + 1) != ' ' && compact.length() > 0) {
          i++;
        } else {
          break;
        }
      }
      if (compact.length() == length && i >= end && Iban.isValid(compact)) {
        return true;
      }
    }
    return false;
  }

  private static boolean ibanHead(String text, int p) {
    return p + 4 <= text.length()
        && (p == 0 || !Character.isLetterOrDigit(text.charAt(p - 1)))
        && isUpper(text.charAt(p)) && isUpper(text.charAt(p + 1))
        && Character.isDigit(text.charAt(p + 2)) && Character.isDigit(text.charAt(p + 3));
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
