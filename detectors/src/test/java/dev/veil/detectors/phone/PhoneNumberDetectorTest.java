package dev.veil.detectors.phone;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PhoneNumberDetectorTest {
  private static final PhoneNumberDetector DETECTOR = new PhoneNumberDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("Call (212) 555-0143 today", "(212) 555-0143", 0.9, 1.0),
        hit("fax +1 415 555 0199", "+1 415 555 0199", 0.85, 1.0),
        hit("reach her at +49 30 901820", "+49 30 901820", 0.85, 1.0),
        hit("Telefon 030 901820", "030 901820", 0.9, 1.0).lang("de").region("DE"),
        hit("ph: two one two five five five zero one four three", "two one two five five five zero one four three", 0.9, 1.0),
        miss("order 12345"),
        miss("SSN 536-22-8119"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.PHONE_NUMBER, row);
  }
}
