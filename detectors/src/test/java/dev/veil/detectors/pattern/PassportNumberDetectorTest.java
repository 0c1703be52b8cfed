package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PassportNumberDetectorTest {
  private static final PassportNumberDetector DETECTOR = new PassportNumberDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("Passport no. X1234567.", "X1234567", 0.9, 1.0),
        hit("numéro de passeport 12AB34567", "12AB34567", 0.9, 1.0).lang("fr"),
        // two letters and seven digits also pass the DEA check digit one time in ten: the label decides
        hit("Numero di passaporto XA1094008.", "XA1094008", 0.9, 1.0).lang("it"),
        hit("Reisepassnummer CHNVXJZLP, ausgestellt", "CHNVXJZLP", 0.9, 1.0).lang("de"),
        hit("Pass-Nr. C01X00T47", "C01X00T47", 0.9, 1.0).lang("de"),
        hit("Numer paszportu: EA1234567.", "EA1234567", 0.9, 1.0).lang("pl"),
        hit("Paszport nr AN4365717", "AN4365717", 0.9, 1.0).lang("pl"),
        hit("Pass nr 48981203. Giltigt", "48981203", 0.9, 1.0).lang("sv"),
        hit("Passnummer: 27680053", "27680053", 0.9, 1.0).lang("sv"),
        hit("pasaporte nº PAA123456", "PAA123456", 0.9, 1.0).lang("es"),
        hit("paspoortnummer NW3BF17J1", "NW3BF17J1", 0.9, 1.0).lang("nl"),
        miss("Reisepass VERLOREN gemeldet").lang("de"),
        miss("passport office closed 2020"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.PASSPORT_NUMBER, row);
  }
}
