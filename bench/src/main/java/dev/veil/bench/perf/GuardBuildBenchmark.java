package dev.veil.bench.perf;

import dev.veil.Guard;
import dev.veil.audit.AuditSink;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a guard in a warm JVM: service discovery instantiates every detector again, so model and
 * lexicon loading done in constructors is included; class loading and static initialisation are
 * not (the first, cold build is measured by {@link GuardFootprint}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GuardBuildBenchmark {
  @Benchmark
  public Guard build() {
    return Guards.full(AuditSink.discarding());
  }
}
