package dev.veil.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.veil.Decision;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.GuardResult;
import dev.veil.Span;
import dev.veil.audit.AuditSink;
import dev.veil.detect.NormalizedText;
import dev.veil.detect.TextNormalizer;
import dev.veil.policy.Policies;
import java.util.List;

/**
 * Coverage-guided fuzz tests of the public entry points. Under {@code mvn verify} they replay the
 * seed inputs in {@code src/test/resources/dev/veil/cli/fuzz/GuardFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} they fuzz (see docs/threat-model.md for the command).
 */
class GuardFuzzTest {
  private static final Guard GUARD = Guard.builder().discoverDetectors().policy(Policies.redactAll())
      .auditSink(AuditSink.discarding()).build();

  @FuzzTest(maxDuration = "20s")
  void checkNeverThrowsAndKeepsOffsetsInBounds(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    GuardResult r = GUARD.check(text, GuardContext.defaults());
    assertTrue(r.decision() == Decision.ALLOW || r.decision() == Decision.TRANSFORM,
        () -> "unexpected " + r.decision() + " " + r.reasons());
    List<Finding> findings = r.findings();
    int previousEnd = 0;
    for (Finding f : findings) {
      assertTrue(f.start() >= previousEnd && f.end() <= text.length() && f.start() < f.end(), f::toString);
      previousEnd = f.end();
    }
    String safe = r.safeText().orElseThrow();
    for (Finding f : findings) {
      String value = f.valueIn(text);
      if (value.length() >= 6 && !otherwiseUnflagged(text, value, findings)) {
        assertFalse(safe.contains(value), () -> "a detected value survived redaction: " + f);
      }
    }
  }

  @FuzzTest(maxDuration = "20s")
  void normalizationOffsetsStayInBounds(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    NormalizedText n = TextNormalizer.standard().normalize(text);
    int len = n.text().length();
    for (int i = 0; i < len; i++) {
      Span s = n.toOriginal(new Span(i, i + 1));
      assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() < s.end());
    }
  }

  /** True if the value also occurs in the text outside every finding (then it may legitimately remain). */
  private static boolean otherwiseUnflagged(String text, String value, List<Finding> findings) {
    for (int i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) {
      final int at = i;
      boolean covered = findings.stream().anyMatch(f -> f.start() <= at && at + value.length() <= f.end());
      if (!covered) {
        return true;
      }
    }
    return false;
  }
}
