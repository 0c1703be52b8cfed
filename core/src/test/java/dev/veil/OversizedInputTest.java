package dev.veil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.audit.AuditEvent;
import dev.veil.audit.InMemoryAuditSink;
import dev.veil.audit.JsonlFileAuditSink;
import dev.veil.audit.Slf4jAuditSink;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.transform.InMemoryVault;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failure injection: an out-of-memory-sized input (64 MiB of text, four times the default limit).
 * The guard must decide BLOCK with the typed reason, record it in the audit trail, leak no part of
 * the text anywhere, and reject it before any work proportional to its size: no detector runs,
 * and the calling thread allocates a few kilobytes, not a copy of the text.
 */
class OversizedInputTest {
  private static final String SSN = "536-22-8119";
  private static final int SIZE = 64 << 20;
  private static final String HUGE = hugeText();

  @TempDir Path dir;

  private static String hugeText() {
    String filler = "The patient was seen today and is doing well. ";
    StringBuilder b = new StringBuilder(SIZE);
    b.append("SSN ").append(SSN).append(' ');
    while (b.length() < SIZE - filler.length()) {
      b.append(filler);
    }
    return b.append("SSN ").append(SSN).toString();
  }

  /** Counts calls; would flag the planted SSN if it ever ran. */
  private static final class CountingDetector implements Detector {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public String id() {
      return "counting";
    }

    @Override
    public Set<EntityType> entityTypes() {
      return Set.of(EntityType.US_SSN);
    }

    @Override
    public List<Finding> detect(DetectorInput input) {
      calls.incrementAndGet();
      int at = input.text().indexOf(SSN);
      return at < 0 ? List.of() : List.of(Finding.of(EntityType.US_SSN, at, at + SSN.length(), 1.0, id()));
    }
  }

  @Test
  void aHugeInputIsBlockedUnreadAuditedAndLeaksNothing() throws IOException {
    CountingDetector detector = new CountingDetector();
    InMemoryAuditSink memory = new InMemoryAuditSink();
    Path log = dir.resolve("audit.jsonl");
    Guard guard = Guard.builder().detector(detector).auditSink(memory).build();
    assertTrue(HUGE.length() > 16 << 20, "sanity: over the default limit of 16 Mi characters");

    GuardResult r;
    StringBuilder everything = new StringBuilder();
    try (JsonlFileAuditSink file = JsonlFileAuditSink.builder(log).closeOnShutdown(false).build()) {
      Guard logged = Guard.builder().detector(detector).auditSink(new Slf4jAuditSink()).build();
      Guard toFile = Guard.builder().detector(detector).auditSink(file).build();
      r = guard.check(HUGE, GuardContext.defaults());
      everything.append(dev.veil.GuardTest.captureStderr(() -> {
        GuardResult a = logged.check(HUGE, GuardContext.defaults());
        GuardResult b = toFile.check(HUGE, GuardContext.defaults());
        everything.append(a).append(b).append(a.reasons()).append(b.reasons());
      }));
    }

    assertEquals(Decision.BLOCK, r.decision());
    assertTrue(r.safeText().isEmpty());
    assertTrue(r.findings().isEmpty());
    assertEquals(Guard.INPUT_TOO_LARGE, r.reasons().get(0).ruleId());
    assertEquals(0, detector.calls.get(), "a detector ran on text over the limit");

    AuditEvent event = memory.events().get(0);
    assertEquals(Decision.BLOCK, event.decision());
    assertEquals(HUGE.length(), event.textLength());
    assertEquals(Guard.INPUT_TOO_LARGE, event.reasons().get(0).ruleId());
    assertEquals(r.auditId(), event.id());

    String written = Files.readString(log);
    assertTrue(written.contains(Guard.INPUT_TOO_LARGE), "the file audit trail records the block");
    everything.append(written).append(r).append(r.reasons()).append(memory.events());
    String all = everything.toString();
    assertFalse(all.contains(SSN));
    assertFalse(all.contains("8119"));
    assertFalse(all.contains("patient was seen"));
    assertTrue(all.length() < 64 * 1024, "output proportional to the input: " + all.length());
  }

  @Test
  void theSizeCheckComesBeforeAnyCopyOfTheText() {
    Guard guard = Guard.builder().detector(new CountingDetector()).policy(dev.veil.policy.Policies.redactAll())
        .auditSink(new InMemoryAuditSink())
        .vault(InMemoryVault.builder().build()).build();
    GuardContext conversation = GuardContext.builder().conversationId("c-1").build();
    // seed the conversation with a mapping so that checkOutput has something to restore
    guard.check("SSN " + SSN, conversation);
    guard.check(HUGE, GuardContext.defaults()); // warm up class loading
    guard.checkOutput(HUGE, conversation);
    java.util.Map<String, Runnable> calls = new java.util.LinkedHashMap<>();
    calls.put("check", () -> guard.check(HUGE, GuardContext.defaults()));
    calls.put("check in a conversation", () -> guard.check(HUGE, conversation));
    calls.put("checkOutput", () -> guard.checkOutput(HUGE, conversation));
    calls.forEach((name, call) -> {
      long before = allocatedBytes();
      call.run();
      long allocated = allocatedBytes() - before;
      assertTrue(allocated < 1 << 20, name + " allocated " + allocated + " bytes for a rejected input of " + HUGE.length());
    });
  }

  private static long allocatedBytes() {
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    return mx.getThreadAllocatedBytes(Thread.currentThread().getId());
  }
}
