package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PassportNumberDetectorTest {
  private static final PassportNumberDetector DETECTOR = new PassportNumberDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("Passport no. X1234567.", "X1234567", 0.8, 0.9),
        hit("numéro de passeport 12AB34567", "12AB34567", 0.8, 0.9).lang("fr"),
        miss("passport office closed 2020"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.PASSPORT_NUMBER, row);
  }
}
