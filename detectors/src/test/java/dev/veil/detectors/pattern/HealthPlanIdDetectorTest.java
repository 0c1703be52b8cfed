package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HealthPlanIdDetectorTest {
  private static final HealthPlanIdDetector DETECTOR = new HealthPlanIdDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("Medicare MBI 1EG4-TE5-MK73.", "1EG4-TE5-MK73", 0.95, 1.0),
        hit("id 1EG4TE5MK73 on card", "1EG4TE5MK73", 0.8, 0.9),
        hit("Member ID: XJH123456789", "XJH123456789", 0.75, 0.85),
        miss("code 1SG4-TE5-MK73"),
        miss("member since 2020"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.HEALTH_PLAN_ID, row);
  }
}
