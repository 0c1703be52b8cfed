package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AgeDetectorTest {
  private static final AgeDetector DETECTOR = new AgeDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("a 93-year-old man", "93", 0.8, 0.9),
        hit("aged 95, stable", "95", 0.8, 0.9),
        hit("91 y/o female", "91", 0.8, 0.9),
        hit("Patientin, 92 Jahre alt", "92", 0.8, 0.9).lang("de"),
        hit("homme de 94 ans", "94", 0.8, 0.9).lang("fr"),
        miss("a 45-year-old man"),
        miss("aged 89"),
        miss("93 patients"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.AGE, row);
  }
}
