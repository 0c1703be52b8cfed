package dev.veil.bench.perf.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * One entry of JMH's JSON result file, reduced to what the report shows. Times are converted to
 * microseconds per operation; throughput stays in operations per second.
 *
 * @param benchmark simple class name and method, e.g. {@code GuardCheckBenchmark.check}
 * @param mode JMH mode ({@code avgt}, {@code thrpt}, ...)
 * @param threads threads that ran it
 * @param params the {@code @Param} values
 * @param median median over measurement iterations (µs/op, or ops/s for {@code thrpt})
 * @param min smallest iteration score, same unit
 * @param max largest iteration score, same unit
 * @param iterations number of measurement iterations
 * @param allocBytesPerOp bytes allocated per operation ({@code -prof gc}), or empty
 */
public record JmhResult(
    String benchmark,
    String mode,
    int threads,
    Map<String, String> params,
    double median,
    double min,
    double max,
    int iterations,
    OptionalDouble allocBytesPerOp) {

  public JmhResult {
    params = Map.copyOf(params);
  }

  /** The value of parameter {@code name}, or null. */
  public String param(String name) {
    return params.get(name);
  }

  /** True for a throughput result (ops/s), false for a time result (µs/op). */
  public boolean isThroughput() {
    return mode.equals("thrpt");
  }

  /** Relative spread (max - min) / median, for the "±" column. */
  public double spread() {
    return median == 0 ? 0 : (max - min) / median;
  }

  /** Parses one element of JMH's top-level JSON array. */
  public static JmhResult parse(JsonNode node) {
    String full = node.path("benchmark").asText();
    String[] parts = full.split("\\.");
    String name = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : full;
    JsonNode primary = node.path("primaryMetric");
    String unit = primary.path("scoreUnit").asText();
    double factor = toMicros(unit);
    JsonNode pct = primary.path("scorePercentiles");
    double median = pct.path("50.0").asDouble(primary.path("score").asDouble()) * factor;
    double min = pct.path("0.0").asDouble(median / factor) * factor;
    double max = pct.path("100.0").asDouble(median / factor) * factor;
    int iterations = 0;
    for (JsonNode fork : primary.path("rawData")) {
      iterations += fork.size();
    }
    Map<String, String> params = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("params").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      params.put(e.getKey(), e.getValue().asText());
    }
    OptionalDouble alloc = OptionalDouble.empty();
    JsonNode secondary = node.path("secondaryMetrics");
    for (String key : new String[] {"gc.alloc.rate.norm", "·gc.alloc.rate.norm"}) {
      if (secondary.has(key)) {
        alloc = OptionalDouble.of(secondary.path(key).path("score").asDouble());
      }
    }
    return new JmhResult(name, node.path("mode").asText(), node.path("threads").asInt(1), params, median, min,
        max, iterations, alloc);
  }

  private static double toMicros(String unit) {
    return switch (unit) {
      case "ns/op" -> 1e-3;
      case "us/op" -> 1;
      case "ms/op" -> 1e3;
      case "s/op" -> 1e6;
      default -> 1; // throughput and others stay as they are
    };
  }
}
