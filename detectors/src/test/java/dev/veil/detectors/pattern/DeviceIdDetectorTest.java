package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeviceIdDetectorTest {
  private static final DeviceIdDetector DETECTOR = new DeviceIdDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("IMEI 490154203237518", "490154203237518", 0.95, 1.0),
        hit("serial number SN-88231-X", "SN-88231-X", 0.75, 0.85),
        hit("MAC 00:1A:2B:3C:4D:5E", "00:1A:2B:3C:4D:5E", 0.8, 0.9),
        miss("IMEI 490154203237519"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.DEVICE_ID, row);
  }
}
