package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UrlDetectorTest {
  private static final UrlDetector DETECTOR = new UrlDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("see https://example.com/a?b=1.", "https://example.com/a?b=1", 0.7, 0.9),
        hit("www.example.org/path", "www.example.org/path", 0.7, 0.9),
        miss("no link here"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.URL, row);
  }
}
