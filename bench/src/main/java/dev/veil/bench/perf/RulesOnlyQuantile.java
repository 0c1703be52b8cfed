package dev.veil.bench.perf;

import dev.veil.Guard;
import dev.veil.GuardContext;
import java.util.Arrays;
import java.util.Locale;

/**
 * Rules-only {@code inspect} (what {@code RulesOnlyBenchmark.veil} measures: a fresh copy of the
 * text per call, normalization, every rule detector, overlap resolution) on a loaded machine: after
 * a warm-up of {@code warmupSeconds}, the 25th percentile of the mean time per call over batches of
 * calls, so that batches in which the thread was descheduled drop out. For before/after
 * comparisons run alternately with an older jar ({@code -cp OLD.jar:bench/target/classes}); on an
 * idle machine use the JMH benchmark.
 *
 * <pre>
 * java -cp bench/target/veil-bench.jar dev.veil.bench.perf.RulesOnlyQuantile DENSE 1024,2048,10240,20480 15
 * </pre>
 */
public final class RulesOnlyQuantile {
  private RulesOnlyQuantile() {}

  public static void main(String[] args) {
    TextKind kind = TextKind.valueOf(args.length > 0 ? args[0] : "DENSE");
    String sizes = args.length > 1 ? args[1] : "1024,2048,10240,20480";
    int warmupSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    Guard guard = Guards.rulesOnly();
    GuardContext context = GuardContext.defaults();
    long sink = 0;
    for (String s : sizes.split(",")) {
      int bytes = Integer.parseInt(s.trim());
      String text = TextGenerator.generate(kind, bytes);
      int perBatch = Math.max(5, 40_000 / bytes);
      long until = System.nanoTime() + warmupSeconds * 1_000_000_000L;
      while (System.nanoTime() < until) {
        sink += guard.inspect(new String(text.toCharArray()), context).size();
      }
      double[] means = new double[60];
      for (int b = 0; b < means.length; b++) {
        long t = System.nanoTime();
        for (int i = 0; i < perBatch; i++) {
          sink += guard.inspect(new String(text.toCharArray()), context).size();
        }
        means[b] = (System.nanoTime() - t) / 1e3 / perBatch;
      }
      Arrays.sort(means);
      double p25 = means[means.length / 4];
      System.out.printf(Locale.ROOT, "%s %6d B: %9.1f µs per call (25th pct of %d batches of %d; median %.1f) %.2f MB/s%s%n",
          kind, bytes, p25, means.length, perBatch, means[means.length / 2], bytes / p25, sink == 42 ? " " : "");
    }
  }
}
