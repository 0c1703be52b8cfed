package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UsNpiDetectorTest {
  private static final UsNpiDetector DETECTOR = new UsNpiDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("NPI 1234567893", "1234567893", 0.9, 1.0),
        hit("Ordering physician NPI 1024369278; DEA AB1234563", "1024369278", 0.9, 1.0),
        hit("| Provider | NPI |\n|---|---|\n| Dr. Jo | 1839138710 |", "1839138710", 0.9, 1.0),
        // a Luhn check alone (one ten-digit number in ten, time stamps included) stays below the threshold
        hit("Started 1621453376, ended", "1621453376", 0.4, 0.5),
        hit("call 1234567893 after six", "1234567893", 0.25, 0.35),
        miss("[1621453376] service started"),
        miss("NPI 1234567894"),
        miss("id 3234567893"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.US_NPI, row);
  }
}
