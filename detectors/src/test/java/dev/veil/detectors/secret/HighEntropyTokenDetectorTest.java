package dev.veil.detectors.secret;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HighEntropyTokenDetectorTest {
  private static final HighEntropyTokenDetector DETECTOR = new HighEntropyTokenDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("Authorization: Bearer 9f8A7d6C5b4E3a2F1x0Y9z8W7v6U", "9f8A7d6C5b4E3a2F1x0Y9z8W7v6U", 0.75, 0.85),
        miss("random 9f8A7d6C5b4E3a2F1x0Y9z8W7v6U far from words"),
        miss("api aaaaaaaaaaaaaaaaaaaaaaaa1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.SECRET, row);
  }
}
