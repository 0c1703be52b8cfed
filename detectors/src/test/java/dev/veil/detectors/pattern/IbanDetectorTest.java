package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IbanDetectorTest {
  private static final IbanDetector DETECTOR = new IbanDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("IBAN DE89 3704 0044 0532 0130 00 please", "DE89 3704 0044 0532 0130 00", 0.95, 1.0),
        hit("to GB82WEST12345698765432.", "GB82WEST12345698765432", 0.95, 1.0),
        miss("IBAN DE88 3704 0044 0532 0130 00"),
        miss("XX89 3704 0044 0532 0130 00"),
        // wrapped at the end of a line, with LF or CRLF
        hit("Salary paid into GB82 WEST\n1234 5698 7654 32; thanks", "GB82 WEST\n1234 5698 7654 32", 0.95, 1.0),
        hit("IBAN DE89 3704 0044\r\n0532 0130 00 please", "DE89 3704 0044\r\n0532 0130 00", 0.95, 1.0),
        // two line breaks (a paragraph) do not join groups
        miss("IBAN DE89 3704 0044\n\n0532 0130 00"),
        miss("IBAN DE88 3704 0044\n0532 0130 00"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.IBAN, row);
  }
}
