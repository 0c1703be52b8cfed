package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StreetAddressDetectorTest {
  private static final StreetAddressDetector DETECTOR = new StreetAddressDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("lives at 1600 Pennsylvania Ave NW, Washington", "1600 Pennsylvania Ave NW", 0.75, 0.85),
        hit("221B Baker Street", "221B Baker Street", 0.75, 0.85),
        hit("wohnt Hauptstraße 5a in Berlin", "Hauptstraße 5a", 0.75, 0.85).lang("de"),
        hit("au 12, rue de la Paix", "12, rue de la Paix", 0.75, 0.85).lang("fr"),
        hit("in Via Roma 10", "Via Roma 10", 0.75, 0.85).lang("it"),
        hit("P.O. Box 1234", "P.O. Box 1234", 0.75, 0.85),
        miss("took 2 tablets daily"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.STREET_ADDRESS, row);
  }
}
