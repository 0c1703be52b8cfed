package dev.veil.detectors.health;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.Test;

class DirectCategorizerTest {
  private static final DocumentCategorizerME OPENNLP =
      new DocumentCategorizerME(DocumentCategorizer.bundled().model());
  private static final DirectCategorizer DIRECT =
      DirectCategorizer.create(DocumentCategorizer.bundled().model().getMaxentModel());

  /** The direct evaluation's probabilities, bit for bit OpenNLP's on tokenize(text); null if no token. */
  private static void assertSame(String text) {
    double[] mine = DIRECT.probabilities(text, HealthLexicon.bundled().find(text).size());
    String[] tokens = DocumentCategorizer.tokenize(text);
    if (tokens.length == 0) {
      assertNull(mine);
    } else {
      assertArrayEquals(OPENNLP.categorize(tokens), mine, 0.0);
    }
  }

  @Test
  void theBundledModelIsEvaluatedDirectly() {
    assertNotNull(DIRECT);
  }

  @Test
  void sameProbabilitiesAsOpenNlpOnTheCorpus() {
    List<String> texts = new ArrayList<>();
    CorpusGenerator gen = new CorpusGenerator(11);
    for (CorpusGenerator.Split split : CorpusGenerator.Split.values()) {
      gen.generate(split, 100).forEach(d -> texts.add(d.text()));
      for (int i = 0; i < 30; i++) {
        texts.add(gen.clinicalNote(split, 5).text());
      }
    }
    HandwrittenSet.load().forEach(p -> texts.add(p.text()));
    texts.add("");
    texts.add("   ");
    texts.add("€ $ £ % / : 3.5 1,2 7");
    texts.add("MY wife's mg 5 mg 5,5 mcg ÉCHOGRAPHIE de ma mère; l'hypertension");
    for (String t : texts) {
      assertSame(t);
    }
  }

  @Property(tries = 300)
  void sameProbabilitiesOnArbitraryText(
      @ForAll @StringLength(max = 200) @Chars({' ', '\'', '.', ',', '%', '$', '€', '/', ':', '\n',
          'é', 'ß', '’', '<'}) @CharRange(from = 'a', to = 'z') @CharRange(from = '0', to = '9')
          @CharRange(from = 'A', to = 'F') String noise) {
    assertSame(noise);
    assertSame("my " + noise + " metformin 5 mg invoice pt");
  }
}
