package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VehicleIdDetectorTest {
  private static final VehicleIdDetector DETECTOR = new VehicleIdDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("VIN 1HGCM82633A004352", "1HGCM82633A004352", 0.95, 1.0),
        hit("car 1HGCM82633A004352", "1HGCM82633A004352", 0.9, 0.95),
        hit("license plate 7ABC123", "7ABC123", 0.75, 0.85),
        hit("Kennzeichen B-AB 1234", "B-AB 1234", 0.75, 0.85).lang("de"),
        miss("VIN 1HGCM82643A004352"),
        miss("plate of pasta"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.VEHICLE_ID, row);
  }
}
