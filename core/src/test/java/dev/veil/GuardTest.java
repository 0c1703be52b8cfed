package dev.veil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.audit.AuditEvent;
import dev.veil.audit.AuditSink;
import dev.veil.audit.InMemoryAuditSink;
import dev.veil.audit.Slf4jAuditSink;
import dev.veil.detect.AllowList;
import dev.veil.policy.Policies;
import dev.veil.policy.Policy;
import dev.veil.policy.PolicyDecision;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardTest {
  private static final String SSN = "536-22-8119";
  private static final String EMAIL = "jane.roe@example.org";

  private static Guard.Builder base() {
    return Guard.builder()
        .detector(TestDetectors.literal("ssn", EntityType.US_SSN, SSN, 0.95))
        .detector(TestDetectors.literal("mail", EntityType.EMAIL_ADDRESS, EMAIL, 0.9));
  }

  @Test
  void redactAllReplacesEveryFindingWithConsistentTags() {
    InMemoryAuditSink sink = new InMemoryAuditSink();
    Guard guard = base().policy(Policies.redactAll()).auditSink(sink).build();
    String text = "SSN " + SSN + ", mail " + EMAIL + ", again " + SSN + ".";

    GuardResult r = guard.check(text, GuardContext.defaults());

    assertEquals(Decision.TRANSFORM, r.decision());
    assertEquals("SSN <US_SSN_1>, mail <EMAIL_ADDRESS_1>, again <US_SSN_1>.", r.safeText().orElseThrow());
    assertEquals(3, r.findings().size());
    assertEquals(1, sink.events().size());
    assertEquals(r.auditId(), sink.events().get(0).id());
  }

  @Test
  void textWithoutFindingsIsAllowedUnchanged() {
    Guard guard = base().auditSink(AuditSink.discarding()).build();
    GuardResult r = guard.check("nothing to see", GuardContext.defaults());
    assertEquals(Decision.ALLOW, r.decision());
    assertEquals("nothing to see", r.safeText().orElseThrow());
  }

  @Test
  void emptyTextIsAllowed() {
    Guard guard = base().auditSink(AuditSink.discarding()).build();
    GuardResult r = guard.check("", GuardContext.defaults());
    assertEquals(Decision.ALLOW, r.decision());
    assertEquals("", r.safeText().orElseThrow());
  }

  @Test
  void nullTextIsATypedError() {
    Guard guard = base().build();
    assertThrows(NullPointerException.class, () -> guard.check(null, GuardContext.defaults()));
    assertThrows(NullPointerException.class, () -> guard.check("x", null));
  }

  @Test
  void findingsPointIntoTheOriginalTextThroughNormalization() {
    Guard guard = base().auditSink(AuditSink.discarding()).build();
    // zero-width space and soft hyphen inside the SSN; fullwidth digits
    String text = "id: 536\u200B-22-81\u00AD19 and ５３６-22-8119";
    List<Finding> findings = guard.inspect(text, GuardContext.defaults());
    assertEquals(2, findings.size());
    assertEquals("536\u200B-22-81\u00AD19", findings.get(0).valueIn(text));
    assertEquals("５３６-22-8119", findings.get(1).valueIn(text));
  }

  @Test
  void throwingDetectorFailsClosedWithoutLeaking() {
    InMemoryAuditSink sink = new InMemoryAuditSink();
    Guard guard = base().detector(TestDetectors.throwing("broken")).policy(Policies.redactAll())
        .auditSink(sink).build();
    String text = "patient SSN " + SSN;
    String logged = captureStderr(() -> {
      GuardResult r = guard.check(text, GuardContext.defaults());
      assertEquals(Decision.BLOCK, r.decision());
      assertTrue(r.safeText().isEmpty());
      assertEquals(Guard.DETECTOR_FAILURE, r.reasons().get(0).ruleId());
      assertFalse(r.toString().contains(SSN));
    });
    assertTrue(logged.contains("broken"), logged);
    assertFalse(logged.contains(SSN), logged);
    assertEquals(1, sink.events().size());
    assertFalse(sink.events().get(0).toString().contains(SSN));
    DetectionException e = assertThrows(DetectionException.class, () -> guard.inspect(text, GuardContext.defaults()));
    assertFalse(e.getMessage().contains(SSN));
  }

  @Test
  void throwingPolicyFailsClosed() {
    Policy broken = new Policy() {
      @Override
      public String id() {
        return "broken-policy";
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public PolicyDecision evaluate(List<Finding> findings, GuardContext context) {
        throw new IllegalStateException("boom " + SSN);
      }
    };
    Guard guard = base().policy(broken).auditSink(AuditSink.discarding()).build();
    GuardResult r = guard.check("x " + SSN, GuardContext.defaults());
    assertEquals(Decision.BLOCK, r.decision());
    assertEquals(Guard.POLICY_FAILURE, r.reasons().get(0).ruleId());
  }

  @Test
  void failingAuditSinkBlocks() {
    AuditSink failing = event -> {
      throw new IllegalStateException("disk full");
    };
    Guard guard = base().policy(Policies.redactAll()).auditSink(failing).build();
    GuardResult r = guard.check("x " + SSN, GuardContext.defaults());
    assertEquals(Decision.BLOCK, r.decision());
    assertTrue(r.reasons().stream().anyMatch(x -> x.ruleId().equals(Guard.AUDIT_FAILURE)));
  }

  @Test
  void textOverTheLimitIsBlockedUnread() {
    Guard guard = base().maxTextLength(10).auditSink(AuditSink.discarding()).build();
    GuardResult r = guard.check("0123456789A", GuardContext.defaults());
    assertEquals(Decision.BLOCK, r.decision());
    assertEquals(Guard.INPUT_TOO_LARGE, r.reasons().get(0).ruleId());
    assertThrows(InputTooLargeException.class, () -> guard.inspect("0123456789A", GuardContext.defaults()));
  }

  @Test
  void slowDetectorsRunOutTheTimeBudgetAndTheTextIsBlocked() {
    dev.veil.detect.Detector slow = new dev.veil.detect.Detector() {
      @Override
      public String id() {
        return "slow";
      }

      @Override
      public java.util.Set<EntityType> entityTypes() {
        return java.util.Set.of(EntityType.OTHER_ID);
      }

      @Override
      public List<Finding> detect(dev.veil.detect.DetectorInput input) {
        try {
          Thread.sleep(60);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return List.of();
      }
    };
    InMemoryAuditSink sink = new InMemoryAuditSink();
    Guard guard = base().detector(slow).timeBudget(java.time.Duration.ofMillis(20)).auditSink(sink).build();
    GuardResult r = guard.check("SSN " + SSN, GuardContext.defaults());
    assertEquals(Decision.BLOCK, r.decision());
    assertEquals(Guard.TIME_BUDGET_EXCEEDED, r.reasons().get(0).ruleId());
    assertEquals(Decision.BLOCK, sink.events().get(0).decision());
    assertFalse(sink.events().toString().contains(SSN));
  }

  @Test
  void chunkedScanningFindsWhatAWholeScanFinds() {
    StringBuilder b = new StringBuilder();
    java.util.Random random = new java.util.Random(3);
    while (b.length() < 20_000) {
      b.append(random.nextBoolean() ? SSN : EMAIL).append(" filler text ".repeat(random.nextInt(9)));
    }
    String text = b.toString();
    Guard whole = base().auditSink(AuditSink.discarding()).build();
    Guard chunked = base().chunkSize(1_100).auditSink(AuditSink.discarding()).build();
    assertEquals(whole.inspect(text, GuardContext.defaults()), chunked.inspect(text, GuardContext.defaults()));
  }

  @Test
  void allowListedValuesAreNotReported() {
    Guard guard = base().allowList(AllowList.builder().value(EMAIL.toUpperCase(), EntityType.EMAIL_ADDRESS).build())
        .auditSink(AuditSink.discarding()).build();
    List<Finding> f = guard.inspect(SSN + " " + EMAIL, GuardContext.defaults());
    assertEquals(1, f.size());
    assertEquals(EntityType.US_SSN, f.get(0).type());
  }

  @Test
  void findingsBelowTheThresholdAreDropped() {
    Guard guard = Guard.builder().detector(TestDetectors.literal("weak", EntityType.OTHER_ID, "12345", 0.4))
        .auditSink(AuditSink.discarding()).build();
    assertTrue(guard.inspect("order 12345", GuardContext.defaults()).isEmpty());
  }

  @Test
  void builderRejectsMisconfiguration() {
    assertThrows(IllegalStateException.class, () -> Guard.builder().build());
    assertThrows(IllegalStateException.class, () -> base().policy(Policies.blockAny()).policy(Policies.redactAll()));
    assertThrows(IllegalStateException.class,
        () -> base().detector(TestDetectors.literal("ssn", EntityType.US_SSN, "x", 1)));
    assertThrows(IllegalArgumentException.class, () -> base().minScore(1.5));
  }

  @Test
  void nothingSensitiveReachesLogsResultsOrAuditEvents() {
    InMemoryAuditSink memory = new InMemoryAuditSink();
    Guard slf4j = base().policy(Policies.blockAny()).auditSink(new Slf4jAuditSink()).build();
    Guard inMemory = base().policy(Policies.redactAll()).auditSink(memory).build();
    String text = "Patient SSN " + SSN + " mail " + EMAIL;
    StringBuilder everything = new StringBuilder();
    everything.append(captureStderr(() -> {
      GuardResult a = slf4j.check(text, GuardContext.defaults());
      GuardResult b = inMemory.check(text, GuardContext.defaults());
      everything.append(a).append(b).append(a.findings()).append(b.reasons());
    }));
    for (AuditEvent e : memory.events()) {
      everything.append(e);
    }
    everything.append(slf4j).append(inMemory).append(memory);
    assertTrue(everything.toString().contains("US_SSN"), "sanity: the output mentions the type");
    assertFalse(everything.toString().contains(SSN));
    assertFalse(everything.toString().contains(EMAIL));
    assertFalse(everything.toString().contains("8119"));
  }

  static String captureStderr(Runnable r) {
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setErr(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void auditIdsAreVersion4UuidsAndDistinct() {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      java.util.UUID u = java.util.UUID.fromString(Guard.newAuditId());
      assertEquals(4, u.version());
      assertEquals(2, u.variant());
      ids.add(u.toString());
    }
    assertEquals(10_000, ids.size());
  }
}
