package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UsItinDetectorTest {
  private static final UsItinDetector DETECTOR = new UsItinDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("ITIN 912-70-1234", "912-70-1234", 0.9, 1.0),
        hit("ref 912-70-1234", "912-70-1234", 0.8, 0.9),
        miss("ITIN 912-40-1234"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.US_ITIN, row);
  }
}
