package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UsNpiDetectorTest {
  private static final UsNpiDetector DETECTOR = new UsNpiDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("NPI 1234567893", "1234567893", 0.9, 1.0),
        miss("NPI 1234567894"),
        miss("id 3234567893"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.US_NPI, row);
  }
}
