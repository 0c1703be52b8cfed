package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.detectors.internal.LabelledValueDetector;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.label.ValueMatcher;

/**
 * Certificate and licence numbers (Safe Harbor identifier K): driver's licences, professional
 * licences, certificates, introduced by a label.
 */
public final class LicenseNumberDetector extends LabelledValueDetector {
  static final Words LABELS = Words.en("license", "licence", "license number", "licence number", "license no",
          "licence no", "license #", "driver's license", "drivers license", "driver license", "driving licence",
          "dl", "dl#", "dl #", "certificate", "certificate number", "certificate no", "cert", "cert no", "cert #",
          "permit", "permit number", "board certification", "medical license", "state license")
      .de("führerschein", "führerscheinnummer", "führerschein-nr", "lizenz", "lizenznummer", "zertifikat",
          "zertifikatsnummer", "approbation", "urkunde")
      .fr("permis", "permis de conduire", "numéro de permis", "licence", "certificat", "numéro de certificat")
      .es("licencia", "permiso de conducir", "carnet de conducir", "número de licencia", "certificado")
      .it("patente", "numero patente", "licenza", "certificato", "numero di certificato")
      .nl("rijbewijs", "rijbewijsnummer", "licentie", "certificaat", "vergunning", "big-nummer")
      .build();

  /** {@code \\b[A-Za-z0-9](?:[A-Za-z0-9-]{3,18})[A-Za-z0-9]\\b}. */
  static final ValueMatcher VALUE = ValueMatcher.framed(3, 18);

  public LicenseNumberDetector() {
    super("license-number", EntityType.LICENSE_NUMBER, VALUE, LABELS, 0.8);
  }
}
