package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.detectors.internal.LabelledValueDetector;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.label.ValueMatcher;

/**
 * Medical record numbers (Safe Harbor identifier H). They have no public format, so a value is
 * reported only after a label: "MRN", "medical record", "chart #", "Patientennummer", "numéro de
 * dossier", "historia clínica"...
 */
public final class MedicalRecordNumberDetector extends LabelledValueDetector {
  static final Words LABELS = Words.en("mrn", "mrn#", "medical record", "medical record number", "med rec",
          "med. rec.", "chart", "chart #", "chart no", "patient id", "patient number", "patient no", "patient #",
          "record number", "record #", "hospital number", "hospital no", "case number", "encounter", "emr",
          "ehr", "unit number")
      .de("patientennummer", "patienten-id", "patientenid", "fallnummer", "krankenakte", "aktennummer",
          "krankenblattnummer")
      .fr("dossier médical", "numéro de dossier", "n° de dossier", "dossier", "ipp", "numéro patient",
          "identifiant patient")
      .es("historia clínica", "número de historia", "nhc", "historia", "expediente", "número de paciente")
      .it("cartella clinica", "numero di cartella", "cartella", "numero paziente", "codice paziente")
      .nl("patiëntnummer", "patientnummer", "dossiernummer", "dossier", "ziekenhuisnummer")
      .build();

  /** {@code \\b[A-Za-z]{0,4}-?\\d[\\d-]{2,16}[A-Za-z0-9]?\\b}. */
  static final ValueMatcher VALUE = ValueMatcher.numbered(4, true, 2, 16);

  public MedicalRecordNumberDetector() {
    super("medical-record-number", EntityType.MEDICAL_RECORD_NUMBER, VALUE, LABELS, 0.85);
  }

  @Override
  protected int minValueDigits() {
    return 4;
  }

  @Override
  protected boolean accept(String value) {
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      digits += Character.isDigit(value.charAt(i)) ? 1 : 0;
    }
    return digits >= 4;
  }
}
