package dev.veil.detectors.national;

import dev.veil.EntityType;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.validate.SteuerId;

/** German tax identification number (Steuer-IdNr), 11 digits, MOD 11,10; country DE. */
public final class DeTaxIdDetector extends NationalIdDetector {
  static final Words CONTEXT = Words.en("tax id", "tin", "steuer-id", "steuerid", "idnr", "tax identification")
      .de("steuer-identifikationsnummer", "steueridentifikationsnummer", "identifikationsnummer", "steuer-idnr",
          "steuernummer", "st-idnr", "steuerliche identifikationsnummer", "idnr")
      .fr("numéro fiscal", "identifiant fiscal").es("número de identificación fiscal")
      .it("codice fiscale tedesco").nl("fiscaal nummer").build();

  public DeTaxIdDetector() {
    super("de-tax-id", EntityType.NATIONAL_ID, "DE", "mod11-10", "\\b\\d{2} ?\\d{3} ?\\d{3} ?\\d{3}\\b", CONTEXT,
        0.9, 0.98);
  }

  @Override
  protected boolean handMatched() {
    return true;
  }

  @Override
  protected int minDigits() {
    return 11;
  }

  @Override
  protected String digitSeparators() {
    return " ";
  }

  @Override
  protected String compact(Match m) {
    return Context.digitsOf(m.group());
  }

  @Override
  protected boolean isValid(String c) {
    return SteuerId.isValid(c);
  }
}
