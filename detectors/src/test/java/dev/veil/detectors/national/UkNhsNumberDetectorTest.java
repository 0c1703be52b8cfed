package dev.veil.detectors.national;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UkNhsNumberDetectorTest {
  private static final UkNhsNumberDetector DETECTOR = new UkNhsNumberDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("NHS number 943 476 5919", "943 476 5919", 0.95, 1.0),
        hit("NHS No: 9434765919.", "9434765919", 0.95, 1.0),
        hit("Clinic letter re Jo (NHS No 943 476 5919), appointment 12/03", "943 476 5919", 0.95, 1.0),
        hit("| Patient | NHS |\n|---|---|\n| Jo | 943 476 5919 |", "943 476 5919", 0.95, 1.0),
        // mod 11 alone passes one random number in eleven: below the threshold, in every region
        hit("seen 943 476 5919 today", "943 476 5919", 0.4, 0.5).region("GB"),
        hit("ended 4176253347, 0 errors", "4176253347", 0.4, 0.5),
        // introduced as another kind of number, although "NHS" is near
        hit("ref 943 476 5919", "943 476 5919", 0.25, 0.35).region("GB"),
        hit("NHS number 943 476 5919; phone 401 023 2137", "401 023 2137", 0.25, 0.35),
        hit("invalid NPI 4062026007, invalid NHS 401 023 2138", "4062026007", 0.25, 0.35),
        miss("Started 4835118359, ended 4176253347"),
        miss("NHS number 943 476 5918"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.UK_NHS_NUMBER, row);
  }
}
