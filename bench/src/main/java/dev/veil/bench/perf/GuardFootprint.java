package dev.veil.bench.perf;

import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.audit.AuditSink;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.Locale;

/**
 * Construction time and retained heap of a built {@link Guard}, measured in a fresh JVM (JMH cannot
 * measure a cold start or a heap delta). Prints one JSON object to standard output:
 *
 * <ul>
 *   <li>{@code coldBuildMs}: the first build in the JVM (class loading, static data, models);
 *   <li>{@code firstCheckMs}: the first check of a 2 KB clinical note after it (detectors that load
 *       lazily do it then; the code is still interpreted);
 *   <li>{@code warmBuildMsMedian}: median of 10 further builds;
 *   <li>{@code retainedHeapFirstBytes}: used heap after GC with the first guard alive minus before
 *       it, so it includes static data its classes hold (what a service pays for one guard);
 *   <li>{@code retainedHeapSecondBytes}: the same for a second guard (per-instance cost);
 *   <li>{@code jolGraphBytes}: the object graph reachable from the first guard by JOL, or -1 when
 *       JOL cannot walk it on this JVM.
 * </ul>
 *
 * Run: {@code java -cp bench/target/veil-bench.jar dev.veil.bench.perf.GuardFootprint}.
 */
public final class GuardFootprint {
  private GuardFootprint() {}

  public static void main(String[] args) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    String sample = TextGenerator.generate(TextKind.CLINICAL, 2048);
    GuardContext context = GuardContext.defaults();

    long heap0 = usedAfterGc(memory);
    long t0 = System.nanoTime();
    Guard first = Guards.full(AuditSink.discarding());
    long coldNanos = System.nanoTime() - t0;
    long c0 = System.nanoTime();
    first.check(sample, context);
    long firstCheckNanos = System.nanoTime() - c0;
    long heap1 = usedAfterGc(memory);

    Guard second = Guards.full(AuditSink.discarding());
    second.check(sample, context);
    long heap2 = usedAfterGc(memory);

    long[] warm = new long[10];
    for (int i = 0; i < warm.length; i++) {
      long s = System.nanoTime();
      Guard g = Guards.full(AuditSink.discarding());
      warm[i] = System.nanoTime() - s;
      Reference.reachabilityFence(g);
    }
    Arrays.sort(warm);

    long jol = jolGraphBytes(first);
    System.out.printf(Locale.ROOT,
        "{\"detectors\": %d, \"coldBuildMs\": %.1f, \"firstCheckMs\": %.1f, \"warmBuildMsMedian\": %.2f, "
            + "\"retainedHeapFirstBytes\": %d, \"retainedHeapSecondBytes\": %d, \"jolGraphBytes\": %d}%n",
        first.detectors().size(), coldNanos / 1e6, firstCheckNanos / 1e6, warm[warm.length / 2] / 1e6, heap1 - heap0, heap2 - heap1,
        jol);
    Reference.reachabilityFence(first);
    Reference.reachabilityFence(second);
  }

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      best = Math.min(best, memory.getHeapMemoryUsage().getUsed());
    }
    return best;
  }

  private static long jolGraphBytes(Object root) {
    try {
      return org.openjdk.jol.info.GraphLayout.parseInstance(root).totalSize();
    } catch (RuntimeException | LinkageError e) {
      System.err.println("JOL could not walk the guard: " + e.getClass().getName());
      return -1;
    }
  }
}
