package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.detectors.internal.LabelledValueDetector;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.label.ValueMatcher;

/** Account numbers (Safe Harbor identifier J) introduced by a label ("account no.", "Kontonummer"). */
public final class AccountNumberDetector extends LabelledValueDetector {
  static final Words LABELS = Words.en("account", "account number", "account no", "account #", "acct", "acct #",
          "acct no", "a/c", "billing account", "customer number", "customer id", "member account")
      .de("konto", "kontonummer", "konto-nr", "kto", "kto-nr", "kundennummer")
      .fr("compte", "numéro de compte", "n° de compte", "numéro client")
      .es("cuenta", "número de cuenta", "nº de cuenta", "número de cliente")
      .it("conto", "numero di conto", "numero conto", "codice cliente")
      .nl("rekening", "rekeningnummer", "klantnummer")
      .build();

  /** {@code \\b[A-Za-z]{0,3}\\d[\\d-]{4,18}\\d\\b}. */
  static final ValueMatcher VALUE = ValueMatcher.numbered(3, false, 4, 18);

  public AccountNumberDetector() {
    super("account-number", EntityType.ACCOUNT_NUMBER, VALUE, LABELS, 0.8);
  }

  @Override
  protected int minValueDigits() {
    return 5;
  }

  @Override
  protected boolean accept(String value) {
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      digits += Character.isDigit(value.charAt(i)) ? 1 : 0;
    }
    return digits >= 5;
  }
}
