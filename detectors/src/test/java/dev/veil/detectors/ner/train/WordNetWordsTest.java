package dev.veil.detectors.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordNetWordsTest {
  private final List<String> words = WordNetWords.words();

  @Test
  void commonWordsOfEveryPartOfSpeechWithTheirInflections() {
    for (String w : List.of("stethoscope", "stethoscopes", "mortgage", "refill", "refilled",
        "refilling", "carry", "carries", "carried", "hurriedly", "feverish", "geese", "ran")) {
      assertTrue(words.contains(w), w);
    }
  }

  @Test
  void properNounsAndCollocationsAreLeftOut() {
    // WordNet writes these only capitalized; "rose" and "bill" also have common senses
    for (String w : List.of("lincoln", "london", "mozart", "einstein", "a_cappella")) {
      assertFalse(words.contains(w), w);
    }
    assertTrue(words.contains("rose") && words.contains("bill"));
  }

  @Test
  void lowerCaseAsciiSortedAndLarge() {
    assertTrue(words.size() > 80_000, "size " + words.size());
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(null);
    assertEquals(sorted, words);
    for (String w : words) {
      assertTrue(w.length() >= 2 && w.chars().allMatch(c -> c >= 'a' && c <= 'z'), w);
    }
  }
}
