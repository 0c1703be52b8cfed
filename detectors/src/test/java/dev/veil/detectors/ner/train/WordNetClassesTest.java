package dev.veil.detectors.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detectors.ner.internal.WordClasses;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordNetClassesTest {
  private static final Map<String, String> TABLE = WordNetClasses.table();

  @ParameterizedTest
  @CsvSource({
      // the most frequent sense decides, over all parts of speech and the base form's senses
      "spoke, verb.communication", "talked, verb.communication", "told, verb.communication",
      "speak, verb.communication", "coming, verb.motion", "arrived, verb.motion",
      "ride, verb.motion", "nurse, noun.person", "neighbour, noun.person",
      "nurses, noun.person", "office, noun.artifact", "geese, noun.animal",
      // closed classes are the word itself
      "with, with", "to, to", "is, is", "',', ','", "<num>, <num>"})
  void classOfAWord(String word, String expected) {
    assertEquals(expected, TABLE.get(word), word);
  }

  @Test
  void properNounSensesAreLeftOut() {
    // WordNet writes these only capitalized
    for (String w : new String[] {"london", "mozart", "einstein", "lincoln"}) {
      assertFalse(TABLE.containsKey(w), w);
    }
  }

  @Test
  void fitsTheModelFileAndIsLarge() {
    WordClasses c = WordClasses.of(TABLE);
    assertTrue(c.size() <= WordClasses.MAX_CLASSES, "classes " + c.size());
    assertTrue(TABLE.size() > 100_000, "words " + TABLE.size());
    assertEquals(Set.copyOf(TABLE.values()).size(), c.size());
    assertEquals(c.classOf("spoke"), c.classOf("talked"));
    assertEquals("verb.communication", c.name(c.classOf("told")));
    assertEquals(-1, c.classOf("kelvinx"));
  }
}
