package dev.veil.testkit.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Published example values of each scheme, and the same values with one character changed. */
class ChecksumsTest {

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("luhn", (Predicate<String>) Checksums::luhnValid, "79927398713", "79927398711"),
        Arguments.of("luhn card", (Predicate<String>) Checksums::luhnValid, "4111111111111111", "4111111111111112"),
        Arguments.of("iban", (Predicate<String>) Checksums::ibanValid, "GB82WEST12345698765432",
            "GB82WEST12345698765433"),
        Arguments.of("iban de", (Predicate<String>) Checksums::ibanValid, "DE89370400440532013000",
            "DE89370400440532013001"),
        Arguments.of("aba", (Predicate<String>) Checksums::abaValid, "011000015", "011000016"),
        Arguments.of("npi", (Predicate<String>) Checksums::npiValid, "1234567893", "1234567894"),
        Arguments.of("dea", (Predicate<String>) Checksums::deaValid, "AB1234563", "AB1234564"),
        Arguments.of("vin", (Predicate<String>) Checksums::vinValid, "1M8GDM9AXKP042788", "1M8GDM9A1KP042788"),
        Arguments.of("de tax id", (Predicate<String>) Checksums::deTaxIdValid, "86095742719", "86095742718"),
        Arguments.of("codice fiscale", (Predicate<String>) Checksums::codiceFiscaleValid, "RSSMRA85T10A562S",
            "RSSMRA85T10A562T"),
        Arguments.of("dni", (Predicate<String>) Checksums::dniOrNieValid, "12345678Z", "12345678A"),
        Arguments.of("nie", (Predicate<String>) Checksums::dniOrNieValid, "X1234567L", "X1234567M"),
        Arguments.of("bsn", (Predicate<String>) Checksums::bsnValid, "111222333", "111222334"),
        Arguments.of("pesel", (Predicate<String>) Checksums::peselValid, "44051401359", "44051401358"),
        Arguments.of("nhs", (Predicate<String>) Checksums::nhsValid, "9434765919", "9434765918"),
        Arguments.of("se personnummer", (Predicate<String>) Checksums::luhnValid, "8112189876", "8112189875"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void acceptsTheExampleAndRejectsOneChangedCharacter(String scheme, Predicate<String> valid, String good,
      String bad) {
    assertEquals(true, valid.test(good), scheme + " example");
    assertEquals(false, valid.test(bad), scheme + " altered example");
  }

  @org.junit.jupiter.api.Test
  void nirKeyOfTheExample() {
    // 2 55 08 14 168 025 → key 38 (a specimen NIR used in French documentation)
    assertEquals(38, Checksums.nirKey("2550814168025"));
  }
}
