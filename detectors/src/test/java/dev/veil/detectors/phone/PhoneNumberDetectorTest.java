package dev.veil.detectors.phone;

import static dev.veil.detectors.DetectorTables.hit;
import static dev.veil.detectors.DetectorTables.miss;

import dev.veil.EntityType;
import dev.veil.detectors.DetectorTables;
import dev.veil.detectors.DetectorTables.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PhoneNumberDetectorTest {
  private static final PhoneNumberDetector DETECTOR = new PhoneNumberDetector();

  static Stream<Row> rows() {
    return Stream.of(
        hit("Call (212) 555-0143 today", "(212) 555-0143", 0.9, 1.0),
        hit("fax +1 415 555 0199", "+1 415 555 0199", 0.95, 1.0),
        hit("reach her at +49 30 901820", "+49 30 901820", 0.95, 1.0),
        hit("Telefon 030 901820", "030 901820", 0.9, 1.0).lang("de").region("DE"),
        hit("bitte ruf mich unter 030 35217632 zurück", "030 35217632", 0.9, 1.0).lang("de").region("DE"),
        hit("Service client : 06 13 07 45 80.", "06 13 07 45 80", 0.9, 1.0).lang("fr").region("FR"),
        hit("ph: two one two five five five zero one four three", "two one two five five five zero one four three",
            0.9, 1.0),
        // a spoken "plus" is the + of the country code and part of the number
        hit("Tel. plus four nine one five two five seven four zero nine two three zero.",
            "plus four nine one five two five seven four zero nine two three zero", 0.95, 1.0).lang("de").region("DE"),
        hit("my number is plus one seven one three six four six six three seven seven. Thanks",
            "plus one seven one three six four six six three seven seven", 0.9, 1.0),
        // parentheses around the whole number are not the area code's
        hit("the daughter (919.409.3161) will drive", "919.409.3161", 0.7, 0.8),
        hit("the daughter (+1-808-394-0257) will drive", "+1-808-394-0257", 0.8, 0.9),
        hit("the daughter ((718) 919-9828) will drive", "(718) 919-9828", 0.7, 0.8),
        // a number wrapped at the line end
        hit("fax (702)\n595-8995 today", "(702)\n595-8995", 0.9, 1.0),
        hit("| Patient | Phone |\n|---|---|\n| Jo | 415 823 4410 |", "415 823 4410", 0.9, 1.0),
        hit("NHS number: 943 476 5919; phone 020 7946 0018", "020 7946 0018", 0.9, 1.0).region("GB"),
        hit("Lives nearby, 415-823-4410.", "415-823-4410", 0.7, 0.8),
        // layouts libphonenumber reads: trunk "(0)" after the country code, 00 and 011 call prefixes,
        // German slash, country code with a parenthesised area code, an extension after the number
        hit("phone +44 (0)20 7946 0018", "+44 (0)20 7946 0018", 0.95, 1.0).region("GB"),
        hit("Telefon 0049 30 1234567", "0049 30 1234567", 0.9, 1.0).lang("de").region("DE"),
        hit("call 011 49 30 1234567", "011 49 30 1234567", 0.9, 1.0),
        hit("Telefon 030/1234567", "030/1234567", 0.9, 1.0).lang("de").region("DE"),
        hit("tel:+1 (415) 823-4410", "+1 (415) 823-4410", 0.95, 1.0),
        hit("office 415.823.4410 ext. 12", "415.823.4410", 0.7, 0.8),
        // two numbers in one run of digits and punctuation
        hit("call 415-823-4410 212-555-0143", "212-555-0143", 0.9, 1.0),
        hit("born 03/14/1951 (415) 823-4410", "(415) 823-4410", 0.7, 0.8),
        hit("Tel 030 1234567 / 0151 23456789", "0151 23456789", 0.9, 1.0).lang("de").region("DE"),
        // a German number written without its trunk 0 is not a number libphonenumber's VALID accepts
        miss("Telefon 30 1234567").lang("de").region("DE"),
        miss("IP 177.95.171.215 today"),
        miss("card: 3444 192090 19675"),
        miss("2024-05-17 10:42:13.512 INFO Started"),
        // bare national digit runs need a context word: they are as likely IDs or time stamps
        hit("the daughter (4158234410) will drive", "4158234410", 0.4, 0.5),
        hit("call 4158234410 today", "4158234410", 0.9, 1.0),
        miss("Order ORD-2025-803679, tracking 1313"),
        miss("Your order ORD-2022-389408 is out for delivery"),
        miss("Lieferung mit Auftragsnummer #59304503.").lang("de").region("DE"),
        miss("Lieferung mit Auftragsnummer PO 73463/15.").lang("de").region("DE"),
        miss("Version 7.1.12 kostet 2135,62 €, Lieferung").lang("de").region("DE"),
        miss("NPI 2727923703 could not be verified"),
        miss("Invalid NPI 1549080261, invalid IMEI 4901542, invalid NHS 523 889 1868."),
        miss("Test ids 298028441, 90082629655 and 409 213 9627 are all invalid"),
        miss("Started 1714092834, ended 1753824834, 0 errors"),
        miss("[1624061069] service started"),
        miss("Quarterly fee $214.81, reference ORD-2024-969866; the rate rose"),
        miss("Claim for vehicle 1HGCM82633A004352 (policy 2025-697135) was approved"),
        miss("Sample IBAN NL05 OJEF 3073 3388 17 in the test suite").region("NL"),
        miss("account 415-823-4410"),
        miss("data di nascita 02.03.2025, codice").lang("it").region("IT"),
        miss("born 03/14/1951 in Ohio"),
        miss("order 12345"),
        miss("SSN 536-22-8119"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    DetectorTables.check(DETECTOR, EntityType.PHONE_NUMBER, row);
  }
}
