package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CardAuthenticationDataDetectorTest {
  private static final CardAuthenticationDataDetector DETECTOR = new CardAuthenticationDataDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("card 4111111111111111 CVV 123", "123", 0.85, 0.95),
        hit("CVC2: 4567", "4567", 0.85, 0.95),
        hit("PIN 4321", "4321", 0.8, 0.9),
        hit(";4111111111111111=25121010000000000000?", ";4111111111111111=25121010000000000000?", 0.95, 1.0),
        hit("%B4111111111111111^DOE/JANE^2512101000000000?", "%B4111111111111111^DOE/JANE^2512101000000000?", 0.95, 1.0),
        miss("a=1234567890123=1234567"),
        miss("pinned 1234"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.CARD_AUTHENTICATION_DATA, row);
  }
}
