package dev.veil.bench.perf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Before/after comparison of the health and special-category detectors in one JVM, for a shared
 * machine where two separate runs are not comparable: each side is a benchmarks jar ({@code
 * bench/target/veil-bench.jar} of the two commits) in its own class loader, and the rounds
 * alternate between them, timing thread CPU time. Each call runs both detectors on a fresh copy of
 * the normalized text, as {@link HealthFreshBenchmark} does.
 *
 * <pre>
 * java -cp bench/target/veil-bench.jar dev.veil.bench.perf.HealthCompare before.jar after.jar [rounds] [calls]
 * </pre>
 */
public final class HealthCompare {
  private HealthCompare() {}

  /** One jar's detectors and texts, driven by reflection (the two sides share no classes). */
  private static final class Side {
    final String name;
    final Object health;
    final Object special;
    final Method detect;
    final Constructor<?> input;
    final Object context;

    Side(String name, Path jar) throws Exception {
      this.name = name;
      ClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      health = cl.loadClass("dev.veil.detectors.health.HealthDetector").getConstructor().newInstance();
      special = cl.loadClass("dev.veil.detectors.special.SpecialCategoryDetector").getConstructor()
          .newInstance();
      Class<?> inputClass = cl.loadClass("dev.veil.detect.DetectorInput");
      Class<?> contextClass = cl.loadClass("dev.veil.GuardContext");
      detect = cl.loadClass("dev.veil.detect.Detector").getMethod("detect", inputClass);
      input = inputClass.getConstructor(String.class, contextClass);
      context = contextClass.getMethod("defaults").invoke(null);
    }

    /** Both detectors on a fresh copy of {@code text}; returns the number of findings. */
    int run(char[] text) throws Exception {
      Object in = input.newInstance(new String(text), context);
      return ((List<?>) detect.invoke(health, in)).size() + ((List<?>) detect.invoke(special, in)).size();
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: HealthCompare before.jar after.jar [rounds] [calls]");
      System.exit(2);
    }
    Side[] sides = {new Side("before", Path.of(args[0])), new Side("after", Path.of(args[1]))};
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int calls = args.length > 3 ? Integer.parseInt(args[3]) : 200;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Object[][] cases = {{TextKind.CLINICAL, 2048}, {TextKind.NO_PII, 2048}, {TextKind.DENSE, 2048},
        {TextKind.CHAT, 2048}, {TextKind.CLINICAL, 20480}};
    System.out.printf(Locale.ROOT, "health + special-category, fresh text per call, thread CPU time,"
        + " %d alternating rounds x %d calls%n", rounds, calls);
    System.out.printf(Locale.ROOT, "%-16s %12s %12s %8s %16s%n", "text", "before µs", "after µs",
        "ratio", "ratio per round");
    for (Object[] c : cases) {
      TextKind kind = (TextKind) c[0];
      int bytes = (Integer) c[1];
      char[] text = dev.veil.detect.TextNormalizer.standard()
          .normalize(TextGenerator.generate(kind, bytes)).text().toCharArray();
      int found0 = sides[0].run(text);
      int found1 = sides[1].run(text);
      if (found0 != found1) {
        throw new IllegalStateException("finding counts differ on " + kind + ": " + found0 + " vs " + found1);
      }
      int warm = Math.max(2000, 20 * calls) * 2048 / bytes;
      for (Side s : sides) {
        for (int i = 0; i < warm; i++) {
          s.run(text);
        }
      }
      int n = Math.max(10, calls * 2048 / bytes);
      double[][] perCall = new double[2][rounds];
      for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < 2; k++) {
          int side = (r + k) % 2; // alternate which side goes first
          long t0 = mx.getCurrentThreadCpuTime();
          for (int i = 0; i < n; i++) {
            sides[side].run(text);
          }
          perCall[side][r] = (mx.getCurrentThreadCpuTime() - t0) / 1000.0 / n;
        }
      }
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratios[r] = perCall[1][r] / perCall[0][r];
      }
      double b = median(perCall[0]);
      double a = median(perCall[1]);
      System.out.printf(Locale.ROOT, "%-16s %12.1f %12.1f %8.3f %16.3f%n", kind + "/" + bytes, b, a,
          a / b, median(ratios));
    }
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
