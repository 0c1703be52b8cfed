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
        Arguments.of("\ud835\udfd3\ud835\udfd1 x", "\ud835\udfd3\ud835\udfd1", "53"),
        Arguments.of("IBAN D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0, ok", "D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0",
            "DE89370400440532013000"),
        Arguments.of("to m a r g a r e t . o d o n n e l l @ e x a m p l e . o r g, ok",
            "m a r g a r e t . o d o n n e l l @ e x a m p l e . o r g", "margaret.odonnell@example.org"),
        Arguments.of("my SSN is 536-2\n2-8119, ok", "536-2\n2-8119", "536-22-8119"),
        Arguments.of("mail j.smith@clini\nc-example.com, ok", "j.smith@clini\nc-example.com", "j.smith@clinic-example.com"),
        Arguments.of("IBAN GB two nine NWBK six zero one six one three three one nine two six eight one nine",
            "GB two nine NWBK six zero one six one three three one nine two six eight one nine", "GB29NWBK60161331926819"),
        Arguments.of("IBAN DE eight nine three seven zero four zero zero four four zero five three two zero one three",
            "DE eight nine three seven zero four zero zero four four zero five three two zero one three",
            "DE89370400440532013"),
        Arguments.of("call me at ( six one seven ) five five five zero one four three",
            "six one seven ) five five five zero one four three", "6175550143"),
        Arguments.of("\uff2a\uff33 \uff10\uff11", "\uff2a\uff33 \uff10\uff11", "JS 01"),
        Arguments.of("\ufb01le", "\ufb01le", "file"));
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
        "dot the i", "line one\nline two", "3.5 mg at 08:00", "a\\b", "plan a b c d", "vitamin B 6 and B 12",
        "I am 5 1 2 ok", "one two three four five six and seven", "email me\nat home", "user@host\nnext line",
        "ONE TWO ABC three", "A B C D E F G");
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

  @Test
  void aListOfCompleteNumbersKeepsItsLines() {
    String text = "536-22-8119\n2024-01-05\n219-09-9999";
    String n = N.normalize(text).text();
    assertTrue(n.contains("536-22-8119") && n.contains("2024-01-05") && n.contains("219-09-9999"), n);
  }

  @Test
  void spacedDigitsAfterASmallLetterJoinWithoutIt() {
    // the small letter is not glued to the digits after it
    assertEquals("Grade a 5551234", N.normalize("Grade a 5 5 5 1 2 3 4").text());
  }
}
