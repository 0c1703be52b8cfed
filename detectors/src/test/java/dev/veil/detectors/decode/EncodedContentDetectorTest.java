package dev.veil.detectors.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.pattern.CreditCardDetector;
import dev.veil.detectors.pattern.EmailDetector;
import dev.veil.detectors.pattern.UsSsnDetector;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EncodedContentDetectorTest {
  private final EncodedContentDetector detector =
      new EncodedContentDetector(List.of(new UsSsnDetector(), new EmailDetector(), new CreditCardDetector()));

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ssn 536-22-8119|US_SSN",
      "mail jane.roe@example.org|EMAIL_ADDRESS",
      "card 4111 1111 1111 1111|CREDIT_CARD",
  })
  void base64EncodedIdentifiersAreFound(String plain, EntityType type) {
    String text = "payload=" + b64(plain) + " end";
    List<Finding> found = detector.detect(DetectorInput.of(text));
    assertEquals(1, found.size(), found::toString);
    Finding f = found.get(0);
    assertEquals(type, f.type());
    assertEquals(b64(plain), f.valueIn(text));
    assertEquals("base64", f.attributes().get("encoding"));
  }

  @Test
  void urlEncodedIdentifiersAreFound() {
    String text = "GET /lookup?q=ssn%20536%2D22%2D8119&x=1";
    List<Finding> found = detector.detect(DetectorInput.of(text));
    assertEquals(1, found.size(), found::toString);
    assertEquals(EntityType.US_SSN, found.get(0).type());
    assertEquals("url", found.get(0).attributes().get("encoding"));
  }

  @Test
  void ordinaryWordsAndHashesAreNotReported() {
    String text = "internationalization documentation e3b0c44298fc1c149afbf4c8996fb924 " + b64("hello world, nothing here");
    assertTrue(detector.detect(DetectorInput.of(text)).isEmpty());
  }

  @Test
  void plainLongWordsDoNotUseUpTheDecodingBudget() {
    String text = "internationalization ".repeat(1_000) + "payload " + b64("ssn 536-22-8119");
    List<Finding> found = detector.detect(DetectorInput.of(text));
    assertEquals(1, found.size(), found::toString);
    assertEquals(EntityType.US_SSN, found.get(0).type());
  }

  @Test
  void discoveredByServiceLoaderWithoutRecursion() {
    EncodedContentDetector viaLoader = new EncodedContentDetector();
    assertTrue(viaLoader.entityTypes().contains(EntityType.US_SSN));
    assertEquals(1, viaLoader.detect(DetectorInput.of("x " + b64("ssn 536-22-8119"))).size());
  }

  @Test
  void urlEncodedFindingsCoverExactlyTheEncodedValue() {
    String text = "GET /lookup?q=ssn%20536%2D22%2D8119&x=1";
    List<Finding> found = detector.detect(DetectorInput.of(text));
    assertEquals(1, found.size(), found::toString);
    assertEquals("536%2D22%2D8119", found.get(0).valueIn(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "card number 4111+1111+1111+1111, thanks|4111+1111+1111+1111|CREDIT_CARD",
      "mail j.smith%40clinic-example.com ok|j.smith%40clinic-example.com|EMAIL_ADDRESS",
      "q=%E2%80%8B536-22-8119%20ssn|536-22-8119|US_SSN",
  })
  void formAndPercentEncodingAreDecoded(String text, String value, EntityType type) {
    List<Finding> found = detector.detect(DetectorInput.of(text));
    assertTrue(found.stream().anyMatch(f -> f.type() == type && f.valueIn(text).equals(value)), found::toString);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SpO2 98% on room air, HbA1c 7.1% (previous 8.4%), 50%-75% of doses",
      "1+2+3+4 = 10; C++ and a+b+c",
      "see https://example.org/search?q=diabetes%20type%202&page=3",
      "100%25 sure; 5%2C6%2C7",
  })
  void percentSignsAndPlusesInOrdinaryTextAreNotReported(String text) {
    assertTrue(detector.detect(DetectorInput.of(text)).isEmpty());
  }

  @Property(tries = 300, seed = "42")
  void findingsAreNonEmptyAndInsideTheText(@ForAll("encodedish") String text) {
    for (Finding f : detector.detect(DetectorInput.of(text))) {
      assertTrue(f.start() >= 0 && f.start() < f.end() && f.end() <= text.length(), f::toString);
    }
  }

  /**
   * Without a '%' escape and '+' the detector probes every twelfth char instead of every sixth: the same
   * findings as the narrow stride, on texts of words and base64 runs of every length around twelve.
   */
  @Property(tries = 400, seed = "20261129")
  void wideStrideFindsWhatTheNarrowOneFinds(@ForAll("plainOrBase64") String text) {
    DetectorInput input = DetectorInput.of(text);
    assertEquals(detector.detect(input, 6), detector.detect(input));
  }

  @Provide
  Arbitrary<String> plainOrBase64() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of(" ", "\n", ".", "=", "==", "/", "\u00e9", "ab", "7.5%", "% ", "%4", "%zz", b64("123-45-6789"),
            b64("jane@example.org"),
            b64("4111 1111 1111 1111"), b64("SSN 123-45-6789 ok"), "MTIzLTQ1LTY3ODk", "x" + b64("078-05-1120")),
        Arbitraries.strings().withChars("A-Za-z0-9/=_.~-").ofMinLength(5).ofMaxLength(14),
        Arbitraries.strings().withChars("a-z").ofMaxLength(13));
    return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> encodedish() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("%", "%2", "%2D", "%E2%80", "+", "=", "==", ".", "~", " ", "536", "4111", "@", "%40", "\u00e9"),
        Arbitraries.strings().withChars("A-Za-z0-9+/=%._~-").ofMaxLength(20),
        Arbitraries.strings().ofMaxLength(4));
    return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
  }
}
