package dev.veil.detectors.national;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UkNinoDetectorTest {
  private static final UkNinoDetector DETECTOR = new UkNinoDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("NINO AB 12 34 56 C", "AB 12 34 56 C", 0.95, 1.0),
        hit("ref AB123456C", "AB123456C", 0.8, 0.9),
        miss("NINO QQ 12 34 56 C"),
        miss("NINO AB 12 34 56 E"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.NATIONAL_ID, row);
  }
}
