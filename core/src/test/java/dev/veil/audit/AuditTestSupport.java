package dev.veil.audit;

import dev.veil.Decision;
import dev.veil.Direction;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.Reason;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shared fixtures for the audit tests. */
final class AuditTestSupport {
  static final AuditKey KEY = AuditKey.of("test-key", "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
  static final AuditKey OTHER_KEY = AuditKey.of("other", "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));

  private AuditTestSupport() {}

  static AuditEvent event(int i) {
    return event(i, Instant.parse("2026-11-28T10:00:00Z").plusSeconds(i));
  }

  static AuditEvent event(int i, Instant time) {
    return new AuditEvent("evt-" + i, time, "req-" + i, "conv-1", "tenant-a", "vendor-x",
        i % 2 == 0 ? Direction.PROMPT : Direction.OUTPUT, GuardContext.Purpose.TREATMENT,
        GuardContext.Jurisdiction.US, Set.of(GuardContext.LegalBasis.HIPAA_AUTHORIZATION), "test-policy", "3",
        i % 3 == 0 ? Decision.BLOCK : Decision.TRANSFORM, null,
        List.of(new Reason("rule-" + i, Decision.BLOCK, Set.of(EntityType.US_SSN), "45 CFR 164.514(b)(2)(i)(G)",
            "an SSN blocks the text")),
        List.of(new AuditEvent.FindingRecord(EntityType.US_SSN, 3, 14, "digits", 0.9)),
        Map.of(EntityType.US_SSN, "tag"), null, 40 + i);
  }

  /** Writes {@code n} events to a fresh sealed log. */
  static void writeLog(Path file, int n, AuditKey key) {
    JsonlFileAuditSink.Builder b = JsonlFileAuditSink.builder(file).closeOnShutdown(false);
    if (key != null) {
      b.key(key);
    }
    try (JsonlFileAuditSink sink = b.build()) {
      for (int i = 1; i <= n; i++) {
        sink.write(event(i));
      }
    }
  }

  /**
   * A trivial, fast detector: runs of 9 or more digits are {@code US_SSN}, whitespace-delimited
   * tokens with an '@' are {@code EMAIL_ADDRESS}.
   */
  static final class DigitsAndEmailDetector implements Detector {
    @Override
    public String id() {
      return "test-digits-email";
    }

    @Override
    public Set<EntityType> entityTypes() {
      return Set.of(EntityType.US_SSN, EntityType.EMAIL_ADDRESS);
    }

    @Override
    public List<Finding> detect(DetectorInput input) {
      String t = input.text();
      List<Finding> out = new ArrayList<>();
      int i = 0;
      while (i < t.length()) {
        if (Character.isWhitespace(t.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        boolean digits = true;
        boolean at = false;
        while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
          char c = t.charAt(i);
          digits &= c >= '0' && c <= '9';
          at |= c == '@';
          i++;
        }
        if (digits && i - start >= 9) {
          out.add(Finding.of(EntityType.US_SSN, start, i, 0.9, id()));
        } else if (at) {
          out.add(Finding.of(EntityType.EMAIL_ADDRESS, start, i, 0.95, id()));
        }
      }
      return out;
    }
  }
}
