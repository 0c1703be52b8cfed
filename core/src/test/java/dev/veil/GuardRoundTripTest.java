package dev.veil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.audit.InMemoryAuditSink;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.policy.Policy;
import dev.veil.policy.PolicyDecision;
import dev.veil.transform.InMemoryVault;
import dev.veil.transform.Operator;
import dev.veil.transform.Operators;
import dev.veil.transform.TransformSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuardRoundTripTest {
  static final String NAME = "Jane Roe";
  static final String CARD = "4111 1111 1111 1111";
  static final String OTHER_CARD = "5555 5555 5555 4444";

  /** Finds fixed strings; stands in for the real detectors. */
  record LiteralDetector(Map<String, EntityType> literals) implements Detector {
    @Override
    public String id() {
      return "literal";
    }

    @Override
    public Set<EntityType> entityTypes() {
      return EnumSet.copyOf(literals.values());
    }

    @Override
    public List<Finding> detect(DetectorInput input) {
      List<Finding> out = new ArrayList<>();
      literals.forEach((lit, type) -> {
        for (int at = input.text().indexOf(lit); at >= 0; at = input.text().indexOf(lit, at + 1)) {
          out.add(Finding.of(type, at, at + lit.length(), 0.95, id()));
        }
      });
      return out;
    }
  }

  /** Prompts: names get surrogates, cards tags. Answers: names may be shown, cards only masked. */
  static final Policy POLICY = new Policy() {
    @Override
    public String id() {
      return "test-round-trip";
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
      for (Finding f : findings) {
        if (f.type() == EntityType.SECRET) {
          return PolicyDecision.block(List.of(new Reason("no-secrets", Decision.BLOCK, Set.of(f.type()), "test", "secrets never")));
        }
        if (context.direction() == Direction.PROMPT) {
          ops.put(f.type(), f.type() == EntityType.PERSON ? Operators.surrogate() : Operators.tag());
        } else if (f.type() == EntityType.CREDIT_CARD) {
          ops.put(f.type(), Operators.mask(4));
        }
      }
      return new PolicyDecision(Decision.TRANSFORM,
          List.of(new Reason("test", Decision.TRANSFORM, Set.of(), "test", "transform")), ops, Optional.empty());
    }
  };

  static Guard guard(InMemoryAuditSink audit, InMemoryVault vault) {
    return Guard.builder()
        .detector(new LiteralDetector(Map.of(NAME, EntityType.PERSON, CARD, EntityType.CREDIT_CARD,
            OTHER_CARD, EntityType.CREDIT_CARD, "sk_live_abc123", EntityType.SECRET)))
        .policy(POLICY).auditSink(audit).vault(vault).build();
  }

  static GuardContext ctx(String conversation) {
    return GuardContext.builder().conversationId(conversation).build();
  }

  @Test
  void sameConversationSameSurrogateAcrossMessages() {
    Guard g = guard(new InMemoryAuditSink(), InMemoryVault.builder().build());
    String a = g.check("Patient " + NAME + ".", ctx("c1")).safeText().orElseThrow();
    String b = g.check("Again: " + NAME + "!", ctx("c1")).safeText().orElseThrow();
    String surrogate = a.substring("Patient ".length(), a.length() - 1);
    assertFalse(a.contains(NAME));
    assertEquals("Again: " + surrogate + "!", b);
    String other = g.check("Patient " + NAME + ".", ctx("c2")).safeText().orElseThrow();
    assertFalse(other.contains(NAME));
  }

  @Test
  void checkOutputRestoresNamesButOnlyMaskedCards() {
    Guard g = guard(new InMemoryAuditSink(), InMemoryVault.builder().build());
    String sent = g.check("Bill " + NAME + " on card " + CARD + ".", ctx("c1")).safeText().orElseThrow();
    assertFalse(sent.contains(NAME) || sent.contains(CARD));
    String surrogate = sent.substring("Bill ".length(), sent.indexOf(" on card"));
    String answer = "Done: " + surrogate.toLowerCase() + "'s card < CREDIT_CARD_1 > is charged; "
        + "try " + OTHER_CARD + " next.";
    GuardResult out = g.checkOutput(answer, ctx("c1"));
    String shown = out.safeText().orElseThrow();
    assertEquals("Done: Jane Roe's card **** **** **** 1111 is charged; try **** **** **** 4444 next.", shown);
    assertEquals("Done: Jane Roe's card " + CARD + " is charged; try " + OTHER_CARD + " next.",
        g.restore(answer, ctx("c1")));
  }

  @Test
  void theVaultsTypeWinsWhereADetectorReadsARestoredOriginalAsAnotherType() {
    // a name model may read a restored name as a place; the vault knows it is the PERSON it tagged
    Detector confused = new Detector() {
      @Override
      public String id() {
        return "confused";
      }

      @Override
      public Set<EntityType> entityTypes() {
        return EnumSet.of(EntityType.PERSON, EntityType.LOCATION);
      }

      @Override
      public List<Finding> detect(DetectorInput input) {
        int at = input.text().indexOf(NAME);
        EntityType type = input.context().direction() == Direction.PROMPT ? EntityType.PERSON : EntityType.LOCATION;
        return at < 0 ? List.of() : List.of(Finding.of(type, at, at + NAME.length(), 0.9, id()));
      }
    };
    Policy namesShownPlacesTagged = new Policy() {
      @Override
      public String id() {
        return "names-shown";
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public PolicyDecision evaluate(List<Finding> findings, GuardContext context) {
        Map<EntityType, Operator> ops = new EnumMap<>(EntityType.class);
        for (Finding f : findings) {
          if (context.direction() == Direction.PROMPT || f.type() != EntityType.PERSON) {
            ops.put(f.type(), Operators.tag());
          }
        }
        return ops.isEmpty() ? PolicyDecision.allow(List.of()) : new PolicyDecision(Decision.TRANSFORM,
            List.of(new Reason("t", Decision.TRANSFORM, Set.of(), "t", "t")), ops, Optional.empty());
      }
    };
    Guard g = Guard.builder().detector(confused).policy(namesShownPlacesTagged)
        .vault(InMemoryVault.builder().build()).build();
    String sent = g.check("Remind " + NAME + ".", ctx("c9")).safeText().orElseThrow();
    String tag = sent.substring("Remind ".length(), sent.length() - 1);
    GuardResult out = g.checkOutput("Dear " + tag + ", see you.", ctx("c9"));
    assertEquals("Dear " + NAME + ", see you.", out.safeText().orElseThrow());
    assertEquals(EntityType.PERSON, out.findings().get(0).type());
  }

  @Test
  void aShortRestoredValueCannotShieldADetectedCard() {
    Guard g = guard(new InMemoryAuditSink(), InMemoryVault.builder().build());
    String tag = g.sessionFor(ctx("c1")).tagFor(EntityType.OTHER_ID, "1111");
    GuardResult out = g.checkOutput("code " + tag + ", card " + CARD, ctx("c1"));
    assertEquals("code 1111, card **** **** **** 1111", out.safeText().orElseThrow());
  }

  @Test
  void outputThatThePolicyBlocksShowsNothing() {
    Guard g = guard(new InMemoryAuditSink(), InMemoryVault.builder().build());
    g.check("Hi " + NAME, ctx("c1"));
    GuardResult r = g.checkOutput("Your key is sk_live_abc123", ctx("c1"));
    assertTrue(r.isBlocked());
    assertTrue(r.safeText().isEmpty());
  }

  @Test
  void fullVaultBlocksInsteadOfDroppingAMapping() {
    Guard g = guard(new InMemoryAuditSink(), InMemoryVault.builder().maxConversations(1).maxEntriesPerConversation(1).build());
    assertFalse(g.check("Hi " + NAME, ctx("c1")).isBlocked());
    GuardResult full = g.check("Card " + CARD, ctx("c1"));
    assertTrue(full.isBlocked());
    assertEquals(Guard.VAULT_FULL, full.reasons().get(0).ruleId());
    GuardResult noRoom = g.check("Hi " + NAME, ctx("c2"));
    assertTrue(noRoom.isBlocked());
    assertEquals(Guard.VAULT_FULL, noRoom.reasons().get(0).ruleId());
  }

  @Test
  void streamingOutputRestoresAndMasksWhateverTheChunking() {
    Guard g = guard(new InMemoryAuditSink(), InMemoryVault.builder().build());
    String sent = g.check("Bill " + NAME + " on card " + CARD + ".", ctx("c1")).safeText().orElseThrow();
    String surrogate = sent.substring("Bill ".length(), sent.indexOf(" on card"));
    String answer = ("Dear " + surrogate + ", your card <CREDIT_CARD_1> was charged. ").repeat(6)
        + "Also " + OTHER_CARD + ".";
    String batch = g.checkOutput(answer, ctx("c1")).safeText().orElseThrow();
    for (int size : new int[] {1, 3, 7, 50, 1000}) {
      StreamingOutput s = g.streamOutput(ctx("c1"));
      StringBuilder shown = new StringBuilder();
      for (int i = 0; i < answer.length(); i += size) {
        String piece = s.accept(answer.substring(i, Math.min(answer.length(), i + size)));
        assertFalse(piece.contains(CARD) || piece.contains(OTHER_CARD));
        shown.append(piece);
      }
      shown.append(s.finish());
      assertEquals(batch, shown.toString(), "chunk size " + size);
      assertFalse(s.isBlocked());
    }
    assertTrue(batch.contains("Dear Jane Roe, your card **** **** **** 1111"));
  }

  /** Reports nine digits as an SSN only when "SSN:" comes right before them. */
  record ContextSsnDetector() implements Detector {
    @Override
    public String id() {
      return "context-ssn";
    }

    @Override
    public Set<EntityType> entityTypes() {
      return Set.of(EntityType.US_SSN);
    }

    @Override
    public List<Finding> detect(DetectorInput input) {
      List<Finding> out = new ArrayList<>();
      String t = input.text();
      for (int at = t.indexOf("SSN: "); at >= 0; at = t.indexOf("SSN: ", at + 1)) {
        int s = at + 5;
        if (s + 9 <= t.length() && t.substring(s, s + 9).chars().allMatch(Character::isDigit)) {
          out.add(Finding.of(EntityType.US_SSN, s, s + 9, 0.9, id()));
        }
      }
      return out;
    }
  }

  @Test
  void streamingKeepsContextWordsAcrossSegmentCuts() {
    Policy maskSsn = new Policy() {
      @Override
      public String id() {
        return "mask-ssn";
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public PolicyDecision evaluate(List<Finding> findings, GuardContext context) {
        return findings.isEmpty() ? PolicyDecision.allow(List.of())
            : new PolicyDecision(Decision.TRANSFORM, List.of(), Map.of(EntityType.US_SSN, Operators.mask(4)),
                Optional.empty());
      }
    };
    Guard g = Guard.builder().detector(new ContextSsnDetector()).policy(maskSsn)
        .auditSink(new InMemoryAuditSink()).build();
    String answer = "x".repeat(40) + " SSN: 536228119 " + "y".repeat(300);
    assertEquals(g.checkOutput(answer, ctx("c")).safeText().orElseThrow(),
        "x".repeat(40) + " SSN: *****8119 " + "y".repeat(300));
    StreamingOutput s = g.streamOutput(ctx("c"));
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < answer.length(); i++) {
      shown.append(s.accept(answer.substring(i, i + 1)));
    }
    shown.append(s.finish());
    assertTrue(s.results().size() > 2, "the answer was cut into segments");
    assertFalse(shown.toString().contains("536228119"));
    assertTrue(shown.toString().contains("SSN: *****8119"));
  }

  @Test
  void plantedValuesAppearInNoLogToStringOrAuditEvent() {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    InMemoryAuditSink audit = new InMemoryAuditSink();
    InMemoryVault vault = InMemoryVault.builder().maxConversations(2).maxEntriesPerConversation(2).build();
    List<Object> objects = new ArrayList<>();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Guard g = guard(audit, vault);
      GuardResult in = g.check("Bill " + NAME + " on " + CARD, ctx("c1"));
      String surrogate = in.safeText().orElseThrow().substring(5, in.safeText().orElseThrow().indexOf(" on "));
      assertNotEquals(NAME, surrogate);
      objects.add(in);
      objects.add(g.checkOutput("ok " + surrogate + " <CREDIT_CARD_1>", ctx("c1")));
      objects.add(g.check("and " + OTHER_CARD, ctx("c1"))); // vault full -> blocked
      StreamingOutput s = g.streamOutput(ctx("c1"));
      s.accept("x " + surrogate);
      objects.add(s);
      TransformSession session = g.sessionFor(ctx("c1"));
      objects.add(session);
      objects.add(session.pseudonyms());
      objects.add(vault);
      objects.add(g);
      objects.addAll(audit.events());
      try {
        session.tagFor(EntityType.PERSON, "Max Moe");
      } catch (RuntimeException e) {
        objects.add(e.getMessage());
      }
      String everything = objects + "\n" + captured.toString(StandardCharsets.UTF_8);
      for (String planted : List.of(NAME, "Jane", CARD, OTHER_CARD, "Max Moe", surrogate)) {
        assertFalse(everything.contains(planted), "leaked a planted value");
      }
      assertTrue(objects.stream().anyMatch(o -> String.valueOf(o).contains("maximum")));
      assertTrue(captured.toString(StandardCharsets.UTF_8).contains("vault full"), "the log was captured");
    } finally {
      System.setErr(err);
    }
  }
}
