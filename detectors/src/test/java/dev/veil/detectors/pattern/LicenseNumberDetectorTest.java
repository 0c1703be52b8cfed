package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LicenseNumberDetectorTest {
  private static final LicenseNumberDetector DETECTOR = new LicenseNumberDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("Driver's license D1234567.", "D1234567", 0.75, 0.85),
        hit("certificate no. CERT-2231-77", "CERT-2231-77", 0.75, 0.85),
        miss("licensed in 2019 to practise"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.LICENSE_NUMBER, row);
  }
}
