package dev.veil.bench.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.testkit.corpus.GoldSpan;
import dev.veil.testkit.corpus.LabelledDocument;
import dev.veil.testkit.corpus.Register;
import dev.veil.testkit.corpus.Split;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scoring rules on hand-made findings, so a wrong metric cannot hide behind the corpus. */
class EvaluatorTest {

  /** Reports fixed findings, whatever the text. */
  private record FixedDetector(List<Finding> findings) implements Detector {
    @Override
    public String id() {
      return "fixed";
    }

    @Override
    public Set<EntityType> entityTypes() {
      return Set.of(EntityType.US_SSN, EntityType.EMAIL_ADDRESS, EntityType.PERSON);
    }

    @Override
    public List<Finding> detect(DetectorInput input) {
      return findings;
    }
  }

  private static LabelledDocument doc(String text, GoldSpan... spans) {
    return new LabelledDocument("t", text, List.of(spans), Split.DEV, "test", Register.CHAT, Locale.ENGLISH, "US",
        Set.of());
  }

  @Test
  void countsExactRelaxedAndFalsePositives() {
    String text = "SSN 123-45-6789 mail a@b.co and 987654321 by Ann";
    List<Finding> found = List.of(
        Finding.of(EntityType.US_SSN, 4, 15, 0.9, "fixed"), // exact
        Finding.of(EntityType.EMAIL_ADDRESS, 20, 25, 0.9, "fixed"), // overlaps gold [21, 27) only
        Finding.of(EntityType.US_SSN, 32, 41, 0.9, "fixed"), // no gold: false positive
        Finding.of(EntityType.PERSON, 45, 48, 0.9, "fixed")); // unscored type: ignored
    Guard guard = Guard.builder().detector(new FixedDetector(found)).build();
    Evaluator.Result r = new Evaluator(guard).evaluate(List.of(doc(text,
        new GoldSpan(EntityType.US_SSN, 4, 15, "US", "US_SSN", "123-45-6789", false),
        new GoldSpan(EntityType.EMAIL_ADDRESS, 21, 27, null, "EMAIL_ADDRESS", "a@b.co", false),
        new GoldSpan(EntityType.PERSON, 45, 48, null, "NAME", "Ann", false))));

    TypeScore ssn = r.of(EntityType.US_SSN);
    assertEquals(new TypeScore(1, 2, 1, 1, 1), ssn);
    assertEquals(0.5, ssn.precision());
    assertEquals(1.0, ssn.recall());
    TypeScore email = r.of(EntityType.EMAIL_ADDRESS);
    assertEquals(new TypeScore(1, 1, 0, 1, 1), email);
    assertEquals(0.0, email.f1());
    assertEquals(1.0, email.relaxedF1());
    assertEquals(new TypeScore(0, 0, 0, 0, 0), r.of(EntityType.PERSON));
  }

  @Test
  void aMissIsAMiss() {
    Guard guard = Guard.builder().detector(new FixedDetector(List.of())).build();
    Evaluator.Result r = new Evaluator(guard).evaluate(List.of(doc("SSN 123-45-6789",
        new GoldSpan(EntityType.US_SSN, 4, 15, "US", "US_SSN", "123-45-6789", false))));
    assertEquals(0.0, r.of(EntityType.US_SSN).recall());
    assertEquals(1.0, r.of(EntityType.US_SSN).precision());
  }
}
