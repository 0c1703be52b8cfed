package dev.veil.bench.perf;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.audit.AuditEvent;
import dev.veil.audit.AuditSink;
import dev.veil.audit.InMemoryAuditSink;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.detect.NormalizedText;
import dev.veil.detect.OverlapResolver;
import dev.veil.detect.TextNormalizer;
import dev.veil.policy.Policies;
import dev.veil.policy.Policy;
import dev.veil.policy.PolicyDecision;
import dev.veil.transform.Operator;
import dev.veil.transform.TransformSession;
import dev.veil.transform.Transformer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each pipeline stage on its own, fed with the real intermediate results of the same text:
 * normalization, overlap resolution of the raw findings of every detector, policy evaluation (the
 * redact-all policy the end-to-end benchmark uses, and the HIPAA + GDPR + PCI + secrets presets),
 * transformation with the policy's operators, one write to an in-memory audit sink (the handoff a
 * sink costs the request thread) and the JSON encoding of that event (what the file sink's writer
 * thread pays). Detection
 * per detector is in {@link DetectorBenchmark}; {@code inspect} (normalize + detect + resolve) is
 * here for the sum.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StageBenchmark {
  private static final int AUDIT_CLEAR_EVERY = 4096;

  @Param({"CLINICAL", "DENSE"})
  public TextKind kind;

  @Param({"2048", "20480"})
  public int bytes;

  private final GuardContext context = GuardContext.defaults();
  private final TextNormalizer normalizer = TextNormalizer.standard();
  private final Policy policy = Policies.redactAll();
  private final Policy presets =
      Policies.HIPAA_SAFE_HARBOR.and(Policies.GDPR).and(Policies.PCI_DSS).and(Policies.SECRETS);
  private Guard guard;
  private String text;
  private List<Finding> raw;
  private List<Finding> resolved;
  private Map<EntityType, Operator> operators;
  private InMemoryAuditSink sink;
  private AuditEvent event;
  private int auditWrites;

  @Setup(Level.Trial)
  public void setUp() {
    text = TextGenerator.generate(kind, bytes);
    guard = Guards.full(AuditSink.discarding());
    NormalizedText normalized = normalizer.normalize(text);
    DetectorInput input = new DetectorInput(normalized.text(), context);
    raw = new ArrayList<>();
    for (Detector d : guard.detectors()) {
      for (Finding f : d.detect(input)) {
        if (f.score() >= 0.5) {
          raw.add(normalized.isIdentity() ? f : f.withSpan(normalized.toOriginal(f.span())));
        }
      }
    }
    resolved = OverlapResolver.resolve(raw);
    PolicyDecision decision = policy.evaluate(resolved, context);
    operators = decision.operators();

    InMemoryAuditSink capture = new InMemoryAuditSink();
    Guards.full(capture).check(text, context);
    event = capture.events().get(0);
    sink = new InMemoryAuditSink();
  }

  @Benchmark
  public NormalizedText normalize() {
    return normalizer.normalize(text);
  }

  @Benchmark
  public List<Finding> resolve() {
    return OverlapResolver.resolve(raw);
  }

  @Benchmark
  public PolicyDecision policy() {
    return policy.evaluate(resolved, context);
  }

  /** The rule engine with the shipped presets combined, on the same findings. */
  @Benchmark
  public PolicyDecision policyPresets() {
    return presets.evaluate(resolved, context);
  }

  @Benchmark
  public String transform() {
    return Transformer.apply(text, resolved, f -> operators.get(f.type()), TransformSession.create());
  }

  @Benchmark
  public InMemoryAuditSink audit() {
    // Bounded so the sink's list does not grow for the whole run; the clear is amortized.
    if (++auditWrites == AUDIT_CLEAR_EVERY) {
      sink.clear();
      auditWrites = 0;
    }
    sink.write(event);
    return sink;
  }

  /**
   * Encoding the event as the JSONL file sink's writer thread does (off the request thread, but on
   * the machine): what an audited decision costs beyond the in-memory handoff above.
   */
  @Benchmark
  public String auditEncode() {
    return dev.veil.internal.audit.AuditEventCodec.toJson(event);
  }

  @Benchmark
  public List<Finding> inspect() {
    return guard.inspect(text, context);
  }
}
