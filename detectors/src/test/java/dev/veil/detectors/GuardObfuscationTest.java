package dev.veil.detectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end through {@link Guard#inspect}: obfuscated identifiers are found by the discovered
 * detectors, with spans in the caller's original text, after overlap resolution.
 */
class GuardObfuscationTest {
  private static final Guard GUARD = Guard.builder().discoverDetectors().build();

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("SSN 5 3 6 - 2 2 - 8 1 1 9.", "5 3 6 - 2 2 - 8 1 1 9", EntityType.US_SSN, "en"),
        Arguments.of("my SSN is five three six two two eight one one nine", "five three six two two eight one one nine",
            EntityType.US_SSN, "en"),
        Arguments.of("SSN \uff15\uff13\uff16-\uff12\uff12-\uff18\uff11\uff11\uff19", "\uff15\uff13\uff16-\uff12\uff12-\uff18\uff11\uff11\uff19",
            EntityType.US_SSN, "en"),
        Arguments.of("SSN 536\u200B-22\u00AD-8119", "536\u200B-22\u00AD-8119", EntityType.US_SSN, "en"),
        Arguments.of("SSN 536-22-\n8119 noted", "536-22-\n8119", EntityType.US_SSN, "en"),
        Arguments.of("write to jane dot doe at example dot com", "jane dot doe at example dot com",
            EntityType.EMAIL_ADDRESS, "en"),
        Arguments.of("{\"note\": \"SSN \\u0035\\u00336-22-8119\"}", "\\u0035\\u00336-22-8119", EntityType.US_SSN, "en"),
        Arguments.of("| Name | SSN |\n|------|-----|\n| Jo | 536228119 |", "536228119", EntityType.US_SSN, "en"),
        Arguments.of("| Name | Card |\n|---|---|\n| Jo | 4111 1111 1111 1111 |", "4111 1111 1111 1111",
            EntityType.CREDIT_CARD, "en"),
        Arguments.of("ph: two one two five five five zero one four three", "two one two five five five zero one four three",
            EntityType.PHONE_NUMBER, "en"),
        Arguments.of("Telefon: +49 30 901820", "+49 30 901820", EntityType.PHONE_NUMBER, "de"),
        Arguments.of("Steuer-ID 65929970489", "65929970489", EntityType.NATIONAL_ID, "de"),
        Arguments.of("\u0458ohn@\u0435xample.com", "\u0458ohn@\u0435xample.com", EntityType.EMAIL_ADDRESS, "en"));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void obfuscatedValueIsFoundAtItsOriginalSpan(String text, String value, EntityType type, String lang) {
    GuardContext ctx = GuardContext.builder().language(Locale.forLanguageTag(lang)).build();
    List<Finding> found = GUARD.inspect(text, ctx);
    int start = text.indexOf(value);
    assertTrue(found.stream().anyMatch(f -> f.type() == type && f.start() == start
        && f.end() == start + value.length()), found.toString());
  }
}
