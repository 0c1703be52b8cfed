package dev.veil.detectors.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentCategorizerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Pt is a 67 y/o F with PMH of HTN and T2DM. Meds: metformin 500 mg b.i.d.|CLINICAL",
      "My husband was diagnosed with atrial fibrillation and takes apixaban. Is wine ok?|CLINICAL",
      "Please pay invoice 2024-118 from Globex, $4,200, due Friday.|FINANCIAL",
      "My credit card statement shows a $39.99 charge I never made.|FINANCIAL",
      "Write a blog post about the history of jazz.|GENERAL",
      "How do I sort a list in Python?|GENERAL",
      "Explain how metformin works.|GENERAL",
  })
  void categorizes(String text, DocCategory expected) {
    assertEquals(expected, DocumentCategorizer.bundled().categorize(text).category());
  }

  @Test
  void emptyIsGeneral() {
    assertEquals(DocCategory.GENERAL, DocumentCategorizer.bundled().categorize("").category());
  }

  @Test
  void tokensHideNumbers() {
    String[] t = DocumentCategorizer.tokenize("HbA1c 7.2% and 1234 on 03/14");
    assertFalse(Arrays.asList(t).contains("1234"));
    assertTrue(Arrays.asList(t).contains("<dec>"));
    assertTrue(Arrays.asList(t).contains("<num>"));
  }

  @Test
  void manifestRecordsTheTraining() throws Exception {
    Properties p = new Properties();
    try (InputStream in = DocumentCategorizer.class.getResourceAsStream("doccat.manifest.properties")) {
      p.load(in);
    }
    for (String k : List.of("seed", "corpus.size", "training.millis", "heldout.accuracy")) {
      assertTrue(p.containsKey(k), k);
    }
    assertTrue(Double.parseDouble(p.getProperty("heldout.accuracy")) >= 0.9);
  }
}
