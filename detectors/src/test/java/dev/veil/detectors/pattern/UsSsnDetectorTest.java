package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UsSsnDetectorTest {
  private static final UsSsnDetector DETECTOR = new UsSsnDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("SSN: 536-22-8119", "536-22-8119", 0.9, 1.0),
        hit("ref 536-22-8119 on file", "536-22-8119", 0.8, 0.9),
        hit("social security number 536228119", "536228119", 0.7, 0.8),
        hit("my ssn is 5 3 6 - 2 2 - 8 1 1 9", "5 3 6 - 2 2 - 8 1 1 9", 0.9, 1.0),
        hit("SSN five three six two two eight one one nine.", "five three six two two eight one one nine", 0.7, 0.8),
        hit("Sozialversicherungsnummer 536-22-8119", "536-22-8119", 0.9, 1.0).lang("de"),
        miss("order 536228119 shipped"),
        miss("SSN 000-22-8119"),
        miss("SSN 666-22-8119"),
        miss("SSN 936-22-8119"),
        miss("SSN 536-00-8119"),
        miss("id 1536-22-8119-4"),
        miss(""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.US_SSN, row);
  }
}
