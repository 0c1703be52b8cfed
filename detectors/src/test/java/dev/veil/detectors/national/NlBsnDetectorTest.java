package dev.veil.detectors.national;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NlBsnDetectorTest {
  private static final NlBsnDetector DETECTOR = new NlBsnDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("BSN 111222333", "111222333", 0.95, 1.0).lang("nl"),
        hit("nummer 111222333", "111222333", 0.75, 0.85).lang("nl"),
        miss("nummer 111222333"),
        miss("BSN 111222334"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.NATIONAL_ID, row);
  }
}
