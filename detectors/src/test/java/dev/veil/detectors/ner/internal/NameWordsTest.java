package dev.veil.detectors.ner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameWordsTest {
  private static final NameFeatures FEATURES = new NameFeatures(Set.of("will", "anna"),
      Set.of("baker"), Set.of("leeds"), Set.of("will", "baker", "tolerated", "pls", "the", "de"));

  @ParameterizedTest
  @CsvSource({
      // token, sentence in one case, expected
      "tolerated, true, true",
      "TOLERATED, true, true",
      "pls, true, true",
      "will, true, false", // a known first name
      "baker, true, false", // a known surname
      "de, true, false", // a name particle
      "anna, true, false", // not a common word
      "Tolerated, false, false", // mixed-case sentences keep capitals as evidence
      "o'neil, true, false",
  })
  void plainWords(String token, boolean uniform, boolean expected) {
    assertEquals(expected, new NameWords(FEATURES).isPlainWord(token, uniform));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // text, token index, expected
      "Your Monthly Statement Is Ready|4|true",
      "Frank Discussion Guide for Caregivers|4|true",
      "Anna Berg called about the invoice|1|false", // lower-case words: a sentence
      "YOUR MONTHLY STATEMENT IS READY|4|false", // one case: handled as uniform case
      "Anna Berg|1|false", // too short to be a heading
      "Call Anna\\nYour Monthly Statement Is Ready|6|true", // the line, not the text
      "Call Anna today\\nYour Monthly Statement Is Ready|1|false",
  })
  void titleCaseLines(String text, int token, boolean expected) {
    assertEquals(expected, NameWords.titleCaseLine(Tokens.of(text.replace("\\n", "\n")), token));
  }
}
