package dev.veil.examples;

import dev.veil.Decision;
import dev.veil.Direction;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.GuardResult;
import dev.veil.Reason;
import dev.veil.StreamingOutput;
import dev.veil.audit.InMemoryAuditSink;
import dev.veil.detect.Detector;
import dev.veil.policy.Policy;
import dev.veil.policy.PolicyDecision;
import dev.veil.transform.InMemoryVault;
import dev.veil.transform.KeyRing;
import dev.veil.transform.Operator;
import dev.veil.transform.Operators;
import dev.veil.transform.VeilKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The LLM round trip: a prompt with PHI is pseudonymized (fake names and emails, format-preserving
 * encryption for the SSN), a model answers about the surrogates in streamed chunks, and the caller
 * sees the answer with the real values put back, except what the output policy hides (the SSN is
 * shown masked).
 */
public final class RoundTripExample {
  private RoundTripExample() {}

  /** What happened in one round trip. */
  public record Outcome(String sentToModel, String modelAnswer, String shownToCaller, boolean blocked) {}

  /** Surrogates on the way out; on the way back names and emails may be shown, SSNs and cards only masked. */
  static Policy pseudonymizingPolicy(KeyRing keys) {
    return new Policy() {
      @Override
      public String id() {
        return "example-round-trip";
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public PolicyDecision evaluate(List<Finding> findings, GuardContext context) {
        if (findings.isEmpty()) {
          return PolicyDecision.allow(List.of());
        }
        Map<EntityType, Operator> ops = new EnumMap<>(EntityType.class);
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (Finding f : findings) {
          types.add(f.type());
          Operator op;
          if (context.direction() == Direction.PROMPT) {
            op = switch (f.type()) {
              case PERSON, EMAIL_ADDRESS, PHONE_NUMBER, DATE -> Operators.surrogate();
              case US_SSN -> Operators.fpe(keys);
              default -> Operators.tag();
            };
          } else {
            op = switch (f.type()) {
              case US_SSN, CREDIT_CARD -> Operators.mask(4);
              case PERSON, EMAIL_ADDRESS, PHONE_NUMBER, DATE -> null; // the caller's own data
              default -> Operators.tag();
            };
          }
          if (op != null) {
            ops.put(f.type(), op);
          }
        }
        return new PolicyDecision(Decision.TRANSFORM, List.of(new Reason("example.pseudonymize",
            Decision.TRANSFORM, types, "45 CFR 164.514(c)", "identifiers replaced by re-identifiable codes")),
            ops, Optional.empty());
      }
    };
  }

  /** A guard with the built-in detectors plus {@code extra} ones, keeping each conversation's mappings for an hour. */
  public static Guard guard(Detector... extra) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);                 // in production: from your KMS
    KeyRing keys = KeyRing.of(VeilKey.of("fpe", 1, secret));
    return Guard.builder()
        .discoverDetectors()
        .detectors(List.of(extra))
        .policy(pseudonymizingPolicy(keys))
        .vault(InMemoryVault.builder().expireAfterAccess(Duration.ofHours(1)).build())
        .auditSink(new InMemoryAuditSink())
        .build();
  }

  /** Sends {@code prompt} through the guard to {@code model} and the streamed answer back. */
  public static Outcome run(Guard guard, FakeLocalModel model, String conversationId, String prompt) {
    // README:BEGIN roundtrip
    GuardContext ctx = GuardContext.builder().conversationId(conversationId).build();
    GuardResult in = guard.check(prompt, ctx);                 // pseudonymize the prompt
    if (in.isBlocked()) {
      return new Outcome("", "", "", true);
    }
    String sent = in.safeText().orElseThrow();
    StreamingOutput out = guard.streamOutput(ctx);            // check + restore the answer as it streams
    StringBuilder answer = new StringBuilder();
    StringBuilder shown = new StringBuilder();
    for (String chunk : model.stream(sent)) {
      answer.append(chunk);
      shown.append(out.accept(chunk));                        // emit this to the caller right away
    }
    shown.append(out.finish());
    // README:END roundtrip
    return new Outcome(sent, answer.toString(), shown.toString(), out.isBlocked());
  }

  public static void main(String[] args) {
    Guard guard = guard(new DemoNameDetector("Jane Roe"));
    Outcome o = run(guard, new FakeLocalModel(7), "demo-1",
        "Write a reminder for patient Jane Roe, email jane.roe@example.com, SSN 536-22-8119, visit on Monday.");
    System.out.println("sent to the model:\n" + o.sentToModel());
    System.out.println("\nmodel answer:\n" + o.modelAnswer());
    System.out.println("\nshown to the caller:\n" + o.shownToCaller());
  }
}
