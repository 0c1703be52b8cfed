package dev.veil.detectors;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings, their attributes and detector descriptions never carry the values they found. */
class NoValueLeakTest {
  private static final List<String> PLANTED = List.of("536-22-8119", "4111 1111 1111 1111", "00482913",
      "jane.doe@example.com", "DE89 3704 0044 0532 0130 00", "AKIAIOSFODNN7EXAMPLE", "hunter22", "1EG4-TE5-MK73",
      "65929970489", "(212) 555-0143");

  @Test
  void plantedValuesAppearInNoFindingOrDescription() {
    String text = "SSN 536-22-8119, card 4111 1111 1111 1111, MRN: 00482913, jane.doe@example.com, IBAN "
        + "DE89 3704 0044 0532 0130 00, key AKIAIOSFODNN7EXAMPLE password=hunter22 Medicare 1EG4-TE5-MK73 "
        + "Steuer-ID 65929970489 phone (212) 555-0143";
    DetectorInput in = new DetectorInput(text, GuardContext.defaults());
    StringBuilder everything = new StringBuilder(in.toString());
    for (Detector d : AllDetectors.load()) {
      everything.append(d).append(d.id());
      for (Finding f : d.detect(in)) {
        everything.append(f).append(f.attributes());
      }
    }
    String all = everything.toString();
    for (String v : PLANTED) {
      assertFalse(all.contains(v), "a detected value leaked into a finding or description");
      assertFalse(all.contains(v.replace(" ", "").replace("-", "")), "a compacted value leaked");
    }
  }
}
