package dev.veil.detectors.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClinicalPatternsTest {

  private static String found(String text) {
    return ClinicalPatterns.find(text).stream()
        .map(h -> h.kind() + ":" + text.substring(h.start(), h.end()))
        .collect(Collectors.joining(","));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "HbA1c 7.2% today|lab:HbA1c 7.2%",
      "her HbA1c of 8.1% rose|lab:HbA1c of 8.1%",
      "eGFR 45 mL/min/1.73 m2 stable|lab:eGFR 45 mL/min/1.73 m2",
      "LDL 3.1 mmol/L.|lab:LDL 3.1 mmol/L",
      "BP 150/95 mmHg seated|lab:BP 150/95 mmHg",
      "platelets 95 x10^9/L low|lab:platelets 95 x10^9/L",
      "INR 3.4, hold warfarin|lab:INR 3.4",
      "Blutzucker 180 mg/dl nüchtern|lab:Blutzucker 180 mg/dl",
      "ICD-10 code E11.9 applies|icd10:E11.9",
      "Dx I10 and N18.3.|icd10:I10,icd10:N18.3",
      "code C7A.01 is valid|icd10:C7A.01",
      "vitamin B12 tablets|''",
      "take the E10 to town|''",
      "LDL cholesterol is bad|''",
      "U07.1 is reserved; codes|''",
      "an HDL 45 at noon|''",
      "E11.99999 code|''",
  })
  void finds(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"E11|0|3", "xE11|1|-1", "E1|0|-1", "E11.|0|3", "U07|0|-1",
      "E11.9x|0|-1", "K50.90|0|6"})
  void icdShape(String text, int at, int end) {
    assertEquals(end, ClinicalPatterns.icdEnd(text + "   ", at) == -1 ? -1
        : Math.min(ClinicalPatterns.icdEnd(text + "   ", at), text.length()));
  }

}
