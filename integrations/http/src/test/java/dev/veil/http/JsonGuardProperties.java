package dev.veil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Decision;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.audit.AuditSink;
import dev.veil.policy.Policies;
import dev.veil.transform.TransformSession;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Deeply nested JSON (issue 10): an SSN planted at the bottom of any nesting of objects and arrays,
 * with noise siblings, either comes back redacted (nesting within the limit) or the document is
 * blocked with the limit reason; the value never leaves and nothing but a typed result comes back.
 */
class JsonGuardProperties {
  private static final String SSN = "536-22-8119";
  private static final int MAX_DEPTH = 64;
  private static final Guard GUARD = Guard.builder().discoverDetectors().policy(Policies.redactAll())
      .auditSink(AuditSink.discarding()).build();
  private static final JsonGuard JSON = JsonGuard.builder(GUARD).maxDepth(MAX_DEPTH).build();

  @Provide
  Arbitrary<List<Boolean>> levels() {
    return Arbitraries.of(true, false).list().ofMinSize(0).ofMaxSize(150);
  }

  /** The planted string inside {@code levels.size()} containers (true: object, false: array). */
  static String nest(List<Boolean> levels, int noise) {
    String json = "\"ssn " + SSN + "\"";
    for (int i = levels.size() - 1; i >= 0; i--) {
      json = levels.get(i)
          ? "{\"k" + i + "\": " + json + (noise == 0 ? "" : ", \"s\": " + noise) + "}"
          : "[" + json + (noise == 0 ? "" : ", \"x" + noise + "\"") + "]";
    }
    return json;
  }

  @net.jqwik.api.Example
  void theLimitIsExact() {
    for (int depth : new int[] {MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1}) {
      JsonGuard.Result r = JSON.check(nest(java.util.Collections.nCopies(depth, depth % 2 == 0), 1),
          GuardContext.defaults(), TransformSession.create());
      assertEquals(depth <= MAX_DEPTH ? Decision.TRANSFORM : Decision.BLOCK, r.decision(), "depth " + depth);
    }
  }

  @Property(tries = 200, seed = "20261129")
  void aPlantedValueAtAnyDepthIsRedactedOrTheDocumentBlocked(@ForAll("levels") List<Boolean> objectLevels,
      @ForAll @IntRange(min = 0, max = 3) int noise) {
    JsonGuard.Result r = JSON.check(nest(objectLevels, noise), GuardContext.defaults(), TransformSession.create());
    if (objectLevels.size() <= MAX_DEPTH) {
      assertEquals(Decision.TRANSFORM, r.decision(), () -> "depth " + objectLevels.size() + ": " + r.reasons());
      String safe = r.safeDocument().orElseThrow().toString();
      assertFalse(safe.contains(SSN));
      assertTrue(safe.contains("ssn "));
    } else {
      assertEquals(Decision.BLOCK, r.decision());
      assertTrue(r.reasons().stream().anyMatch(x -> x.ruleId().equals(JsonGuard.LIMIT_EXCEEDED)), r.reasons()::toString);
      assertTrue(r.safeDocument().isEmpty());
    }
    assertFalse(r.toString().contains(SSN));
  }
}
