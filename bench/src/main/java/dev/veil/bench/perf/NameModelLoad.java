package dev.veil.bench.perf;

import dev.veil.detectors.ner.internal.VeilNameModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Time to read the bundled name model ({@code VeilNameModel.read}), once in this JVM (cold: class
 * loading and the interpreter included, as a service's first guard sees it), then warm. Run it in a
 * fresh JVM per measurement:
 *
 * <pre>java -cp bench/target/veil-bench.jar dev.veil.bench.perf.NameModelLoad [warm reads]</pre>
 */
public final class NameModelLoad {
  private static final String MODEL = "/dev/veil/detectors/ner/en-veil-names.bin";

  private NameModelLoad() {}

  public static void main(String[] args) throws IOException {
    int warm = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    System.out.printf(Locale.ROOT, "cold read %.1f ms%n", readMillis());
    double best = Double.MAX_VALUE;
    for (int i = 0; i < warm; i++) {
      best = Math.min(best, readMillis());
    }
    System.out.printf(Locale.ROOT, "warm read, best of %d: %.1f ms%n", warm, best);
  }

  private static double readMillis() throws IOException {
    long t0 = System.nanoTime();
    try (InputStream in = NameModelLoad.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IOException("bundled name model not on the class path");
      }
      VeilNameModel.read(in);
    }
    return (System.nanoTime() - t0) / 1e6;
  }
}
