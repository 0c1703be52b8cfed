package dev.veil.detectors.pattern;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CreditCardDetectorTest {
  private static final CreditCardDetector DETECTOR = new CreditCardDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("Card 4111 1111 1111 1111 exp 12/28", "4111 1111 1111 1111", 0.95, 1.0),
        hit("paid with 5500-0000-0000-0004.", "5500-0000-0000-0004", 0.9, 1.0),
        hit("amex 3782 822463 10005", "3782 822463 10005", 0.9, 1.0),
        hit("no 4111111111111111 12", "4111111111111111", 0.9, 1.0),
        hit("Card ４１１１ 1111 1111 1111", "４１１１ 1111 1111 1111", 0.9, 1.0),
        miss("Card 4111 1111 1111 1112"),
        miss("id 1234 5678 9012 3456"),
        miss("0000000000000000"),
        // a Luhn-valid run that is the account part of a valid IBAN belongs to the IBAN
        miss("Please use IBAN PL37 4806 0591 4742 2335 9844 4336 today"),
        miss("PL37480605914742233598444336"),
        // the same run when the IBAN around it fails mod 97 (check digits changed) is a card
        hit("Please use IBAN PL38 4806 0591 4742 2335 9844 4336 today", "4806 0591 4742 2335", 0.9, 1.0),
        // a card written after a valid IBAN is still a card
        hit("IBAN PL37 4806 0591 4742 2335 9844 4336, card 4111 1111 1111 1111", "4111 1111 1111 1111", 0.95, 1.0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.CREDIT_CARD, row);
  }
}
