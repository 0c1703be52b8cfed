package dev.veil.bench.perf.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Everything in a results directory: the JMH JSON files, {@code footprint.json} from {@code
 * GuardFootprint} and {@code meta.json} from {@code bench/run.sh}.
 */
public final class Results {
  private final List<JmhResult> jmh;
  private final Map<String, String> meta;
  private final Map<String, Double> footprint;

  Results(List<JmhResult> jmh, Map<String, String> meta, Map<String, Double> footprint) {
    this.jmh = List.copyOf(jmh);
    this.meta = Map.copyOf(meta);
    this.footprint = Map.copyOf(footprint);
  }

  /** Reads every {@code *.json} in {@code dir}; files are read in name order so the report is stable. */
  public static Results load(Path dir) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JmhResult> jmh = new ArrayList<>();
    Map<String, String> meta = new TreeMap<>();
    Map<String, Double> footprint = new TreeMap<>();
    TreeSet<Path> files = new TreeSet<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.json")) {
      s.forEach(files::add);
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      JsonNode root = mapper.readTree(f.toFile());
      if (root == null) {
        continue;
      }
      if (name.equals("meta.json")) {
        root.fields().forEachRemaining(e -> meta.put(e.getKey(), e.getValue().asText()));
      } else if (name.equals("footprint.json")) {
        root.fields().forEachRemaining(e -> footprint.put(e.getKey(), e.getValue().asDouble()));
      } else if (root.isArray()) {
        for (JsonNode n : root) {
          jmh.add(JmhResult.parse(n));
        }
      }
    }
    return new Results(jmh, meta, footprint);
  }

  public List<JmhResult> all() {
    return jmh;
  }

  public Map<String, String> meta() {
    return meta;
  }

  public Map<String, Double> footprint() {
    return footprint;
  }

  /** Results of {@code benchmark} (e.g. {@code GuardCheckBenchmark.check}). */
  public List<JmhResult> of(String benchmark) {
    return jmh.stream().filter(r -> r.benchmark().equals(benchmark)).toList();
  }

  /** The first result of {@code benchmark} whose parameters include all of {@code params}. */
  public Optional<JmhResult> find(String benchmark, Map<String, String> params) {
    Predicate<JmhResult> match = r -> params.entrySet().stream()
        .allMatch(e -> e.getValue().equals(r.param(e.getKey())));
    return of(benchmark).stream().filter(match).findFirst();
  }

  /** Distinct values of parameter {@code name} among the results of {@code benchmark}, in first-seen order. */
  public List<String> paramValues(String benchmark, String name) {
    List<String> out = new ArrayList<>();
    for (JmhResult r : of(benchmark)) {
      String v = r.param(name);
      if (v != null && !out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }
}
