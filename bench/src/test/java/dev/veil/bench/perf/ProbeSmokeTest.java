package dev.veil.bench.perf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs the allocation breakdown and the thread-scaling probe on a tiny budget, so that a change
 * elsewhere cannot silently break them. Measures nothing.
 */
class ProbeSmokeTest {

  @Test
  void allocationBreakdownReportsTheCoreStagesAndTheDetectorFamilies() throws Exception {
    String out = capture(() -> AllocationBreakdown.main(new String[] {"CLINICAL", "200", "2"}));
    assertTrue(out.contains("| core: normalize |"), out);
    assertTrue(out.contains("| core: transform (incl. session) |"), out);
    assertTrue(out.contains("| detectors: pattern |"), out);
    assertTrue(out.contains("| total `Guard.check` |"), out);
  }

  @Test
  void threadScalingProbeReportsOneRowPerThreadCount() throws Exception {
    String out = capture(() -> ThreadScalingProbe.main(new String[] {"NO_PII", "200", "0.05", "1", "2"}));
    assertTrue(out.contains("\n| 1 | "), out);
    assertTrue(out.contains("\n| 2 | "), out);
  }

  private interface Body {
    void run() throws Exception;
  }

  private static String capture(Body body) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setOut(old);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
