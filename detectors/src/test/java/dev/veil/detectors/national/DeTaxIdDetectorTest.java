package dev.veil.detectors.national;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeTaxIdDetectorTest {
  private static final DeTaxIdDetector DETECTOR = new DeTaxIdDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("Steuer-ID 65929970489", "65929970489", 0.95, 1.0).lang("de"),
        hit("nr 65929970489", "65929970489", 0.9, 0.95),
        miss("Steuer-ID 65929970488"),
        miss("nr 11111111111"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.NATIONAL_ID, row);
  }
}
