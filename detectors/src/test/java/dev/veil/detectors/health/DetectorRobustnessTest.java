package dev.veil.detectors.health;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Finding;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.special.SpecialCategoryDetector;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DetectorRobustnessTest {
  private static final HealthDetector HEALTH = HealthDetectorTest.DETECTOR;
  private static final SpecialCategoryDetector SPECIAL = new SpecialCategoryDetector();

  /** Any text: no exception, spans inside the text, scores in range. */
  @Property(tries = 200, seed = "20261129")
  void neverThrowsAndSpansAreInBounds(@ForAll("texts") String text) {
    List<Finding> all = new ArrayList<>(HEALTH.detect(DetectorInput.of(text)));
    all.addAll(SPECIAL.detect(DetectorInput.of(text)));
    for (Finding f : all) {
      assertTrue(f.start() >= 0 && f.end() <= text.length() && f.start() < f.end(), f::toString);
      assertTrue(f.attributes().containsKey(HealthAttributes.SUBJECT));
      assertTrue(f.attributes().containsKey(HealthAttributes.DOC_CATEGORY));
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of("I", "my", "wife", "has", "diabetes", "HTN", "CHF",
        "metformin", "HbA1c", "7.2%", "E11.9", "ICD-10", "b.i.d.", "'s", "Catholic", "is", "gay",
        "union", "member of the union", "\n", ".", "?", "Mr", "Smith's", "s/p", "INR", "3.4",
        "bisoprolol", "ramiprils", "ä", "\uD800", "’", "mmol/L", "5", "Parkinson's law", "a cold");
    return Arbitraries.oneOf(
        words.list().ofMaxSize(40).map(l -> String.join(" ", l)),
        Arbitraries.strings().ofMaxLength(200));
  }
}
