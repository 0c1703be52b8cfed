package dev.veil.bench.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Guard;
import dev.veil.policy.Policies;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The short form of the soak, run in every build: 4 threads for 3 seconds on one shared guard. */
class SoakTestTest {
  @Test
  void sharedGuardGivesTheSameResultsAsSingleThreaded() throws Exception {
    Guard guard = Guard.builder().discoverDetectors().policy(Policies.redactAll()).auditSink(e -> { }).build();
    SoakTest.Report report = SoakTest.run(guard, SoakTest.corpus(100, 7), 4, Duration.ofSeconds(3));
    assertEquals(0, report.mismatches(), report::toString);
    assertTrue(report.checks() > 100, report::toString);
  }
}
