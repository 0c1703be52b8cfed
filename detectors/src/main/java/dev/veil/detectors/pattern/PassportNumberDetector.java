package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.detectors.internal.LabelledValueDetector;
import dev.veil.detectors.internal.Words;

/** Passport numbers (six to nine letters and digits) introduced by a label in any supported language. */
public final class PassportNumberDetector extends LabelledValueDetector {
  static final Words LABELS = Words.en("passport", "passport number", "passport no", "passport #", "passport id")
      .de("reisepass", "pass", "passnummer", "pass-nr", "reisepassnummer")
      .fr("passeport", "numéro de passeport", "n° de passeport")
      .es("pasaporte", "número de pasaporte")
      .it("passaporto", "numero di passaporto", "numero passaporto")
      .nl("paspoort", "paspoortnummer")
      .build();

  public PassportNumberDetector() {
    super("passport-number", EntityType.PASSPORT_NUMBER, "\\b[A-Za-z0-9]{6,9}\\b", LABELS, 0.85);
  }

  /** Some issuers use mostly letters: one digit is enough after a passport label (a word has none). */
  @Override
  protected boolean accept(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isDigit(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
