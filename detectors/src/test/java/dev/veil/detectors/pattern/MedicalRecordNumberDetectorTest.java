package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MedicalRecordNumberDetectorTest {
  private static final MedicalRecordNumberDetector DETECTOR = new MedicalRecordNumberDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("MRN: 00482913, admitted", "00482913", 0.8, 0.9),
        hit("chart # A-22918", "A-22918", 0.8, 0.9),
        hit("{\"mrn\": \"00482913\"}", "00482913", 0.8, 0.9),
        hit("Patientennummer 4711-2305", "4711-2305", 0.8, 0.9).lang("de"),
        hit("| Patient | MRN |\n|---|---|\n| J. | 00482913 |", "00482913", 0.8, 0.9),
        miss("order 00482913 shipped"),
        miss("MRN pending; glucose 1234 mg"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.MEDICAL_RECORD_NUMBER, row);
  }
}
