package dev.veil.detectors.national;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ItFiscalCodeDetectorTest {
  private static final ItFiscalCodeDetector DETECTOR = new ItFiscalCodeDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("CF RSSMRA85T10A562S", "RSSMRA85T10A562S", 0.95, 1.0).lang("it"),
        hit("codice fiscale: rssmra85t10a562s", "rssmra85t10a562s", 0.95, 1.0),
        miss("CF RSSMRA85T10A562T"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.NATIONAL_ID, row);
  }
}
