package dev.veil.audit;

import static dev.veil.audit.AuditTestSupport.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Decision;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.GuardResult;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.policy.Policies;
import dev.veil.policy.Policy;
import dev.veil.policy.PolicyDecision;
import dev.veil.transform.Operator;
import dev.veil.transform.TransformSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plants known values in prompts, drives every path of the guard (normal, blocked, each kind of
 * component failure, sink failure) through every sink, and asserts that no piece of a planted
 * value reaches any sink's output, the captured log output, or a toString.
 */
class AuditNoLeakTest {
  private static final String SSN = "987654321";
  private static final String EMAIL = "alice.quixote@zebedee.example";
  private static final String NAME = "Zebedee Quixotic-Marchbanks";
  private static final String PROMPT = "Patient " + NAME + " ssn " + SSN + " mail " + EMAIL + " asks for advice";
  private static final AuditKey CORRELATION = AuditKey.of("corr", new byte[] {
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20});

  @TempDir Path dir;

  @Test
  void noPlantedValueReachesAnySinkOnAnyPath() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    PrintStream originalOut = System.out;
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    Path log = dir.resolve("audit.jsonl");
    InMemoryAuditSink memory = new InMemoryAuditSink();
    List<AuditFailurePolicy.Report> reports = new ArrayList<>();
    List<String> toStrings = new ArrayList<>();
    System.setErr(capture);
    System.setOut(capture);
    try (JsonlFileAuditSink file = JsonlFileAuditSink.builder(log).key(KEY).closeOnShutdown(false).build()) {
      Slf4jAuditSink slf4j = new Slf4jAuditSink();
      AuditSink all = event -> {
        file.write(event);
        slf4j.write(event);
        memory.write(event);
      };
      Detector digits = new AuditTestSupport.DigitsAndEmailDetector();
      List<Guard> guards = List.of(
          guard(digits, Policies.redactAll(), all).auditCorrelationKey(CORRELATION).build(),
          guard(digits, Policies.blockAny(), all).build(),
          guard(new ThrowingDetector(), Policies.redactAll(), all).build(),
          guard(digits, new ThrowingPolicy(), all).build(),
          guard(digits, new LeakyOperatorPolicy(), all).build(),
          guard(digits, Policies.redactAll(), new ThrowingSink()).build(),
          guard(digits, Policies.redactAll(), new ThrowingSink())
              .auditFailurePolicy(AuditFailurePolicy.bufferAndReport(4, reports::add, 0)).build(),
          guard(digits, Policies.redactAll(), AuditFailurePolicy.bufferAndReport(2).apply(new ThrowingSink())).build(),
          guard(digits, Policies.redactAll(), all).maxTextLength(20).build());
      List<Decision> decisions = new ArrayList<>();
      for (Guard g : guards) {
        for (int i = 0; i < 3; i++) {
          GuardResult r = g.check(PROMPT, GuardContext.builder().requestId("r" + i).build());
          decisions.add(r.decision());
          toStrings.add(r.reasons().toString());
          toStrings.add(g.toString());
        }
        try {
          g.auditSink().close();
        } catch (AuditSinkException expected) {
          toStrings.add(expected.getMessage());
        }
      }
      // Sanity: every path was taken, so the assertions below are not vacuous.
      assertTrue(decisions.contains(Decision.TRANSFORM));
      assertTrue(decisions.contains(Decision.BLOCK));
      toStrings.add(memory.toString());
      toStrings.add(memory.events().toString());
      memory.events().forEach(e -> toStrings.add(e.toJson()));
      toStrings.add(file.toString());
      toStrings.add(reports.toString());
    } finally {
      System.setErr(originalErr);
      System.setOut(originalOut);
    }
    String logged = captured.toString(StandardCharsets.UTF_8);
    String fileText = Files.readString(log) + Files.readString(dir.resolve("audit.jsonl.seal"));

    assertTrue(logged.contains("veil decision"), "the SLF4J sink wrote to the captured stream");
    assertTrue(logged.contains("test-throwing"), "the detector failure was logged");
    assertTrue(fileText.contains("\"hmac\":"), "correlation hashes were written");
    assertTrue(fileText.contains(Guardlike.DETECTOR_FAILURE));
    assertTrue(fileText.contains(Guardlike.POLICY_FAILURE));
    assertTrue(fileText.contains(Guardlike.TRANSFORM_FAILURE));
    assertFalse(reports.isEmpty(), "the buffer-and-report policy reported");
    assertEquals(AuditLogVerifier.withKey(KEY).verify(log).events(), memory.events().size());

    Map<String, String> outputs = Map.of("audit file", fileText, "captured log output", logged,
        "toStrings", String.join("\n", toStrings));
    for (String secret : List.of(SSN, EMAIL, NAME, PROMPT)) {
      for (int i = 0; i + 6 <= secret.length(); i++) {
        String piece = secret.substring(i, i + 6);
        if (piece.isBlank() || piece.contains(" ")) {
          continue;
        }
        outputs.forEach((where, text) -> assertFalse(text.contains(piece),
            () -> where + " contains a piece of a planted value: " + piece));
      }
    }
  }

  /** The guard's reason ids, named here so the test reads as a list of paths. */
  private static final class Guardlike {
    static final String DETECTOR_FAILURE = Guard.DETECTOR_FAILURE;
    static final String POLICY_FAILURE = Guard.POLICY_FAILURE;
    static final String TRANSFORM_FAILURE = Guard.TRANSFORM_FAILURE;
  }

  private static Guard.Builder guard(Detector d, Policy p, AuditSink sink) {
    return Guard.builder().detector(d).policy(p).auditSink(sink);
  }

  /** A detector that fails with the whole text in its message. */
  private static final class ThrowingDetector implements Detector {
    @Override
    public String id() {
      return "test-throwing";
    }

    @Override
    public Set<EntityType> entityTypes() {
      return Set.of(EntityType.US_SSN);
    }

    @Override
    public List<Finding> detect(DetectorInput input) {
      throw new IllegalStateException("cannot parse " + input.text());
    }
  }

  /** A policy that fails with values in its message. */
  private static final class ThrowingPolicy implements Policy {
    @Override
    public String id() {
      return "throwing";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public PolicyDecision evaluate(List<Finding> findings, GuardContext context) {
      throw new IllegalArgumentException("unexpected " + SSN + " and " + EMAIL);
    }
  }

  /** Transforms with an operator that fails quoting the value. */
  private static final class LeakyOperatorPolicy implements Policy {
    @Override
    public String id() {
      return "leaky-operator";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public PolicyDecision evaluate(List<Finding> findings, GuardContext context) {
      Operator boom = new Operator() {
        @Override
        public String name() {
          return "boom";
        }

        @Override
        public String apply(String value, Finding finding, TransformSession session) {
          throw new IllegalStateException("cannot transform " + value);
        }
      };
      return new PolicyDecision(Decision.TRANSFORM, List.of(), Map.of(EntityType.US_SSN, boom,
          EntityType.EMAIL_ADDRESS, boom), Optional.empty());
    }
  }

  /** A sink that always fails, its message naming what it holds. */
  private static final class ThrowingSink implements AuditSink {
    @Override
    public void write(AuditEvent event) {
      throw new IllegalStateException("cannot store " + event);
    }
  }
}
