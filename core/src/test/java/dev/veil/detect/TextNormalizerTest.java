package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Span;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTest {
  private static final TextNormalizer N = TextNormalizer.standard();

  /** original text, the value inside it, and what the value must read as after normalization. */
  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("SSN 5 3 6 - 2 2 - 8 1 1 9 ok", "5 3 6 - 2 2 - 8 1 1 9", "536-22-8119"),
        Arguments.of("five three six two two eight one one nine", "five three six two two eight one one nine",
            "536228119"),
        Arguments.of("fünf drei sechs zwei zwei acht eins eins neun", "fünf drei sechs zwei zwei acht eins eins neun",
            "536228119"),
        Arguments.of("mail jane dot doe at example dot com!", "jane dot doe at example dot com", "jane.doe@example.com"),
        Arguments.of("john[at]example[dot]org", "john[at]example[dot]org", "john@example.org"),
        Arguments.of("ssn 536-22-\n8119", "536-22-\n8119", "536-22-8119"),
        Arguments.of("card 4111 1111\n1111 1111", "4111 1111\n1111 1111", "4111 1111 1111 1111"),
        Arguments.of("{\"ssn\": \"\\u0035\\u00336-22-8119\"}", "\\u0035\\u00336-22-8119", "536-22-8119"),
        Arguments.of("\uff15\uff13\uff16-22-8119", "\uff15\uff13\uff16-22-8119", "536-22-8119"),
        Arguments.of("536\u200B-22\u00AD-8119", "536\u200B-22\u00AD-8119", "536-22-8119"),
        Arguments.of("536\u00A022\u00A08119", "536\u00A022\u00A08119", "536 22 8119"),
        Arguments.of("\u0458ohn@\u0435xample.com", "\u0458ohn@\u0435xample.com", "john@example.com"),
        Arguments.of("\ud835\udfd3\ud835\udfd1 x", "\ud835\udfd3\ud835\udfd1", "53"));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void valueReadsPlainAndMapsBackExactly(String original, String value, String expected) {
    NormalizedText n = N.normalize(original);
    int at = n.text().indexOf(expected);
    assertTrue(at >= 0, "normalized text lacks the value: " + n.text());
    Span back = n.toOriginal(new Span(at, at + expected.length()));
    assertEquals(value, original.substring(back.start(), back.end()));
  }

  static Stream<String> unchanged() {
    return Stream.of("", "plain text", "call 555 0143 now", "one two three", "1 2 3 4 5", "meet me at home",
        "dot the i", "line one\nline two", "3.5 mg at 08:00", "a\\b");
  }

  @ParameterizedTest
  @MethodSource("unchanged")
  void ordinaryTextIsLeftAlone(String text) {
    assertEquals(text.replace("\\b", " "), N.normalize(text).text());
  }

  @Test
  void plainAsciiFastPathReturnsTheSameString() {
    String s = "Patient seen today, no complaints.";
    NormalizedText n = N.normalize(s);
    assertTrue(n.isIdentity());
    assertSame(s, n.text());
  }

  @Test
  void loneSurrogatesBecomeReplacementCharacters() {
    NormalizedText n = N.normalize("a\uD800b\uDC00");
    assertEquals("a\uFFFDb\uFFFD", n.text());
  }
}
