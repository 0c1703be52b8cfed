package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IpAddressDetectorTest {
  private static final IpAddressDetector DETECTOR = new IpAddressDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("from 192.168.1.10 today", "192.168.1.10", 0.8, 0.9),
        hit("host 2001:db8::8a2e:370:7334", "2001:db8::8a2e:370:7334", 0.8, 0.9),
        miss("version 1.2.3.4 released"),
        miss("256.1.1.1"),
        miss("1.2.3.4.5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.IP_ADDRESS, row);
  }
}
