package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AccountNumberDetectorTest {
  private static final AccountNumberDetector DETECTOR = new AccountNumberDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("Account no. 1234567890.", "1234567890", 0.75, 0.85),
        hit("Kontonummer 0532013000", "0532013000", 0.75, 0.85).lang("de"),
        miss("ticket 1234567890"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.ACCOUNT_NUMBER, row);
  }
}
