package dev.veil.detectors.national;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UkNhsNumberDetectorTest {
  private static final UkNhsNumberDetector DETECTOR = new UkNhsNumberDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("NHS number 943 476 5919", "943 476 5919", 0.95, 1.0),
        hit("ref 943 476 5919", "943 476 5919", 0.85, 0.95).region("GB"),
        miss("NHS number 943 476 5918"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.UK_NHS_NUMBER, row);
  }
}
