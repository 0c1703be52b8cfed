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
 * Wall time of each rule detector on a request-sized text, every call on a fresh copy of the text
 * (as a request is), in the guard's order, with the shared candidate pass ({@code Scan}) timed as a
 * stage of its own so that it is not charged to whichever detector happens to run first.
 *
 * <p>JFR's sampled stacks misattribute time between inlined detector frames in this code (a scan
 * loop showed up as 40% in a detector whose own benchmark takes 60 µs), so this is the tool for
 * "which detector costs what". Numbers are means over the second of two rounds of {@code iterations}
 * calls; on a loaded machine compare runs interleaved, not across time.
 *
 * <pre>
 * java -cp bench/target/veil-bench.jar dev.veil.bench.perf.DetectorCost CLINICAL,NO_PII,DENSE 2048 20000 [id,id...]
 * </pre>
 */
public final class DetectorCost {
  private DetectorCost() {}

  public static void main(String[] args) {
    String kinds = args.length > 0 ? args[0] : "CLINICAL,NO_PII,DENSE";
    int bytes = args.length > 1 ? Integer.parseInt(args[1]) : 2048;
    int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    List<String> only = args.length > 3 ? Arrays.asList(args[3].split(",")) : List.of();
    List<Detector> detectors = new ArrayList<>();
    for (Detector d : Guards.ruleDetectors()) {
      if (only.isEmpty() || only.contains(d.id())) {
        detectors.add(d);
      }
    }
    for (String k : kinds.split(",")) {
      run(TextKind.valueOf(k.trim()), bytes, iterations, detectors);
    }
  }

  private static void run(TextKind kind, int bytes, int iterations, List<Detector> detectors) {
    String text = TextNormalizer.standard().normalize(TextGenerator.generate(kind, bytes)).text();
    GuardContext context = GuardContext.defaults();
    long[] nanos = new long[detectors.size() + 1];
    long sink = 0;
    for (int round = 0; round < 2; round++) {
      Arrays.fill(nanos, 0);
      for (int i = 0; i < iterations; i++) {
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
    }
    long total = Arrays.stream(nanos).sum();
    System.out.printf(Locale.ROOT, "### %s %d B: %.1f µs per call (%.1f MB/s), %d calls%n",
        kind, bytes, total / 1e3 / iterations, bytes * (double) iterations / (total / 1e3), sink == 42 ? 0 : iterations);
    Integer[] order = new Integer[nanos.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Long.compare(nanos[y], nanos[x]));
    for (int i : order) {
      String name = i == 0 ? "(shared Scan)" : detectors.get(i - 1).id();
      System.out.printf(Locale.ROOT, "%9.1f µs  %5.1f%%  %s%n", nanos[i] / 1e3 / iterations, 100.0 * nanos[i] / total, name);
    }
  }
}
