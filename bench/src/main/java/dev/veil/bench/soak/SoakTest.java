package dev.veil.bench.soak;

import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.GuardResult;
import dev.veil.policy.Policies;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded soak: N threads share one {@link Guard} for a fixed time and check that every result is
 * identical to the single-threaded result for the same text, and that heap use stays flat.
 *
 * <pre>
 * ./mvnw -q -B -pl bench -am install -DskipTests
 * ./mvnw -q -B -pl bench exec:java -Dexec.mainClass=dev.veil.bench.soak.SoakTest -Dexec.args="60 8"
 * </pre>
 *
 * Arguments: seconds (default 60), threads (default 8). Exit code 1 on any mismatch or on heap growth
 * above 64 MiB between the start and the end of the run (both after GC).
 */
public final class SoakTest {
  private SoakTest() {}

  /** Result of a soak run. */
  public record Report(long checks, long mismatches, long heapStartBytes, long heapEndBytes, Duration elapsed) {
    public boolean ok(long maxHeapGrowthBytes) {
      return mismatches == 0 && heapEndBytes - heapStartBytes <= maxHeapGrowthBytes && checks > 0;
    }

    @Override
    public String toString() {
      return String.format("checks=%d mismatches=%d heapStart=%dMiB heapEnd=%dMiB elapsed=%ds throughput=%.0f/s",
          checks, mismatches, heapStartBytes >> 20, heapEndBytes >> 20, elapsed.toSeconds(),
          checks / Math.max(0.001, elapsed.toMillis() / 1000.0));
    }
  }

  /** Texts with planted identifiers, built from a seed. */
  static List<String> corpus(int n, long seed) {
    Random r = new Random(seed);
    String[] templates = {
      "Patient seen today. SSN %s, mail %s, callback requested.",
      "Refund to IBAN DE89 3704 0044 0532 0130 00 for case %s; contact %s.",
      "Card 4111 1111 1111 1111 charged; ticket %s from %s.",
      "No identifiers in this line about dosage %s and follow-up %s.",
    };
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String ssn = String.format("%03d-%02d-%04d", 1 + r.nextInt(665), 1 + r.nextInt(98), 1 + r.nextInt(9998));
      String mail = "user" + r.nextInt(100_000) + "@example.org";
      String t = templates[i % templates.length];
      out.add(String.format(t, ssn, mail).repeat(1 + r.nextInt(20)));
    }
    return out;
  }

  /** Runs the soak; each thread loops over the corpus from its own offset. */
  public static Report run(Guard guard, List<String> texts, int threads, Duration duration) throws Exception {
    GuardContext ctx = GuardContext.defaults();
    List<String> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(fingerprint(guard.check(t, ctx)));
    }
    MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapStart = mem.getHeapMemoryUsage().getUsed();
    AtomicLong checks = new AtomicLong();
    AtomicLong mismatches = new AtomicLong();
    long deadline = System.nanoTime() + duration.toNanos();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      final int offset = t * 7;
      futures.add(pool.submit(() -> {
        int i = offset;
        while (System.nanoTime() < deadline) {
          int k = i++ % texts.size();
          if (!fingerprint(guard.check(texts.get(k), ctx)).equals(expected.get(k))) {
            mismatches.incrementAndGet();
          }
          checks.incrementAndGet();
        }
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.SECONDS);
    System.gc();
    long heapEnd = mem.getHeapMemoryUsage().getUsed();
    return new Report(checks.get(), mismatches.get(), heapStart, heapEnd, Duration.ofNanos(System.nanoTime() - start));
  }

  /** Everything about a result except its random audit id. */
  static String fingerprint(GuardResult r) {
    return r.decision() + "|" + r.safeText().orElse("<blocked>") + "|" + r.findings() + "|" + r.reasons();
  }

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    Guard guard = Guard.builder().discoverDetectors().policy(Policies.redactAll())
        .auditSink(event -> { }).build();
    Report report = run(guard, corpus(500, 42), threads, Duration.ofSeconds(seconds));
    System.out.println("soak " + threads + " threads: " + report);
    System.exit(report.ok(64L << 20) ? 0 : 1);
  }
}
