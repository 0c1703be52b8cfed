package dev.veil.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Decision;
import dev.veil.Destination;
import dev.veil.EntityType;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.audit.AuditKey;
import dev.veil.audit.AuditLogVerifier;
import dev.veil.audit.JsonlFileAuditSink;
import dev.veil.policy.Policies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditDailySummaryTest {
  private static final AuditKey KEY = AuditKey.of("examples", "examples-key-0123456789".getBytes());

  @TempDir Path dir;

  @Test
  void summarizesALogWrittenByARealGuard() throws Exception {
    Path log = dir.resolve("audit.jsonl");
    GuardContext external = GuardContext.builder().destination(Destination.unknownExternal()).build();
    GuardContext internal = GuardContext.builder().destination(Destination.internal("onprem-llm", "DE")).build();
    try (JsonlFileAuditSink sink = JsonlFileAuditSink.builder(log).key(KEY).closeOnShutdown(false).build()) {
      Guard day1Block = guard(sink, "2026-11-27T09:00:00Z", true);
      Guard day1Redact = guard(sink, "2026-11-27T15:00:00Z", false);
      Guard day2Block = guard(sink, "2026-11-28T08:30:00Z", true);
      assertEquals(Decision.BLOCK, day1Block.check("SSN 536-22-8119, mail jo@example.com", external).decision());
      assertEquals(Decision.BLOCK, day1Block.check("card 4111 1111 1111 1111", external).decision());
      assertEquals(Decision.ALLOW, day1Block.check("what is the weather", external).decision());
      assertEquals(Decision.TRANSFORM, day1Redact.check("write to jo@example.com", internal).decision());
      assertEquals(Decision.BLOCK, day2Block.check("my SSN is 536-22-8119", internal).decision());
    }
    assertTrue(AuditLogVerifier.withKey(KEY).verify(log).ok());

    SortedMap<LocalDate, AuditDailySummary.Day> days = AuditDailySummary.summarize(log);

    assertEquals(2, days.size());
    AuditDailySummary.Day d1 = days.get(LocalDate.parse("2026-11-27"));
    assertEquals(4, d1.events());
    assertEquals(Map.of(Decision.BLOCK, 2L, Decision.ALLOW, 1L), d1.decisionsByDestination().get("unknown-external"));
    assertEquals(Map.of(Decision.TRANSFORM, 1L), d1.decisionsByDestination().get("onprem-llm"));
    assertEquals(Map.of(EntityType.US_SSN, 1L, EntityType.EMAIL_ADDRESS, 1L, EntityType.CREDIT_CARD, 1L),
        d1.blockedTypes());
    AuditDailySummary.Day d2 = days.get(LocalDate.parse("2026-11-28"));
    assertEquals(Map.of(EntityType.US_SSN, 1L), d2.blockedTypes());

    String text = AuditDailySummary.render(days);
    System.out.print(text);
    assertTrue(text.contains("2026-11-27  4 decisions"), text);
    assertTrue(text.contains("US_SSN"), text);
    assertFalse(text.contains("8119") || text.contains("jo@example.com"), text);
    assertFalse(Files.readString(log).contains("8119"));
  }

  private static Guard guard(JsonlFileAuditSink sink, String at, boolean block) {
    return Guard.builder().discoverDetectors().policy(block ? Policies.blockAny() : Policies.redactAll())
        .auditSink(sink).clock(Clock.fixed(Instant.parse(at), ZoneOffset.UTC)).build();
  }
}
