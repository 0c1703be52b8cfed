package dev.veil.bench.perf.ab;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Interleaved before/after timing in one JVM, for a machine shared with other work: two benchmark
 * jars (e.g. a copy of {@code bench/target/veil-bench.jar} built before a change, and the one built
 * after) are loaded in two class loaders, and the same operation from each is timed in alternating
 * batches (A, B, A, B...) by <b>thread CPU time</b>, which leaves out time spent waiting for a core.
 * Reports the median per operation of each side, the ratio of the medians, and the median (and
 * quartiles) of the per-round ratios, each from an A and a B batch run back to back; the ratios are
 * the result, since contention still inflates CPU time (shared caches, SMT).
 *
 * <p>Operations ({@code --mode}): {@code inspect} = {@code Guards.rulesOnly().inspect} on a fresh
 * copy of the text every call (so every per-thread cache misses, as for a real request);
 * {@code inspect-same} = the same, on the same {@code String} every call, as {@code
 * RulesOnlyBenchmark} does (per-text caches such as {@code Scan} then survive from call to call
 * when normalization returns its input unchanged);
 * {@code detectors} = each rule detector alone on the normalized text (its per-text caches warm,
 * as in {@code DetectorBenchmark}), plus their sum; {@code share} = the rule detectors in sequence
 * on a fresh copy of the normalized text, leaving out the ids of {@code --exclude}.
 *
 * <p>Usage: {@code java -cp veil-bench.jar dev.veil.bench.perf.ab.RulesAB BEFORE.jar AFTER.jar
 * [--mode inspect|inspect-same|detectors|share] [--kinds CLINICAL,NO_PII,DENSE] [--bytes 2048,20480]
 * [--rounds 7] [--batch-ms 100] [--exclude id,...]}.
 */
public final class RulesAB {
  private RulesAB() {}

  /** One side: the benchmark classes of one jar, reached by reflection. */
  private static final class Side {
    final ClassLoader loader;
    final Object guard;
    final Method inspect;
    final Object context;
    final List<String> ids = new ArrayList<>();
    final List<Object> detectors = new ArrayList<>();
    final Method detect;
    final java.lang.reflect.Constructor<?> input;
    final Method normalize;
    final Method normalizedText;
    final Object normalizer;

    Side(Path jar) throws Exception {
      loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      ClassLoader old = Thread.currentThread().getContextClassLoader();
      Thread.currentThread().setContextClassLoader(loader); // ServiceLoader reads the context loader
      try {
        Class<?> guards = loader.loadClass("dev.veil.bench.perf.Guards");
        guard = guards.getMethod("rulesOnly").invoke(null);
        Class<?> ctx = loader.loadClass("dev.veil.GuardContext");
        context = ctx.getMethod("defaults").invoke(null);
        inspect = guard.getClass().getMethod("inspect", String.class, ctx);
        Class<?> det = loader.loadClass("dev.veil.detect.Detector");
        Class<?> in = loader.loadClass("dev.veil.detect.DetectorInput");
        detect = det.getMethod("detect", in);
        input = in.getConstructor(String.class, ctx);
        for (Object d : (List<?>) guards.getMethod("ruleDetectors").invoke(null)) {
          ids.add((String) det.getMethod("id").invoke(d));
          detectors.add(d);
        }
        Class<?> tn = loader.loadClass("dev.veil.detect.TextNormalizer");
        normalizer = tn.getMethod("standard").invoke(null);
        normalize = tn.getMethod("normalize", String.class);
        normalizedText = normalize.getReturnType().getMethod("text");
      } finally {
        Thread.currentThread().setContextClassLoader(old);
      }
    }

    String generate(String kind, int bytes) throws Exception {
      Class<?> kinds = loader.loadClass("dev.veil.bench.perf.TextKind");
      Object k = kinds.getMethod("valueOf", String.class).invoke(null, kind);
      return (String) loader.loadClass("dev.veil.bench.perf.TextGenerator").getMethod("generate", kinds, int.class)
          .invoke(null, k, bytes);
    }

    String normalized(String text) throws Exception {
      return (String) normalizedText.invoke(normalize.invoke(normalizer, text));
    }
  }

  /** An operation measured on one side. */
  private interface Op {
    void run() throws Exception;
  }

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: RulesAB BEFORE.jar AFTER.jar [--mode inspect|inspect-same|detectors|share] "
          + "[--kinds K,...] [--bytes N,...] [--rounds R] [--batch-ms MS] [--exclude id,...]");
    }
    Side a = new Side(Path.of(args[0]));
    Side b = new Side(Path.of(args[1]));
    String mode = "inspect";
    List<String> kinds = List.of("CLINICAL", "NO_PII", "DENSE");
    int[] sizes = {2048, 20480};
    int rounds = 7;
    long batchNs = 100_000_000L;
    List<String> exclude = List.of();
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--mode" -> mode = args[++i];
        case "--kinds" -> kinds = List.of(args[++i].split(","));
        case "--bytes" -> sizes = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--batch-ms" -> batchNs = Long.parseLong(args[++i]) * 1_000_000L;
        case "--exclude" -> exclude = List.of(args[++i].split(","));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    System.out.printf(Locale.ROOT, "%-10s %7s %-28s %12s %12s %8s %8s %s%n", "kind", "bytes", "what", "A µs (CPU)",
        "B µs (CPU)", "A/B", "paired", "[quartiles of the paired ratios]");
    for (String kind : kinds) {
      for (int bytes : sizes) {
        String text = a.generate(kind, bytes);
        switch (mode) {
          case "inspect" -> report(kind, bytes, "rules-only inspect", compare(
              () -> a.inspect.invoke(a.guard, new String(text.toCharArray()), a.context),
              () -> b.inspect.invoke(b.guard, new String(text.toCharArray()), b.context), rounds, batchNs));
          case "inspect-same" -> report(kind, bytes, "rules-only inspect, same text", compare(
              () -> a.inspect.invoke(a.guard, text, a.context),
              () -> b.inspect.invoke(b.guard, text, b.context), rounds, batchNs));
          case "share" -> {
            List<String> ex = exclude;
            String na = a.normalized(text);
            String nb = b.normalized(text);
            report(kind, bytes, "detectors w/o " + ex.size() + " excluded", compare(
                () -> runAll(a, na, ex), () -> runAll(b, nb, ex), rounds, batchNs));
          }
          case "detectors" -> {
            String na = a.normalized(text);
            String nb = b.normalized(text);
            Object ia = a.input.newInstance(na, a.context);
            Object ib = b.input.newInstance(nb, b.context);
            double sa = 0;
            double sb = 0;
            for (int d = 0; d < a.ids.size(); d++) {
              int j = b.ids.indexOf(a.ids.get(d));
              if (j < 0) {
                continue;
              }
              Object da = a.detectors.get(d);
              Object db = b.detectors.get(j);
              double[] r = compare(() -> a.detect.invoke(da, ia), () -> b.detect.invoke(db, ib), rounds, batchNs);
              sa += r[0];
              sb += r[1];
              report(kind, bytes, a.ids.get(d), r);
            }
            report(kind, bytes, "sum", new double[] {sa, sb});
          }
          default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
      }
    }
  }

  private static void runAll(Side s, String normalized, List<String> exclude) throws Exception {
    String copy = new String(normalized.toCharArray());
    Object in = s.input.newInstance(copy, s.context);
    for (int d = 0; d < s.detectors.size(); d++) {
      if (!exclude.contains(s.ids.get(d))) {
        s.detect.invoke(s.detectors.get(d), in);
      }
    }
  }

  private static void report(String kind, int bytes, String what, double[] r) {
    if (r.length < 5) {
      System.out.printf(Locale.ROOT, "%-10s %7d %-28s %12.1f %12.1f %7.2fx%n", kind, bytes, what, r[0], r[1],
          r[0] / r[1]);
    } else {
      System.out.printf(Locale.ROOT, "%-10s %7d %-28s %12.1f %12.1f %7.2fx %7.2fx [%.2f, %.2f]%n", kind, bytes, what,
          r[0], r[1], r[0] / r[1], r[2], r[3], r[4]);
    }
  }

  /** Medians (µs of thread CPU time per operation) of A and B over alternating batches, after a warm-up. */
  private static double[] compare(Op a, Op b, int rounds, long batchNs) throws Exception {
    batch(a, batchNs * 3);
    batch(b, batchNs * 3);
    double[] ta = new double[rounds];
    double[] tb = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      if (r % 2 == 0) {
        ta[r] = batch(a, batchNs);
        tb[r] = batch(b, batchNs);
      } else {
        tb[r] = batch(b, batchNs);
        ta[r] = batch(a, batchNs);
      }
    }
    // each round's A and B ran back to back, so their ratio is the least disturbed by load drift
    double[] ratio = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      ratio[r] = ta[r] / tb[r];
    }
    Arrays.sort(ta);
    Arrays.sort(tb);
    Arrays.sort(ratio);
    return new double[] {ta[rounds / 2], tb[rounds / 2], ratio[rounds / 2], ratio[rounds / 4], ratio[rounds - 1 - rounds / 4]};
  }

  /** µs of thread CPU time per call, over as many calls as fit in {@code ns} of CPU time. */
  private static double batch(Op op, long ns) throws Exception {
    long start = MX.getCurrentThreadCpuTime();
    long calls = 0;
    long now;
    do {
      op.run();
      calls++;
      now = MX.getCurrentThreadCpuTime();
    } while (now - start < ns);
    return (now - start) / 1000.0 / calls;
  }
}
