package dev.veil.detectors.national;

import dev.veil.EntityType;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.validate.FrNir;
import java.util.Locale;

/** French social security number (NIR / numéro de sécurité sociale), 15 characters with key; country FR. */
public final class FrNirDetector extends NationalIdDetector {
  static final Words CONTEXT = Words.en("nir", "insee", "french social security", "social security")
      .fr("numéro de sécurité sociale", "sécurité sociale", "n° ss", "numéro insee", "nir", "carte vitale")
      .de("sozialversicherungsnummer").es("número de seguridad social").it("numero di sicurezza sociale")
      .nl("sofinummer").build();

  public FrNirDetector() {
    super("fr-nir", EntityType.NATIONAL_ID, "FR", "mod97-key",
        "(?i)\\b[1-478] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2[AB]) ?\\d{3} ?\\d{3} ?\\d{2}\\b", CONTEXT, 0.95, 0.99);
  }

  @Override
  protected boolean handMatched() {
    return true;
  }

  @Override
  protected int minDigits() {
    return 13;
  }

  @Override
  protected String compact(Match m) {
    return m.group().replace(" ", "").toUpperCase(Locale.ROOT);
  }

  @Override
  protected boolean isValid(String c) {
    return FrNir.isValid(c);
  }
}
