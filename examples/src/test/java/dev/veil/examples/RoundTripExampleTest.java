package dev.veil.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoundTripExampleTest {
  static final String NAME = "Jane Roe";
  static final String EMAIL = "jane.roe@example.com";
  static final String SSN = "536-22-8119";
  static final String PROMPT =
      "Write a reminder for patient " + NAME + ", email " + EMAIL + ", SSN " + SSN + ", visit on Monday.";

  /** Stands in for the NER detector another module provides: finds one known name. */
  static final class KnownNameDetector implements Detector {
    @Override
    public String id() {
      return "test-known-name";
    }

    @Override
    public Set<EntityType> entityTypes() {
      return Set.of(EntityType.PERSON);
    }

    @Override
    public List<Finding> detect(DetectorInput input) {
      List<Finding> out = new ArrayList<>();
      for (int at = input.text().indexOf(NAME); at >= 0; at = input.text().indexOf(NAME, at + 1)) {
        out.add(Finding.of(EntityType.PERSON, at, at + NAME.length(), 0.9, id()));
      }
      return out;
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7, 64, 10_000})
  void phiNeverReachesTheModelAndTheCallerSeesTheRealName(int chunkSize) {
    Guard guard = RoundTripExample.guard(new KnownNameDetector());
    FakeLocalModel model = new FakeLocalModel(chunkSize);
    RoundTripExample.Outcome o = RoundTripExample.run(guard, model, "conv-" + chunkSize, PROMPT);

    assertFalse(o.blocked());
    assertEquals(1, model.received().size());
    for (String prompt : model.received()) {
      for (String phi : List.of(NAME, "Jane", "Roe,", EMAIL, SSN, SSN.replace("-", ""))) {
        assertFalse(prompt.contains(phi), "PHI reached the model");
      }
    }
    assertTrue(o.modelAnswer().startsWith("Dear "));
    assertFalse(o.modelAnswer().contains(NAME));

    String shown = o.shownToCaller();
    assertTrue(shown.startsWith("Dear " + NAME + ",\n"), "restored name");
    assertTrue(shown.contains(NAME + "'s file is ready"), "restored the capitalised possessive too");
    assertTrue(shown.contains("**" + EMAIL + "**"), "restored email");
    assertFalse(shown.contains(SSN.replace("-", "")), "the full SSN is not shown");
    assertTrue(shown.contains("*****8119"), "the SSN is shown masked: " + shown.length());
  }

  @Test
  void withoutANameDetectorTheBuiltInsStillProtectEmailAndSsn() {
    FakeLocalModel model = new FakeLocalModel(5);
    RoundTripExample.Outcome o = RoundTripExample.run(RoundTripExample.guard(), model, "c", PROMPT);
    String sent = model.received().get(0);
    assertFalse(sent.contains(EMAIL) || sent.contains(SSN));
    assertTrue(o.shownToCaller().contains(EMAIL));
  }

  @Test
  void mainRuns() {
    RoundTripExample.main(new String[0]);
  }
}
