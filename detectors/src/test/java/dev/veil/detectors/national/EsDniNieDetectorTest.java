package dev.veil.detectors.national;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EsDniNieDetectorTest {
  private static final EsDniNieDetector DETECTOR = new EsDniNieDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("DNI 12345678Z", "12345678Z", 0.95, 1.0).lang("es"),
        hit("NIE X1234567L", "X1234567L", 0.95, 1.0),
        hit("doc 12345678-Z", "12345678-Z", 0.9, 0.95),
        miss("DNI 12345678A"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.NATIONAL_ID, row);
  }
}
