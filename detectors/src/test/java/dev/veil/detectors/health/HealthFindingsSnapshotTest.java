package dev.veil.detectors.health;

import static org.junit.jupiter.api.Assertions.assertNull;

import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.special.SpecialCategoryDetector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The findings of the health and special-category detectors on the evaluation corpus (generated
 * held-out and tuning documents, generated notes, the hand-written prompts), compared line by line
 * with {@code health-findings.snapshot} recorded before the performance work of session 3. A change
 * that is meant to alter findings re-records it with {@code -Dsnapshot.update=true} (and says why
 * in its commit).
 */
class HealthFindingsSnapshotTest {
  private static final String RESOURCE = "health-findings.snapshot";

  static String listing() {
    Detector health = new HealthDetector();
    Detector special = new SpecialCategoryDetector();
    StringBuilder out = new StringBuilder();
    CorpusGenerator gen = new CorpusGenerator(HealthEvaluation.SEED);
    int k = 0;
    for (CorpusGenerator.Split split : CorpusGenerator.Split.values()) {
      for (CorpusGenerator.Doc d : gen.generate(split, 60)) {
        run(out, split + "/" + d.topic() + "/" + k++, d.text(), health, special);
      }
      for (int i = 0; i < 40; i++) {
        run(out, split + "/note/" + k++, gen.clinicalNote(split, 4).text(), health, special);
      }
    }
    for (HandwrittenSet.Prompt p : HandwrittenSet.load()) {
      run(out, "hand/" + p.topic() + "/" + k++, p.text(), health, special);
    }
    return out.toString();
  }

  private static void run(StringBuilder out, String name, String text, Detector health,
      Detector special) {
    DetectorInput in = DetectorInput.of(text);
    FindingsListing.append(out, name + " health", health.detect(in));
    FindingsListing.append(out, name + " special", special.detect(in));
  }

  @Test
  void findingsOnTheCorpusAreUnchanged() throws IOException {
    String actual = listing();
    if (Boolean.getBoolean("snapshot.update")) {
      Files.writeString(Path.of("src/test/resources/dev/veil/detectors/health/" + RESOURCE), actual,
          StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertNull(FindingsListing.firstDifference(expected, actual));
  }
}
