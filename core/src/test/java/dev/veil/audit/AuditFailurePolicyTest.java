package dev.veil.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Decision;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.GuardResult;
import dev.veil.audit.AuditFailurePolicy.Event;
import dev.veil.audit.AuditFailurePolicy.Report;
import dev.veil.policy.Policies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditFailurePolicyTest {

  /** Fails while {@code broken}, otherwise records. */
  private static final class FlakySink implements AuditSink {
    volatile boolean broken = true;
    final List<AuditEvent> written = new ArrayList<>();

    @Override
    public synchronized void write(AuditEvent event) {
      if (broken) {
        throw new AuditSinkException("down");
      }
      written.add(event);
    }
  }

  private static Guard guard(AuditSink sink, AuditFailurePolicy policy) {
    Guard.Builder b = Guard.builder().detector(new AuditTestSupport.DigitsAndEmailDetector())
        .policy(Policies.redactAll()).auditSink(sink);
    if (policy != null) {
      b.auditFailurePolicy(policy);
    }
    return b.build();
  }

  private static GuardResult check(Guard g, int i) {
    return g.check("ssn 123456789", GuardContext.builder().requestId("r" + i).build());
  }

  @Test
  void failsClosedByDefault() {
    FlakySink sink = new FlakySink();
    GuardResult r = check(guard(sink, null), 0);
    assertEquals(Decision.BLOCK, r.decision());
    assertTrue(r.reasons().stream().anyMatch(x -> x.ruleId().equals(Guard.AUDIT_FAILURE)));
    assertTrue(r.safeText().isEmpty());
  }

  @Test
  void bufferAndReportLetsRequestsProceedAndDeliversInOrderOnRecovery() {
    FlakySink sink = new FlakySink();
    List<Report> reports = new ArrayList<>();
    Guard g = guard(sink, AuditFailurePolicy.bufferAndReport(10, reports::add, 0));
    for (int i = 0; i < 3; i++) {
      assertEquals(Decision.TRANSFORM, check(g, i).decision());
    }
    assertEquals(Event.BUFFERED, reports.get(0).event());
    assertEquals("AuditSinkException", reports.get(0).errorType());
    sink.broken = false;
    check(g, 3);
    assertEquals(List.of("r0", "r1", "r2", "r3"), sink.written.stream().map(AuditEvent::requestId).toList());
    assertEquals(Event.RECOVERED, reports.get(reports.size() - 1).event());
  }

  @Test
  void aFullBufferFailsClosedAgainAndNothingIsDroppedSilently() {
    FlakySink sink = new FlakySink();
    List<Report> reports = new ArrayList<>();
    Guard g = guard(sink, AuditFailurePolicy.bufferAndReport(2, reports::add, 0));
    assertEquals(Decision.TRANSFORM, check(g, 0).decision());
    assertEquals(Decision.TRANSFORM, check(g, 1).decision());
    GuardResult third = check(g, 2);
    assertEquals(Decision.BLOCK, third.decision());
    assertTrue(reports.stream().anyMatch(r -> r.event() == Event.BUFFER_FULL));
    AuditSinkException e = assertThrows(AuditSinkException.class, () -> g.auditSink().close());
    assertTrue(e.getMessage().contains("2 audit event(s)"), e.getMessage());
    assertEquals(Event.UNDELIVERED_ON_CLOSE, reports.get(reports.size() - 1).event());
  }

  @Test
  void flushRetriesTheBuffer() {
    FlakySink sink = new FlakySink();
    Guard g = guard(sink, AuditFailurePolicy.bufferAndReport(5, r -> {}, Long.MAX_VALUE));
    check(g, 0);
    check(g, 1);
    sink.broken = false;
    check(g, 2); // retry interval not reached: buffered behind the others, order kept
    assertTrue(sink.written.isEmpty());
    g.auditSink().flush();
    assertEquals(List.of("r0", "r1", "r2"), sink.written.stream().map(AuditEvent::requestId).toList());
  }

  @Test
  void rejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> AuditFailurePolicy.bufferAndReport(0, r -> {}));
    assertThrows(IllegalStateException.class, () -> Guard.builder()
        .auditFailurePolicy(AuditFailurePolicy.failClosed()).auditFailurePolicy(AuditFailurePolicy.failClosed()));
  }
}
