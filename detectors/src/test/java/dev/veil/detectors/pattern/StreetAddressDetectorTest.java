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
        hit("lives at 1600 Pennsylvania Ave NW, Washington", "1600 Pennsylvania Ave NW", 0.85, 0.95),
        hit("221B Baker Street", "221B Baker Street", 0.85, 0.95),
        hit("wohnt Hauptstraße 5a in Berlin", "Hauptstraße 5a", 0.85, 0.95).lang("de"),
        hit("au 12, rue de la Paix", "12, rue de la Paix", 0.85, 0.95).lang("fr"),
        hit("in Via Roma 10", "Via Roma 10", 0.85, 0.95).lang("it"),
        hit("P.O. Box 1234", "P.O. Box 1234", 0.85, 0.95),
        // units, directionals, the abbreviation point
        hit("at 9036 Harbor View St., Phoenix", "9036 Harbor View St.", 0.85, 0.95),
        hit("lives alone at 8488 Jefferson Ave.", "8488 Jefferson Ave", 0.85, 0.95),
        hit("moved to 20916 S Pennsylvania Street, Unit 1B today", "20916 S Pennsylvania Street, Unit 1B", 0.85, 0.95),
        hit("at 2745 Old Mill Ct Ste 348, Denver", "2745 Old Mill Ct Ste 348", 0.85, 0.95),
        hit("Flat 3, 14 Kings Road, London", "Flat 3, 14 Kings Road", 0.85, 0.95),
        // European forms
        hit("wohnt Dorpsweg 87, Hamburg", "Dorpsweg 87", 0.85, 0.95).lang("de"),
        hit("wohnt Karl-Marx-Ring 107a, Hamburg", "Karl-Marx-Ring 107a", 0.85, 0.95).lang("de"),
        hit("wohnt Am Hang 156, Hamburg", "Am Hang 156", 0.85, 0.95).lang("de"),
        hit("in der Berliner Straße 12 wohnt", "Berliner Straße 12", 0.85, 0.95).lang("de"),
        hit("Postfach 10 12 34", "Postfach 10 12 34", 0.85, 0.95).lang("de"),
        hit("woont op Molenstraat 383-II, Leiden", "Molenstraat 383-II", 0.85, 0.95).lang("nl"),
        hit("réside au 34bis route d'Italie, Marseille", "34bis route d'Italie", 0.85, 0.95).lang("fr"),
        hit("écrire à BP 1594, Lyon", "BP 1594", 0.85, 0.95).lang("fr"),
        hit("Vive en Avda. de Gràcia nº 205, Sevilla", "Avda. de Gràcia nº 205", 0.85, 0.95).lang("es"),
        hit("Apartado de Correos 4800, Madrid", "Apartado de Correos 4800", 0.85, 0.95).lang("es"),
        hit("abita in Via dei Mille 12/A, Roma", "Via dei Mille 12/A", 0.85, 0.95).lang("it"),
        // blood pressure is no boîte postale
        miss("BP 120/80, HR 72"),
        miss("bp 135 today"),
        miss("took 2 tablets daily"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.STREET_ADDRESS, row);
  }
}
