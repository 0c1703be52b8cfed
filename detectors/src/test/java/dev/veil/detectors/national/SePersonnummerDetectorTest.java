package dev.veil.detectors.national;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SePersonnummerDetectorTest {
  private static final SePersonnummerDetector DETECTOR = new SePersonnummerDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("personnummer 811228-9874", "811228-9874", 0.95, 1.0),
        hit("id 811228-9874", "811228-9874", 0.9, 0.95),
        miss("personnummer 811228-9875"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.NATIONAL_ID, row);
  }
}
