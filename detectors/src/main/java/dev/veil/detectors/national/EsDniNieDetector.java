package dev.veil.detectors.national;

import dev.veil.EntityType;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.validate.DniNie;
import java.util.Locale;

/** Spanish DNI and NIE (check letter mod 23); country ES. */
public final class EsDniNieDetector extends NationalIdDetector {
  static final Words CONTEXT = Words.en("dni", "nie", "nif", "spanish id", "national id")
      .es("documento nacional de identidad", "dni", "nie", "nif", "número de identidad", "número de extranjero")
      .build();

  public EsDniNieDetector() {
    super("es-dni-nie", EntityType.NATIONAL_ID, "ES", "mod23-letter", "(?i)\\b[XYZ]?\\d{7,8}[- ]?[A-Z]\\b", CONTEXT,
        0.92, 0.98);
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
  protected String compact(Match m) {
    String c = m.group().replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    return c.length() == 9 ? c : null;
  }

  @Override
  protected boolean isValid(String c) {
    return DniNie.isValid(c);
  }
}
