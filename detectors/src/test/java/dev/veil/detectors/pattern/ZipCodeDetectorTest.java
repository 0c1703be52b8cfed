package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ZipCodeDetectorTest {
  private static final ZipCodeDetector DETECTOR = new ZipCodeDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("Springfield, IL 62704", "62704", 0.8, 0.9),
        hit("ZIP: 62704-1234", "62704-1234", 0.8, 0.9),
        hit("PLZ 10115", "10115", 0.8, 0.9).lang("de"),
        hit("12 Main Street, 62704", "62704", 0.7, 0.8),
        miss("glucose 12345 units"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.ZIP_CODE, row);
  }
}
