package dev.veil.detectors.national;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlPeselDetectorTest {
  private static final PlPeselDetector DETECTOR = new PlPeselDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("PESEL 44051401359", "44051401359", 0.95, 1.0),
        miss("PESEL 44051401358"),
        miss("PESEL 44133401359"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.NATIONAL_ID, row);
  }
}
