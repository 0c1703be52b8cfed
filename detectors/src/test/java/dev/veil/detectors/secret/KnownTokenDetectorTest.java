package dev.veil.detectors.secret;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KnownTokenDetectorTest {
  private static final KnownTokenDetector DETECTOR = new KnownTokenDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("key AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE", 0.9, 1.0),
        hit("ghp_abcdefghijklmnopqrstuvwxyz0123456789", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", 0.9, 1.0),
        hit("glpat-abcdefghij0123456789", "glpat-abcdefghij0123456789", 0.9, 1.0),
        hit("xoxb-1234567890-abcdefghij", "xoxb-1234567890-abcdefghij", 0.9, 1.0),
        hit("k=AIzaSyA1234567890abcdefghijklmnopqrstuv", "AIzaSyA1234567890abcdefghijklmnopqrstuv", 0.9, 1.0),
        hit("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N", 0.9, 1.0),
        miss("AKIA is a prefix"),
        miss("ghp_short"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.SECRET, row);
  }
}
