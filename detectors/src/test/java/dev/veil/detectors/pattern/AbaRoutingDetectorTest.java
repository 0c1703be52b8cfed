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
        hit("ABA: 021000021", "021000021", 0.9, 1.0),
        hit("please wire it to 021000021 today", "021000021", 0.9, 1.0),
        hit("| Bank | Routing number |\n|---|---|\n| Chase | 021000021 |", "021000021", 0.9, 1.0),
        hit("021000021 is the routing number", "021000021", 0.9, 1.0),
        // the checksum alone (one random nine-digit number in 25 passes) stays below the threshold
        hit("to 011000015 today", "011000015", 0.4, 0.5),
        // the closest label says account: no routing number, even with "routing" near
        hit("routing 021000021, account 011000015", "011000015", 0.25, 0.35),
        hit("account 011000015, routing 021000021", "011000015", 0.25, 0.35),
        hit("account 011000015, routing 021000021", "021000021", 0.9, 1.0),
        miss("The sample SSN 011000015 in the tutorial"),
        miss("Test ids 011000015, 90082629655 and 021000021 are all invalid"),
        miss("routing number 021000022"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.US_BANK_ROUTING, row);
  }
}
