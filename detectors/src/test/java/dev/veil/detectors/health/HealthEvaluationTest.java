package dev.veil.detectors.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluation's targets, on a small sample, so a regression fails the build. */
class HealthEvaluationTest {
  private final HealthEvaluation eval = new HealthEvaluation();

  @Test
  void recallOnGeneratedHeldOutClinicalNotes() {
    HealthEvaluation.Tally t = eval.generatedRecall(new CorpusGenerator(11), 40);
    assertTrue(t.labels > 300);
    assertTrue(t.recall() >= 0.95, "recall " + t.recall());
  }

  @Test
  void recallOnHandWrittenClinicalPrompts() {
    HealthEvaluation.Tally t = eval.handRecall(HandwrittenSet.load());
    assertTrue(t.recall() >= 0.95, "recall " + t.recall() + " missed " + t.missed.size());
  }

  @Test
  void fewFalsePositivesOnNonMedicalText() {
    List<CorpusGenerator.Doc> docs = new CorpusGenerator(12).generate(CorpusGenerator.Split.HELDOUT, 100);
    assertTrue(eval.falsePositives(docs, CorpusGenerator.Topic.NON_MEDICAL).fpPer1000Words() < 2.0);
    assertTrue(eval.handFp(HandwrittenSet.load(), "non_medical").fpPer1000Words() < 10.0);
  }

  @Test
  void specialCategoriesOnHandWrittenPrompts() {
    int[] c = eval.specialCounts(HandwrittenSet.load());
    assertEquals(c[0], c[1]);
    assertEquals(0, c[2]);
  }

  @Test
  void doccatOnHandWrittenPrompts() {
    double acc = HealthEvaluation.doccatAccuracy(HandwrittenSet.load().stream()
        .map(p -> Map.entry(p.text(), p.category())).toList());
    assertTrue(acc >= 0.85, "accuracy " + acc);
  }
}
