package dev.veil.detectors.national;

import dev.veil.EntityType;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.validate.CodiceFiscale;
import java.util.Locale;

/** Italian codice fiscale of a person (16 characters, check letter); country IT. */
public final class ItFiscalCodeDetector extends NationalIdDetector {
  static final Words CONTEXT = Words.en("codice fiscale", "fiscal code", "italian tax code", "cf")
      .it("codice fiscale", "c.f.", "cod. fisc.", "tessera sanitaria").build();

  public ItFiscalCodeDetector() {
    super("it-fiscal-code", EntityType.NATIONAL_ID, "IT", "check-char",
        "(?i)\\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\\b", CONTEXT,
        0.97, 0.99);
  }

  @Override
  protected boolean handMatched() {
    return true;
  }

  @Override
  protected int minDigits() {
    return 3;
  }

  @Override
  protected int minAlnumRun() {
    return 16;
  }

  @Override
  protected String compact(Match m) {
    return m.group().toUpperCase(Locale.ROOT);
  }

  @Override
  protected boolean isValid(String c) {
    return CodiceFiscale.isValid(c);
  }
}
