package dev.veil.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.veil.Decision;
import dev.veil.Direction;
import dev.veil.EntityType;
import dev.veil.GuardContext;
import dev.veil.Reason;
import dev.veil.audit.AuditEvent;
import dev.veil.audit.AuditKey;
import dev.veil.audit.AuditLogVerifier;
import dev.veil.audit.JsonlFileAuditSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fuzzes {@code veil audit verify} ({@link AuditLogVerifier}) with mutated and arbitrary audit
 * logs. Properties: it reports, never throws; the problem's line is within the file; and with the
 * key, every change to the bytes of a sealed log is reported (the chain covers every byte of every
 * line, the seal the line count).
 */
class AuditVerifyFuzzTest {
  private static final AuditKey KEY =
      AuditKey.of("fuzz-key", "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
  private static final Path DIR;
  private static final byte[] LOG;
  private static final byte[] SEAL;

  static {
    try {
      DIR = Files.createTempDirectory("veil-audit-fuzz");
      DIR.toFile().deleteOnExit();
      Path file = DIR.resolve("original.jsonl");
      try (JsonlFileAuditSink sink = JsonlFileAuditSink.builder(file).key(KEY).closeOnShutdown(false).build()) {
        for (int i = 1; i <= 4; i++) {
          sink.write(event(i));
        }
      }
      LOG = Files.readAllBytes(file);
      SEAL = Files.readAllBytes(file.resolveSibling("original.jsonl.seal"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AuditEvent event(int i) {
    return new AuditEvent("evt-" + i, Instant.parse("2026-11-28T10:00:00Z").plusSeconds(i), "req-" + i, "conv-1",
        "tenant-a", "vendor-x", i % 2 == 0 ? Direction.PROMPT : Direction.OUTPUT, GuardContext.Purpose.TREATMENT,
        GuardContext.Jurisdiction.US, Set.of(GuardContext.LegalBasis.HIPAA_AUTHORIZATION), "fuzz-policy", "1",
        i % 3 == 0 ? Decision.BLOCK : Decision.TRANSFORM, null,
        List.of(new Reason("rule-" + i, Decision.BLOCK, Set.of(EntityType.US_SSN), "45 CFR 164.514(b)(2)(i)(G)",
            "an SSN blocks the text")),
        List.of(new AuditEvent.FindingRecord(EntityType.US_SSN, 3, 14, "digits", 0.9)),
        Map.of(EntityType.US_SSN, "tag"), null, 40 + i);
  }

  @FuzzTest(maxDuration = "60s")
  void verifyReportsEveryChangeAndNeverThrows(FuzzedDataProvider data) throws IOException {
    byte[] log = LOG.clone();
    int edits = data.consumeInt(0, 4);
    for (int e = 0; e < edits && log.length > 0; e++) {
      int at = data.consumeInt(0, log.length - 1);
      switch (data.consumeInt(0, 3)) {
        case 0 -> log[at] = data.consumeByte();
        case 1 -> log = splice(log, at, at, data.consumeBytes(8));
        case 2 -> log = splice(log, at, Math.min(log.length, at + data.consumeInt(1, 200)), new byte[0]);
        default -> {
          // move a whole line elsewhere
          int s = lineStart(log, at);
          int end = lineEnd(log, at);
          byte[] line = Arrays.copyOfRange(log, s, end);
          byte[] rest = splice(log, s, end, new byte[0]);
          int to = lineStart(rest, data.consumeInt(0, Math.max(0, rest.length - 1)));
          log = splice(rest, to, to, line);
        }
      }
    }
    boolean arbitrary = data.consumeBoolean();
    if (arbitrary) {
      log = data.consumeRemainingAsBytes();
    }
    Path file = DIR.resolve("fuzz.jsonl");
    Files.write(file, log);
    Files.write(file.resolveSibling("fuzz.jsonl.seal"), SEAL);
    try {
      AuditLogVerifier.Result keyed = AuditLogVerifier.withKey(KEY).verify(file);
      AuditLogVerifier.Result unkeyed = AuditLogVerifier.unkeyed().verify(file);
      long lines = 1;
      for (byte b : log) {
        lines += b == '\n' ? 1 : 0;
      }
      for (AuditLogVerifier.Result r : List.of(keyed, unkeyed)) {
        long at = r.problem().map(AuditLogVerifier.Problem::line).orElse(0L);
        assertTrue(at >= 0 && at <= lines + 1, "problem line " + at + " of " + lines);
        assertTrue(r.events() >= 0 && r.events() <= lines);
      }
      assertFalse(unkeyed.ok(), "the unkeyed verifier accepted a keyed log");
      if (Arrays.equals(log, LOG)) {
        assertTrue(keyed.ok(), () -> "the untouched log failed: " + keyed.problem());
      } else {
        assertFalse(keyed.ok(), "a changed log verified");
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.resolveSibling("fuzz.jsonl.seal"));
    }
  }

  private static byte[] splice(byte[] a, int from, int to, byte[] insert) {
    byte[] out = new byte[a.length - (to - from) + insert.length];
    System.arraycopy(a, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(a, to, out, from + insert.length, a.length - to);
    return out;
  }

  private static int lineStart(byte[] a, int at) {
    int s = Math.min(at, a.length);
    while (s > 0 && a[s - 1] != '\n') {
      s--;
    }
    return s;
  }

  private static int lineEnd(byte[] a, int at) {
    int e = at;
    while (e < a.length && a[e] != '\n') {
      e++;
    }
    return Math.min(a.length, e + 1);
  }
}
