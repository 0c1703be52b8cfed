package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EmailDetectorTest {
  private static final EmailDetector DETECTOR = new EmailDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("mail jane.doe@example.com now", "jane.doe@example.com", 0.9, 1.0),
        hit("write to jane dot doe at example dot com", "jane dot doe at example dot com", 0.9, 1.0),
        hit("john[at]example[dot]org", "john[at]example[dot]org", 0.9, 1.0),
        hit("јohn@еxample.com", "јohn@еxample.com", 0.9, 1.0),
        hit("mail: jane.doe@\nexample.com", "jane.doe@\nexample.com", 0.9, 1.0),
        // glued to digits, punctuation or a key (found by fuzzing: the pattern read "org721" as no TLD)
        hit("mail jane.roe@example.org721 about it", "jane.roe@example.org", 0.9, 1.0),
        hit("<a href=\"mailto:jane@example.org\">", "jane@example.org", 0.9, 1.0),
        hit("Contact me at jane@example.org.", "jane@example.org", 0.9, 1.0),
        hit("log user=jane@example.org;", "jane@example.org", 0.9, 1.0),
        hit("write jane@example.orgPlease", "jane@example.org", 0.9, 1.0),
        hit("see thread\njane@example.org\n--", "jane@example.org", 0.9, 1.0),
        miss("meet me at home dot"),
        miss("a @ b"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.EMAIL_ADDRESS, row);
  }
}
