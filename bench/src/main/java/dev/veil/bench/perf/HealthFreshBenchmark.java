package dev.veil.bench.perf;

import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.detect.TextNormalizer;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The health and special-category detectors as a guard runs them on one request: both on the same
 * normalized text, which is a fresh copy on every call. {@link DetectorBenchmark} hands the same
 * {@code String} to every call, so the per-thread caches of the lexicon and the document
 * categorizer (keyed by identity) hit there and hide their cost; a real request never repeats a
 * text. The copy costs well under a microsecond per 2 KB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HealthFreshBenchmark {
  /** {@code health}, {@code special-category} or {@code both} (one after the other, one text). */
  @Param({"both"})
  public String detector;

  @Param({"CLINICAL", "NO_PII", "DENSE"})
  public TextKind kind;

  @Param({"2048"})
  public int bytes;

  private Detector health;
  private Detector special;
  private char[] chars;

  @Setup
  public void setUp() {
    health = detector.equals("special-category") ? null : Guards.detector("health");
    special = detector.equals("health") ? null : Guards.detector("special-category");
    chars = TextNormalizer.standard().normalize(TextGenerator.generate(kind, bytes)).text().toCharArray();
  }

  @Benchmark
  public void detect(Blackhole bh) {
    DetectorInput input = new DetectorInput(new String(chars), GuardContext.defaults());
    if (health != null) {
      bh.consume(health.detect(input));
    }
    if (special != null) {
      bh.consume(special.detect(input));
    }
  }
}
