package dev.veil.bench.perf;

import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.GuardResult;
import dev.veil.audit.AuditSink;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of one shared {@link Guard} (all detectors, redact-all) with 1, 2 and 4 threads calling
 * {@code check} at once. On a machine with N cores, the ratio at up to N threads shows shared locks
 * or allocation pressure on the hot path; above N it shows only oversubscription.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
public class ThreadScalingBenchmark {
  @Param({"CLINICAL"})
  public TextKind kind;

  @Param({"2048"})
  public int bytes;

  private Guard guard;
  private String text;
  private final GuardContext context = GuardContext.defaults();

  /** Each benchmark thread's own copies of the text, so no per-text cache hits across calls. */
  @State(Scope.Thread)
  public static class Texts {
    FreshTexts texts;

    @Setup
    public void setUp(ThreadScalingBenchmark shared) {
      texts = new FreshTexts(shared.text);
    }
  }

  @Setup
  public void setUp() {
    guard = Guards.full(AuditSink.discarding());
    text = TextGenerator.generate(kind, bytes);
  }

  @Benchmark
  @Threads(1)
  public GuardResult threads1(Texts t) {
    return guard.check(t.texts.next(), context);
  }

  @Benchmark
  @Threads(2)
  public GuardResult threads2(Texts t) {
    return guard.check(t.texts.next(), context);
  }

  @Benchmark
  @Threads(4)
  public GuardResult threads4(Texts t) {
    return guard.check(t.texts.next(), context);
  }
}
