package dev.veil.bench.perf;

import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.detect.TextNormalizer;
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
 * One detector on normalized text. The {@code detector} values below are only the defaults compiled
 * in; {@code bench/run.sh} passes the ids discovered on the class path at run time ({@code -p
 * detector=...}, printed by {@link DetectorIds}), so new detectors are measured without editing
 * this class.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DetectorBenchmark {
  @Param({"email", "us-ssn", "credit-card", "iban", "ip-address", "url"})
  public String detector;

  @Param({"CLINICAL", "NO_PII", "DENSE"})
  public TextKind kind;

  @Param({"20480"})
  public int bytes;

  private Detector instance;
  private DetectorInput input;

  @Setup
  public void setUp() {
    instance = Guards.detector(detector);
    String text = TextGenerator.generate(kind, bytes);
    input = new DetectorInput(TextNormalizer.standard().normalize(text).text(), GuardContext.defaults());
  }

  @Benchmark
  public List<Finding> detect() {
    return instance.detect(input);
  }
}
