package dev.veil.bench.perf;

import dev.veil.GuardContext;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.detect.TextNormalizer;
import dev.veil.detectors.internal.Scan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@link DetectorCost} for a loaded machine: the same calls in the same order (a fresh copy of the
 * text per call, the shared {@code Scan} timed on its own), but each detector's time is the 25th
 * percentile of its mean over batches of 100 calls instead of the mean over all calls, so that the
 * batches in which the thread was descheduled drop out. Compare jars run alternately; the "TOTAL"
 * line is the same quantile of the batch totals, not the sum of the lines.
 *
 * <pre>
 * java -cp bench/target/veil-bench.jar dev.veil.bench.perf.DetectorCostQuantile CLINICAL,NO_PII,DENSE 2048 150 [id,id...]
 * </pre>
 *
 * Uses only public API, so it also runs against an older jar ({@code -cp OLD.jar:bench/target/classes}).
 */
public final class DetectorCostQuantile {
  private static final int BATCH = 100;

  private DetectorCostQuantile() {}

  public static void main(String[] args) {
    String kinds = args.length > 0 ? args[0] : "CLINICAL,NO_PII,DENSE";
    int bytes = args.length > 1 ? Integer.parseInt(args[1]) : 2048;
    int batches = args.length > 2 ? Integer.parseInt(args[2]) : 150;
    List<String> only = args.length > 3 ? Arrays.asList(args[3].split(",")) : List.of();
    List<Detector> detectors = new ArrayList<>();
    for (Detector d : Guards.ruleDetectors()) {
      if (only.isEmpty() || only.contains(d.id())) {
        detectors.add(d);
      }
    }
    for (String k : kinds.split(",")) {
      run(TextKind.valueOf(k.trim()), bytes, batches, detectors);
    }
  }

  private static void run(TextKind kind, int bytes, int batches, List<Detector> detectors) {
    String text = TextNormalizer.standard().normalize(TextGenerator.generate(kind, bytes)).text();
    GuardContext context = GuardContext.defaults();
    int lines = detectors.size() + 2; // the scan, the detectors, the total
    double[][] perBatch = new double[lines][batches];
    long sink = 0;
    for (int round = 0; round < 2; round++) { // the first round warms up
      for (int b = 0; b < batches; b++) {
        long[] nanos = new long[lines];
        for (int i = 0; i < BATCH; i++) {
          String fresh = new String(text.toCharArray());
          DetectorInput input = new DetectorInput(fresh, context);
          long t = System.nanoTime();
          sink += Scan.of(fresh).chars().length;
          long u = System.nanoTime();
          nanos[0] += u - t;
          for (int d = 0; d < detectors.size(); d++) {
            t = System.nanoTime();
            sink += detectors.get(d).detect(input).size();
            nanos[d + 1] += System.nanoTime() - t;
          }
        }
        long total = 0;
        for (int d = 0; d < lines - 1; d++) {
          perBatch[d][b] = nanos[d] / 1e3 / BATCH;
          total += nanos[d];
        }
        perBatch[lines - 1][b] = total / 1e3 / BATCH;
      }
    }
    System.out.printf(Locale.ROOT, "### %s %d B: 25th percentile over %d batches of %d calls%s%n", kind, bytes,
        batches, BATCH, sink == 42 ? " " : "");
    for (int d = 0; d < lines; d++) {
      double[] v = perBatch[d].clone();
      Arrays.sort(v);
      String name = d == 0 ? "(shared Scan)" : d == lines - 1 ? "TOTAL" : detectors.get(d - 1).id();
      System.out.printf(Locale.ROOT, "%9.1f µs  %s%n", v[batches / 4], name);
    }
  }
}
