package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SwiftBicDetectorTest {
  private static final SwiftBicDetector DETECTOR = new SwiftBicDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("BIC DEUTDEFF", "DEUTDEFF", 0.85, 0.95),
        hit("SWIFT code: BNPAFRPPXXX", "BNPAFRPPXXX", 0.85, 0.95),
        miss("shouting DEUTDEFF"),
        miss("BIC DEUTXXFF"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.SWIFT_BIC, row);
  }
}
