package dev.veil.bench.perf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerfReportTest {

  /** One JMH JSON entry, the shape JMH 1.37 writes with {@code -rf json -prof gc}. */
  private static String entry(String benchmark, String mode, int threads, String params, double median,
      String unit, double allocPerOp) {
    return String.format(Locale.ROOT, """
        {"benchmark": "dev.veil.bench.perf.%s", "mode": "%s", "threads": %d, "forks": 1,
         "params": {%s},
         "primaryMetric": {"score": %f, "scoreError": 1.0,
           "scorePercentiles": {"0.0": %f, "50.0": %f, "100.0": %f}, "scoreUnit": "%s",
           "rawData": [[%f, %f, %f]]},
         "secondaryMetrics": {"gc.alloc.rate.norm": {"score": %f, "scoreUnit": "B/op"}}}""",
        benchmark, mode, threads, params, median, median * 0.9, median, median * 1.1, unit, median * 0.9, median,
        median * 1.1, allocPerOp);
  }

  private static void fixture(Path dir) throws Exception {
    String e2e = "[" + String.join(",",
        entry("GuardCheckBenchmark.check", "avgt", 1, "\"kind\": \"CLINICAL\", \"bytes\": \"2048\"", 500, "us/op", 40_000),
        entry("GuardCheckBenchmark.check", "avgt", 1, "\"kind\": \"CLINICAL\", \"bytes\": \"20480\"", 4000, "us/op", 400_000),
        entry("GuardCheckBenchmark.check", "avgt", 1, "\"kind\": \"CLINICAL\", \"bytes\": \"2097152\"", 800, "ms/op", 4e7))
        + "]";
    String rules = "[" + String.join(",",
        entry("RulesOnlyBenchmark.veil", "avgt", 1, "\"kind\": \"NO_PII\", \"bytes\": \"204800\"", 5000, "us/op", 0),
        entry("RulesOnlyBenchmark.naiveJdkRegex", "avgt", 1, "\"kind\": \"NO_PII\", \"bytes\": \"204800\"", 10000,
            "us/op", 0))
        + "]";
    String threads = "[" + String.join(",",
        entry("ThreadScalingBenchmark.threads1", "thrpt", 1, "", 1000, "ops/s", 0),
        entry("ThreadScalingBenchmark.threads2", "thrpt", 2, "", 1900, "ops/s", 0))
        + "]";
    Files.writeString(dir.resolve("e2e.json"), e2e);
    Files.writeString(dir.resolve("rules.json"), rules);
    Files.writeString(dir.resolve("threads.json"), threads);
    Files.writeString(dir.resolve("footprint.json"), "{\"coldBuildMs\": 1500.0, \"retainedHeapFirstBytes\": 1048576}");
    Files.writeString(dir.resolve("meta.json"), "{\"nproc\": \"2\", \"command\": \"bench/run.sh --quick\", \"note\": \"test run\"}");
  }

  @Test
  void writesTablesAndTargetsBetweenTheMarkersAndKeepsTheRestOfTheDoc(@TempDir Path tmp) throws Exception {
    Path results = Files.createDirectories(tmp.resolve("results"));
    fixture(results);
    Path doc = tmp.resolve("docs/performance.md");
    Files.createDirectories(doc.getParent());
    Files.writeString(doc, "# Performance\n\nintro\n\n" + PerfReport.BEGIN + "\nold\n" + PerfReport.END
        + "\n\n## Analysis\n\nhand-written\n");

    PerfReport.generate(results, doc, tmp.resolve("docs/img"));
    String text = Files.readString(doc);

    assertTrue(text.startsWith("# Performance\n\nintro\n\n"));
    assertTrue(text.endsWith("## Analysis\n\nhand-written\n"));
    assertTrue(!text.contains("\nold\n"));
    assertTrue(text.contains("| `Guard.check`, 2 KB clinical, all detectors | < 1 ms | 500 µs | met |"), text);
    // 800 ms / 2048 KB = 391 µs/KB vs 4 ms / 20 KB = 200 µs/KB: 1.95x, 1.30x over the 1.5x goal
    assertTrue(text.contains("| 1.95× (CLINICAL) | **missed** by 1.30× |"), text);
    // 204800 bytes in 5 ms = 41 MB/s; naive takes twice as long
    assertTrue(text.contains("| ≥ 20 MB/s | 41.0 MB/s | met |"), text);
    assertTrue(text.contains("| 2.00× |"), text);
    assertTrue(text.contains("| `Guard` construction (cold JVM, models included) | < 1 s | 1.50 s"), text);
    assertTrue(text.contains("| Throughput 2 threads ÷ 1 thread | ≥ 1.8× | 1.90× | met |"), text);
    assertTrue(text.contains("19.5 KiB/KB"), text); // 40,000 B per 2 KB
    assertTrue(text.contains("> **test run**"));

    BufferedImage png = ImageIO.read(tmp.resolve("docs/img/" + PerfReport.TIME_PLOT).toFile());
    assertEquals(900, png.getWidth());
  }

  @Test
  void regeneratingFromTheSameResultsGivesTheSameFile(@TempDir Path tmp) throws Exception {
    Path results = Files.createDirectories(tmp.resolve("results"));
    fixture(results);
    Path doc = tmp.resolve("performance.md");
    PerfReport.generate(results, doc, tmp.resolve("img"));
    String first = Files.readString(doc);
    byte[] firstPng = Files.readAllBytes(tmp.resolve("img/" + PerfReport.TIME_PLOT));
    PerfReport.generate(results, doc, tmp.resolve("img"));
    assertEquals(first, Files.readString(doc));
    assertTrue(java.util.Arrays.equals(firstPng, Files.readAllBytes(tmp.resolve("img/" + PerfReport.TIME_PLOT))));
    assertEquals(1, first.split(PerfReport.BEGIN, -1).length - 1);
  }

  @Test
  void spliceAppendsMarkersToADocWithoutThem() {
    String out = PerfReport.splice("# T\n", "x\n");
    assertEquals("# T\n\n" + PerfReport.BEGIN + "\n\nx\n" + PerfReport.END + "\n", out);
  }
}
