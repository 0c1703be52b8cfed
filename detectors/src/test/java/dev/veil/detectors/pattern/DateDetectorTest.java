package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DateDetectorTest {
  private static final DateDetector DETECTOR = new DateDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("DOB 03/14/1951.", "03/14/1951", 0.85, 1.0),
        hit("geboren am 14.03.1951", "14.03.1951", 0.85, 1.0).lang("de"),
        hit("seen 2025-02-02", "2025-02-02", 0.85, 1.0),
        hit("on Feb 2, 2025 at", "Feb 2, 2025", 0.85, 1.0),
        hit("on 2 February 2025", "2 February 2025", 0.85, 1.0),
        hit("since June 4th", "June 4th", 0.7, 0.9),
        hit("am 4. März 2025", "4. März 2025", 0.85, 1.0).lang("de"),
        hit("le 14 juillet 2024", "14 juillet 2024", 0.85, 1.0).lang("fr"),
        hit("visit on 11/02", "11/02", 0.6, 0.9),
        hit("in February 2025", "February 2025", 0.7, 0.8),
        miss("02/30/2020"),
        miss("2/3 of patients"),
        miss("the year 1951"),
        miss("13/13/2020"),
        miss("ratio 24/7"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.DATE, row);
  }
}
