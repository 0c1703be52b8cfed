package dev.veil.audit;

import static dev.veil.audit.AuditTestSupport.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Decision;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.GuardResult;
import dev.veil.audit.AuditLogVerifier.Result;
import dev.veil.policy.Policies;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditConcurrencyTest {
  private static final int THREADS = 16;
  private static final int PER_THREAD = 10_000;

  @TempDir Path dir;

  @Test
  void everyDecisionIsLoggedExactlyOnceInCallOrderAndTheChainVerifies() throws Exception {
    Path log = dir.resolve("audit.jsonl");
    JsonlFileAuditSink sink = JsonlFileAuditSink.builder(log).key(KEY).queueCapacity(1024).closeOnShutdown(false).build();
    Guard guard = Guard.builder().detector(new AuditTestSupport.DigitsAndEmailDetector())
        .policy(Policies.redactAll()).auditSink(sink).build();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    long t0 = System.nanoTime();
    try {
      Future<?>[] futures = new Future<?>[THREADS];
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures[t] = pool.submit(() -> {
          start.await();
          for (int i = 0; i < PER_THREAD; i++) {
            GuardContext ctx = GuardContext.builder().requestId(thread + ":" + i).build();
            GuardResult r = guard.check(i % 2 == 0 ? "ssn 123456789 please" : "nothing here", ctx);
            if (r.decision() == Decision.BLOCK) {
              throw new AssertionError("blocked: " + r.reasons());
            }
          }
          return null;
        });
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    sink.close();
    long elapsedMs = (System.nanoTime() - t0) / 1_000_000;

    Map<Integer, Integer> nextPerThread = new HashMap<>();
    int[] total = {0};
    AuditLogReader.forEach(log, e -> {
      total[0]++;
      String[] parts = e.requestId().split(":");
      int thread = Integer.parseInt(parts[0]);
      int i = Integer.parseInt(parts[1]);
      int expected = nextPerThread.getOrDefault(thread, 0);
      // exactly once and in call order: each thread's events appear as 0, 1, 2, ... with no gap or repeat
      assertEquals(expected, i, "thread " + thread);
      nextPerThread.put(thread, i + 1);
    });
    assertEquals(THREADS * PER_THREAD, total[0]);
    for (int t = 0; t < THREADS; t++) {
      assertEquals(PER_THREAD, nextPerThread.get(t));
    }
    long v0 = System.nanoTime();
    Result r = AuditLogVerifier.withKey(KEY).verify(log);
    long verifyMs = (System.nanoTime() - v0) / 1_000_000;
    assertTrue(r.ok(), () -> r.problem().toString());
    assertEquals(THREADS * PER_THREAD, r.events());
    assertTrue(r.sealed());
    System.out.println("AuditConcurrencyTest: " + THREADS * PER_THREAD + " decisions in " + elapsedMs + " ms; verified "
        + r.events() + " lines (" + java.nio.file.Files.size(log) / 1_000_000 + " MB) in " + verifyMs + " ms");
  }
}
