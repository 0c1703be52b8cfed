package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AbaRoutingDetectorTest {
  private static final AbaRoutingDetector DETECTOR = new AbaRoutingDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("routing number 021000021", "021000021", 0.9, 1.0),
        hit("to 011000015 today", "011000015", 0.55, 0.65),
        miss("routing number 021000022"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.US_BANK_ROUTING, row);
  }
}
