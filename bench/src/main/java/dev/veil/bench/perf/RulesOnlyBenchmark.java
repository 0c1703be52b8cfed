package dev.veil.bench.perf;

import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import java.util.List;
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
 * Rules-only detection ({@code Guard.inspect} with every detector but the name model: normalize,
 * detect, resolve) next to the naive baseline ({@link NaiveRegexScanner}: java.util.regex, every
 * pattern over the whole text) on the same texts in the same run. The report turns both into MB/s
 * and their ratio. Each call gets a different copy of the text ({@link FreshTexts}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RulesOnlyBenchmark {
  @Param({"NO_PII", "DENSE", "CLINICAL"})
  public TextKind kind;

  @Param({"2048", "204800"})
  public int bytes;

  private Guard guard;
  private FreshTexts texts;
  private final GuardContext context = GuardContext.defaults();

  @Setup
  public void setUp() {
    guard = Guards.rulesOnly();
    texts = new FreshTexts(TextGenerator.generate(kind, bytes));
  }

  @Benchmark
  public List<Finding> veil() {
    return guard.inspect(texts.next(), context);
  }

  @Benchmark
  public List<int[]> naiveJdkRegex() {
    return NaiveRegexScanner.scan(texts.next());
  }
}
