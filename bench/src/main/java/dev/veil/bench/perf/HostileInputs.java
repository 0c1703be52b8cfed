package dev.veil.bench.perf;

import dev.veil.Guard;
import dev.veil.GuardContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Rules-only {@code inspect} on texts built to make pattern matchers work hard (long runs that a
 * regex can split many ways: one-letter domain labels, digits with a separator after each, colon
 * runs, '@' runs), at 20,000 and 200,000 chars: the best of three calls each, and the ratio. A
 * linear detector shows a ratio near 10 (or below, when the smaller text still pays warm-up); a
 * backtracking blow-up shows as a ratio far above it. A rough harness for a security review, not a
 * benchmark.
 *
 * <pre>
 * java -cp bench/target/veil-bench.jar dev.veil.bench.perf.HostileInputs
 * </pre>
 */
public final class HostileInputs {
  private HostileInputs() {}

  public static void main(String[] args) {
    Guard guard = Guards.rulesOnly();
    Map<String, IntFunction<String>> cases = new LinkedHashMap<>();
    cases.put("e-mail, domain without a dot", n -> "a@" + "b-".repeat(n / 2));
    cases.put("'ab@' repeated", n -> "ab@".repeat(n / 3));
    cases.put("local part of one-letter dots", n -> "a.".repeat(n / 2) + "@b");
    cases.put("domain of one-letter labels", n -> "x@" + "a.".repeat(n / 2));
    cases.put("digit, space", n -> "1 ".repeat(n / 2));
    cases.put("digit, dash", n -> "1-".repeat(n / 2));
    cases.put("digits only", n -> "7".repeat(n));
    cases.put("digit, colon", n -> "1:".repeat(n / 2));
    cases.put("hex pair, colon", n -> "ab:".repeat(n / 3));
    cases.put("URL of one-letter labels", n -> "http://" + "a.".repeat(n / 2));
    cases.put("digit, dot", n -> "1.".repeat(n / 2));
    cases.put("letter-digit pairs", n -> "A1".repeat(n / 2));
    System.out.println("| text | 20,000 chars | 200,000 chars | ratio |");
    System.out.println("|---|---:|---:|---:|");
    for (Map.Entry<String, IntFunction<String>> c : cases.entrySet()) {
      double small = bestOfThree(guard, c.getValue().apply(20_000));
      double large = bestOfThree(guard, c.getValue().apply(200_000));
      System.out.printf(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.1f |%n", c.getKey(), small, large, large / small);
    }
  }

  private static double bestOfThree(Guard guard, String text) {
    guard.inspect(text, GuardContext.defaults());
    long best = Long.MAX_VALUE;
    for (int r = 0; r < 3; r++) {
      String fresh = new String(text.toCharArray());
      long t = System.nanoTime();
      guard.inspect(fresh, GuardContext.defaults());
      best = Math.min(best, System.nanoTime() - t);
    }
    return best / 1e6;
  }
}
