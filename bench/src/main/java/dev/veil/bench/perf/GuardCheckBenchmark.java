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
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end: {@code Guard.check} with every discovered detector (the name model included), the
 * redact-all policy (so the transform runs whenever something is found) and a discarding audit sink
 * (an in-memory sink would grow by millions of events per run; the sink alone is measured in {@link
 * StageBenchmark}). One thread; the time per operation is the latency a request thread pays. Each
 * call gets a different copy of the text ({@link FreshTexts}), so no per-text cache hits across calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GuardCheckBenchmark {
  @Param({"CLINICAL", "FINANCE_EMAIL", "CHAT", "CODE", "NO_PII"})
  public TextKind kind;

  @Param({"200", "2048", "20480", "204800", "2097152"})
  public int bytes;

  private Guard guard;
  private FreshTexts texts;
  private final GuardContext context = GuardContext.defaults();

  @Setup
  public void setUp() {
    guard = Guards.full(AuditSink.discarding());
    texts = new FreshTexts(TextGenerator.generate(kind, bytes));
    GuardResult warm = guard.check(texts.any(), context);
    if (warm.reasons().stream().anyMatch(r -> r.ruleId().startsWith("veil."))) {
      throw new IllegalStateException("the guard failed closed on the benchmark text: " + warm.reasons());
    }
  }

  @Benchmark
  public GuardResult check() {
    return guard.check(texts.next(), context);
  }
}
