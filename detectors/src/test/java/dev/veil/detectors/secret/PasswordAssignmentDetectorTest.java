package dev.veil.detectors.secret;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PasswordAssignmentDetectorTest {
  private static final PasswordAssignmentDetector DETECTOR = new PasswordAssignmentDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("password=hunter22", "hunter22", 0.85, 0.95),
        hit("DB_PASSWORD: \"s3cr3t!x\"", "s3cr3t!x", 0.85, 0.95),
        hit("mein Passwort ist Sommer2024", "Sommer2024", 0.7, 0.8),
        miss("password=${DB_PASS}"),
        miss("password: ********"),
        miss("passenger: John Smith"),
        miss("the token is valid"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.SECRET, row);
  }
}
