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
        hit("Pt 92y/o F", "92", 0.8, 0.9),
        hit("my nan is 104yo and", "104", 0.8, 0.9),
        hit("Age: 97. Sex: M", "97", 0.8, 0.9),
        hit("Discharge: 90 y.o. man", "90", 0.8, 0.9),
        hit("a 96-yr-old man", "96", 0.8, 0.9),
        hit("she is 101 years of age", "101", 0.8, 0.9),
        hit("she's 93 now", "93", 0.8, 0.9),
        hit("no, she turns 99 on Friday", "99", 0.8, 0.9),
        hit("grandpa just turned 100", "100", 0.8, 0.9),
        hit("my great aunt is 98 lol", "98", 0.8, 0.9),
        hit("until age 94; now frail", "94", 0.8, 0.9),
        hit("a widow in her 90s", "90s", 0.8, 0.9),
        hit("a lady in her late 90's", "90's", 0.8, 0.9),
        hit("patient is ninety-six years of age", "ninety-six", 0.8, 0.9),
        hit("At age ninety she still gardens", "ninety", 0.8, 0.9),
        hit("Der 91-jährige Patient", "91", 0.8, 0.9).lang("de"),
        hit("Paziente di 97 anni", "97", 0.8, 0.9).lang("it"),
        hit("Patiënt (92 jaar)", "92", 0.8, 0.9).lang("nl"),
        hit("pacjent w wieku 101 lat", "101", 0.8, 0.9).lang("pl"),
        hit("Mannen är 92 år gammal", "92", 0.8, 0.9).lang("sv"),
        miss("a 45-year-old man"),
        miss("aged 89"),
        miss("93 patients"),
        miss("she's 95 kg"),
        miss("he is 100% sure"),
        miss("turned 90 degrees"),
        miss("infant aged 92 days"),
        miss("back in the 90s"),
        miss("in her 80s"),
        miss("HR 92, BP 120/80"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.AGE, row);
  }
}
