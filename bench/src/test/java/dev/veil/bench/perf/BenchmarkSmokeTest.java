package dev.veil.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Decision;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark method once without JMH, so a change elsewhere that breaks a benchmark fails
 * {@code mvn verify} instead of the next performance run. Measures nothing.
 */
class BenchmarkSmokeTest {

  @Test
  void endToEndCheckRedactsTheClinicalNote() {
    GuardCheckBenchmark b = new GuardCheckBenchmark();
    b.kind = TextKind.CLINICAL;
    b.bytes = 2048;
    b.setUp();
    assertEquals(Decision.TRANSFORM, b.check().decision());
  }

  @Test
  void everyStageRuns() {
    StageBenchmark b = new StageBenchmark();
    b.kind = TextKind.DENSE;
    b.bytes = 2048;
    b.setUp();
    assertNotNull(b.normalize());
    assertFalse(b.resolve().isEmpty());
    assertEquals(Decision.TRANSFORM, b.policy().decision());
    assertNotNull(b.policyPresets().decision());
    assertFalse(b.transform().isEmpty());
    assertNotNull(b.audit());
    assertFalse(b.inspect().isEmpty());
  }

  @Test
  void everyDiscoveredDetectorRunsInTheDetectorBenchmark() {
    for (String id : Guards.discoverDetectors().keySet()) {
      DetectorBenchmark b = new DetectorBenchmark();
      b.detector = id;
      b.kind = TextKind.DENSE;
      b.bytes = 2048;
      b.setUp();
      assertNotNull(b.detect(), id);
    }
  }

  @Test
  void rulesOnlyAndTheNaiveBaselineBothFindTheDenseIdentifiers() {
    RulesOnlyBenchmark b = new RulesOnlyBenchmark();
    b.kind = TextKind.DENSE;
    b.bytes = 2048;
    b.setUp();
    assertTrue(b.veil().size() >= 20);
    assertTrue(b.naiveJdkRegex().size() >= 20);
  }

  @Test
  void threadAndBuildBenchmarksRun() {
    ThreadScalingBenchmark t = new ThreadScalingBenchmark();
    t.kind = TextKind.CLINICAL;
    t.bytes = 2048;
    t.setUp();
    ThreadScalingBenchmark.Texts texts = new ThreadScalingBenchmark.Texts();
    texts.setUp(t);
    assertEquals(Decision.TRANSFORM, t.threads1(texts).decision());
    assertEquals(Decision.TRANSFORM, t.threads2(texts).decision());
    assertFalse(new GuardBuildBenchmark().build().detectors().isEmpty());
  }
}
