package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UsDeaDetectorTest {
  private static final UsDeaDetector DETECTOR = new UsDeaDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("DEA AB1234563", "AB1234563", 0.95, 1.0),
        hit("reg AB1234563", "AB1234563", 0.85, 0.95),
        miss("DEA AB1234564"),
        miss("DEA IB1234563"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.US_DEA, row);
  }
}
