package dev.veil.examples;

import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.GuardResult;
import dev.veil.audit.InMemoryAuditSink;
import dev.veil.policy.Policies;

/** The README's quick start, kept compiling and run by a test. */
public final class QuickStart {
  private QuickStart() {}

  public static String run(String prompt) {
    // README:BEGIN quickstart
    Guard guard = Guard.builder()
        .discoverDetectors()                       // the built-in detectors from veil-detectors
        .policy(Policies.redactAll())              // replace every finding with a typed tag
        .auditSink(new InMemoryAuditSink())        // or new Slf4jAuditSink()
        .build();                                  // immutable: build once, share across threads

    GuardResult result = guard.check(prompt, GuardContext.defaults());
    if (result.isBlocked()) {
      throw new IllegalStateException("blocked: " + result.reasons());
    }
    String safePrompt = result.safeText().orElseThrow();   // send this to the model
    // README:END quickstart
    return safePrompt;
  }

  public static void main(String[] args) {
    System.out.println(run("Call me at jane.doe@example.com, my SSN is 536-22-8119."));
  }
}
