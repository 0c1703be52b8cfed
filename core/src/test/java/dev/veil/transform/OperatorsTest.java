package dev.veil.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import dev.veil.EntityType;
import dev.veil.Finding;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperatorsTest {
  static final KeyRing RING = KeyRing.of(VeilKey.of("k1", 1, bytes(16, 7)));

  static byte[] bytes(int n, int seed) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (seed * 31 + i);
    }
    return b;
  }

  static String run(Operator op, EntityType type, String value, TransformSession s) {
    return op.apply(value, Finding.of(type, 0, value.length(), 0.9, "test"), s);
  }

  static String run(Operator op, EntityType type, String value) {
    return run(op, type, value, TransformSession.create());
  }

  @Test
  void redactRemovesTheValue() {
    assertEquals("", run(Operators.redact(), EntityType.US_SSN, "536-22-8119"));
  }

  @Test
  void tagIsConsistentPerValueAndDistinctAcrossValues() {
    TransformSession s = TransformSession.create();
    assertEquals("<PERSON_1>", run(Operators.tag(), EntityType.PERSON, "Jane Roe", s));
    assertEquals("<PERSON_2>", run(Operators.tag(), EntityType.PERSON, "John Poe", s));
    assertEquals("<PERSON_1>", run(Operators.tag(), EntityType.PERSON, "Jane Roe", s));
    assertEquals("<EMAIL_ADDRESS_1>", run(Operators.tag(), EntityType.EMAIL_ADDRESS, "jr@x.io", s));
  }

  @ParameterizedTest
  @CsvSource({
      "4111 1111 1111 1111, 4, **** **** **** 1111",
      "536-22-8119, 4, ***-**-8119",
      "123, 4, **3",
      "abcd, 0, ****",
  })
  void maskKeepsLastNButNeverMoreThanHalf(String value, int keep, String expected) {
    assertEquals(expected, run(Operators.mask(keep), EntityType.CREDIT_CARD, value));
  }

  @ParameterizedTest
  @CsvSource({
      "DATE, 03/04/2021, 2021",
      "DATE, 2019-12-31, 2019",
      "DATE, June 4th, [DATE]",
      "ZIP_CODE, 02139, 021",
      "ZIP_CODE, 03601, 000",
      "ZIP_CODE, 89012-1234, 000",
      "ZIP_CODE, 12, 000",
      "AGE, 45, 45",
      "AGE, 89, 89",
      "AGE, 90, 90+",
      "AGE, 104 years, 90+",
      "AGE, 092, 90+",
      "AGE, 007, 007",
      "AGE, ninety-two, <AGE_1>",
      "PERSON, Jane Roe, <PERSON_1>",
  })
  void generalizeFollowsSafeHarbor(EntityType type, String value, String expected) {
    assertEquals(expected, run(Operators.generalize(), type, value));
  }

  @Test
  void generalizeAggregatesYearsThatCouldShowAnAgeOver89() {
    int now = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();
    String category = "before " + (now - 89);
    assertEquals(category, run(Operators.generalize(), EntityType.DATE, "03/04/" + (now - 90)));
    assertEquals(category, run(Operators.generalize(), EntityType.DATE, "1901-01-01"));
    assertEquals(String.valueOf(now - 89), run(Operators.generalize(), EntityType.DATE, (now - 89) + "-06-01"));
  }

  @Test
  void hmacCarriesKeyRefIsDeterministicAndTypeSeparated() {
    String a = run(Operators.hmac(RING), EntityType.US_SSN, "536-22-8119");
    assertTrue(Pattern.compile("HMAC:k1v1:[A-Za-z0-9_-]{43}").matches(a), a);
    assertEquals(a, run(Operators.hmac(RING), EntityType.US_SSN, "536-22-8119"));
    assertNotEquals(a, run(Operators.hmac(RING), EntityType.US_ITIN, "536-22-8119"));
    assertNotEquals(a, run(Operators.hmac(KeyRing.of(VeilKey.of("k1", 1, bytes(16, 8)))), EntityType.US_SSN,
        "536-22-8119"));
    assertEquals("hmac:k1v1", Operators.hmac(RING).name());
  }

  @Test
  void hmacFromAnOldKeyStillVerifiesAfterRotation() {
    String old = run(Operators.hmac(RING), EntityType.US_SSN, "536-22-8119");
    KeyRing rotated = RING.rotate(VeilKey.of("k1", 2, bytes(32, 9)));
    String fresh = run(Operators.hmac(rotated), EntityType.US_SSN, "536-22-8119");
    assertTrue(fresh.startsWith("HMAC:k1v2:"));
    assertTrue(Operators.verifyHash(rotated, EntityType.US_SSN, "536-22-8119", old));
    assertTrue(Operators.verifyHash(rotated, EntityType.US_SSN, "536-22-8119", fresh));
    assertFalse(Operators.verifyHash(rotated, EntityType.US_SSN, "536-22-8110", old));
    assertFalse(Operators.verifyHash(RING, EntityType.US_SSN, "536-22-8119", fresh)); // k1v2 unknown
    assertFalse(Operators.verifyHash(rotated, EntityType.US_SSN, "536-22-8119", "HMAC:k1v1:!!"));
  }

  @Test
  void fpeKeepsFormatRecordsTheKeyAndDecryptsWithAnOldKey() {
    String c = run(Operators.fpe(RING), EntityType.US_SSN, "536-22-8119");
    assertTrue(Pattern.compile("\\d{3}-\\d{2}-\\d{4}").matches(c), c);
    assertNotEquals("536-22-8119", c);
    assertEquals(c, run(Operators.fpe(RING), EntityType.US_SSN, "536-22-8119"));
    assertEquals("fpe:k1v1", Operators.fpe(RING).name());
    KeyRing rotated = RING.rotate(VeilKey.of("k2", 1, bytes(24, 3)));
    assertEquals("fpe:k2v1", Operators.fpe(rotated).name());
    assertEquals("536-22-8119", Operators.fpeDecrypt(rotated, "k1v1", EntityType.US_SSN, c));
    assertThrows(IllegalArgumentException.class,
        () -> Operators.fpeDecrypt(rotated, "k9v1", EntityType.US_SSN, c));
  }

  @Test
  void fpeTagsValuesBelowTheFf1Domain() {
    assertEquals("<ZIP_CODE_1>", run(Operators.fpe(RING), EntityType.ZIP_CODE, "02139"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2021-03-04 | uuuu-MM-dd",
      "03/04/2021 | MM/dd/uuuu",
      "3/4/2021 | M/d/uuuu",
      "04.03.2021 | dd.MM.uuuu",
      "March 4, 2021 | MMMM d, uuuu",
      "Mar 4, 2021 | MMM d, uuuu",
      "4 March 2021 | d MMMM uuuu",
  })
  void dateShiftKeepsFormatAndShiftsBySessionDays(String value, String pattern) {
    TransformSession s = TransformSession.create();
    String shifted = run(Operators.dateShift(), EntityType.DATE, value, s);
    DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, java.util.Locale.ENGLISH);
    LocalDate before = LocalDate.parse(value, f);
    LocalDate after = LocalDate.parse(shifted, f);
    assertEquals(s.dateShiftDays(), ChronoUnit.DAYS.between(before, after));
    assertTrue(Math.abs(s.dateShiftDays()) >= 30 && Math.abs(s.dateShiftDays()) <= 365);
  }

  @Test
  void dateShiftKeepsIntervalsWithinAConversation() {
    TransformSession s = TransformSession.create();
    String a = run(Operators.dateShift(), EntityType.DATE, "2021-03-04", s);
    String b = run(Operators.dateShift(), EntityType.DATE, "2021-03-18", s);
    assertEquals(14, ChronoUnit.DAYS.between(LocalDate.parse(a), LocalDate.parse(b)));
    assertEquals("<DATE_1>", run(Operators.dateShift(), EntityType.DATE, "the 4th of June", s));
  }

  @Test
  void surrogatesHaveTheShapeOfTheOriginalAndAreConsistent() {
    TransformSession s = TransformSession.create();
    Operator op = Operators.surrogate();
    String name = run(op, EntityType.PERSON, "Jane Roe", s);
    assertTrue(Pattern.compile("[A-Z][a-z]+ [A-Z][a-z]+").matches(name), name);
    assertEquals(name, run(op, EntityType.PERSON, "Jane Roe", s));
    assertTrue(Pattern.compile("[A-Z][a-z]+").matches(run(op, EntityType.PERSON, "Roe", s)));
    assertTrue(Pattern.compile("Dr\\. [A-Z][a-z]+").matches(run(op, EntityType.PERSON, "Dr. Roe", s)));
    assertTrue(Pattern.compile("[a-z]+\\.[a-z]+@example\\.(com|org|net)")
        .matches(run(op, EntityType.EMAIL_ADDRESS, "jane@roe.io", s)));
    String phone = run(op, EntityType.PHONE_NUMBER, "(212) 555-0199", s);
    assertTrue(Pattern.compile("\\([2-9]\\d\\d\\) 555-01\\d\\d").matches(phone), phone);
    String card = run(op, EntityType.CREDIT_CARD, "4111 1111 1111 1111", s);
    assertTrue(Pattern.compile("4\\d{3} \\d{4} \\d{4} \\d{4}").matches(card), card);
    assertTrue(luhn(card.replace(" ", "")), card);
    String ssn = run(op, EntityType.US_SSN, "536-22-8119", s);
    assertTrue(Pattern.compile("\\d{3}-\\d{2}-\\d{4}").matches(ssn), ssn);
    assertTrue(Pattern.compile("[A-Z]{3}-[A-Z]{2}\\d{6}")
        .matches(run(op, EntityType.MEDICAL_RECORD_NUMBER, "MRN-AB123456", s)));
    assertEquals("<LOCATION_1>", run(op, EntityType.LOCATION, "Boston", s));
  }

  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  @Test
  void surrogateNeverEqualsItsOriginal() {
    for (String first : new String[] {"Anouk Abernethy", "Zoltan Hakkarainen"}) {
      for (int i = 0; i < 50; i++) {
        assertNotEquals(first, run(Operators.surrogate(), EntityType.PERSON, first));
      }
    }
  }
}
