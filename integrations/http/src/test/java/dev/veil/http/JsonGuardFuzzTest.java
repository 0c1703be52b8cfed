package dev.veil.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.VeilException;
import dev.veil.audit.AuditSink;
import dev.veil.policy.Policies;
import dev.veil.transform.TransformSession;

/**
 * Fuzzes {@link JsonGuard} with arbitrary JSON-ish text. Properties: it fails only with a {@link
 * VeilException} whose message does not quote the input; a document that is not blocked comes out as
 * valid JSON; and an e-mail address written literally in the input (so inside one string or key),
 * even with other characters glued to it, never survives into the safe document. A finding is kept in the inputs
 * directory as a regression test.
 */
class JsonGuardFuzzTest {
  private static final String EMAIL = "jane.roe@example.org";
  private static final Guard GUARD = Guard.builder().discoverDetectors().policy(Policies.redactAll())
      .auditSink(AuditSink.discarding()).build();
  private static final JsonGuard JSON = JsonGuard.builder(GUARD).maxDepth(16).maxStrings(200).build();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @FuzzTest(maxDuration = "60s")
  void checkNeverThrowsUntypedAndNeverPassesAKnownValue(FuzzedDataProvider data) throws Exception {
    String json = data.consumeRemainingAsString();
    JsonGuard.Result r;
    try {
      r = JSON.check(json, GuardContext.defaults(), TransformSession.create());
    } catch (VeilException e) {
      if (json.length() >= 8) {
        assertFalse(e.getMessage().contains(json), "the error message quotes the input");
      }
      return;
    }
    if (r.isBlocked()) {
      assertTrue(r.safeDocument().isEmpty());
      return;
    }
    String safe = r.safeJson();
    MAPPER.readTree(safe); // valid JSON
    if (standsAlone(json)) {
      assertFalse(safe.contains(EMAIL), "a literal e-mail address passed the JSON guard");
    }
  }

  /**
   * True if the address occurs literally, not right after a backslash (an escape there changes
   * what the string holds). Anything else may be glued to it: digits or letters after the
   * top-level domain ("jane.roe@example.org721", the regression input found by this fuzzer),
   * letters before the local part ("xjane.roe@..."), punctuation. The address is then still found
   * (exactly, or inside a longer address) and never survives.
   */
  private static boolean standsAlone(String json) {
    for (int at = json.indexOf(EMAIL); at >= 0; at = json.indexOf(EMAIL, at + 1)) {
      if (at == 0 || json.charAt(at - 1) != '\\') {
        return true;
      }
    }
    return false;
  }
}
