package dev.veil.detectors.national;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FrNirDetectorTest {
  private static final FrNirDetector DETECTOR = new FrNirDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("NIR 1 85 05 78 006 084 91", "1 85 05 78 006 084 91", 0.95, 1.0).lang("fr"),
        hit("n 269014912345687", "269014912345687", 0.9, 1.0),
        miss("NIR 1 85 05 78 006 084 92"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.NATIONAL_ID, row);
  }
}
