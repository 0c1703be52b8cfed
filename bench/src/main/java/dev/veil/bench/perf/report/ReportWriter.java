package dev.veil.bench.perf.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the generated part of {@code docs/performance.md} from a {@link Results}: the machine and
 * command, the targets of issues 9 and 3 with their status, and one table per benchmark group.
 * Output depends only on the results, so regenerating from the same files gives the same text.
 */
final class ReportWriter {
  static final String E2E = "GuardCheckBenchmark.check";
  static final String RULES = "RulesOnlyBenchmark.veil";
  static final String NAIVE = "RulesOnlyBenchmark.naiveJdkRegex";
  static final String DETECT = "DetectorBenchmark.detect";
  static final String BUILD = "GuardBuildBenchmark.build";
  static final String STAGE = "StageBenchmark.";
  static final String[] STAGES = {"normalize", "inspect", "resolve", "policy", "policyPresets", "transform", "audit", "auditEncode"};
  private static final List<String> KIND_ORDER =
      List.of("CLINICAL", "FINANCE_EMAIL", "CHAT", "CODE", "NO_PII", "DENSE");

  private final Results r;
  private final StringBuilder out = new StringBuilder();

  ReportWriter(Results results) {
    this.r = results;
  }

  /** The markdown between the markers; {@code plots} are paths relative to the doc. */
  String write(List<String> plots) {
    run();
    targets();
    endToEnd();
    for (String p : plots) {
      out.append("![").append(p.contains("per-kb") ? "time per KB against text size" : "time against text size")
          .append("](").append(p).append(")\n\n");
    }
    perKb();
    allocation();
    rules();
    detectors();
    stages();
    threads();
    construction();
    return out.toString();
  }

  // ---------------------------------------------------------------------------------- sections

  private void run() {
    Map<String, String> m = r.meta();
    out.append("### Run\n\n");
    String note = m.getOrDefault("note", "");
    if (!note.isBlank()) {
      out.append("> **").append(note).append("**\n\n");
    }
    out.append("| | |\n|---|---|\n");
    row("Command", "`" + m.getOrDefault("command", "bench/run.sh") + "`");
    row("JMH settings", "`" + m.getOrDefault("jmhSettings", "?") + "`");
    row("Machine", m.getOrDefault("nproc", "?") + " CPUs (`nproc`), " + m.getOrDefault("cpu", "?") + ", "
        + m.getOrDefault("memory", "?") + " RAM");
    row("JDK", m.getOrDefault("jdk", "?"));
    row("Commit / date", m.getOrDefault("commit", "?") + " / " + m.getOrDefault("date", "?"));
    out.append("\nTimes are JMH medians over the measurement iterations; `±` is half the range between the"
        + " fastest and the slowest iteration, relative to the median. KB = 1024 bytes; MB/s = 10⁶ bytes"
        + " per second.\n\n");
  }

  private void targets() {
    out.append("### Targets (issue 9, issue 3)\n\n| Target | Goal | Measured | Status |\n|---|---|---|---|\n");
    Optional<JmhResult> e2e = r.find(E2E, Map.of("kind", "CLINICAL", "bytes", "2048"));
    target("`Guard.check`, 2 KB clinical, all detectors", "< 1 ms", e2e.map(x -> Format.micros(x.median())),
        e2e.map(x -> x.median() / 1000.0));
    Optional<JmhResult> rule2k = r.find(RULES, Map.of("kind", "CLINICAL", "bytes", "2048"));
    target("Rule detection, 2 KB clinical (issue 3)", "< 200 µs", rule2k.map(x -> Format.micros(x.median())),
        rule2k.map(x -> x.median() / 200.0));
    throughputTarget("NO_PII", "Rules-only, text without identifiers", 20);
    throughputTarget("DENSE", "Rules-only, identifier-dense text", 5);
    linearityTarget();
    Map<String, Double> fp = r.footprint();
    Double cold = fp.get("coldBuildMs");
    target("`Guard` construction (cold JVM, models included)", "< 1 s",
        Optional.ofNullable(cold).map(c -> Format.micros(c * 1000) + " (warm: "
            + Format.micros(fp.getOrDefault("warmBuildMsMedian", Double.NaN) * 1000) + ")"),
        Optional.ofNullable(cold).map(c -> c / 1000.0));
    Double heap = fp.get("retainedHeapFirstBytes");
    target("Heap held by a built `Guard`", "< 100 MB", Optional.ofNullable(heap).map(Format::bytes),
        Optional.ofNullable(heap).map(h -> h / (100.0 * 1024 * 1024)));
    Optional<Double> scaling = threadRatio(2);
    target("Throughput 2 threads ÷ 1 thread", "≥ 1.8×", scaling.map(Format::ratio),
        scaling.map(s -> 1.8 / s));
    out.append('\n');
  }

  private void throughputTarget(String kind, String label, double goalMbs) {
    Optional<JmhResult> res = largest(RULES, kind);
    Optional<Double> mbs = res.map(ReportWriter::mbPerSecond);
    target(label + res.map(x -> " (" + Format.size(bytes(x)) + ")").orElse(""), "≥ " + Format.trim(Format.sig(goalMbs)) + " MB/s",
        mbs.map(v -> Format.sig(v) + " MB/s"), mbs.map(v -> goalMbs / v));
  }

  private void linearityTarget() {
    String worstKind = null;
    double worst = Double.NaN;
    for (String kind : kinds(E2E)) {
      Optional<JmhResult> small = r.find(E2E, Map.of("kind", kind, "bytes", "20480"));
      Optional<JmhResult> big = r.find(E2E, Map.of("kind", kind, "bytes", "2097152"));
      if (small.isPresent() && big.isPresent()) {
        double ratio = perKb(big.get()) / perKb(small.get());
        if (worstKind == null || ratio > worst) {
          worst = ratio;
          worstKind = kind;
        }
      }
    }
    final double w = worst;
    final String k = worstKind;
    target("Linear growth: time/KB at 2 MB ÷ at 20 KB (worst text)", "≤ 1.5×",
        Optional.ofNullable(k).map(x -> Format.ratio(w) + " (" + x + ")"),
        Optional.ofNullable(k).map(x -> w / 1.5));
  }

  /** {@code excess} = measured ÷ goal in the direction where below 1 meets the goal. */
  private void target(String name, String goal, Optional<String> measured, Optional<Double> excess) {
    String status;
    if (measured.isEmpty() || excess.isEmpty() || excess.get().isNaN()) {
      status = "not measured";
    } else if (excess.get() <= 1) {
      status = "met";
    } else {
      status = "**missed** by " + Format.ratio(excess.get());
    }
    out.append("| ").append(name).append(" | ").append(goal).append(" | ").append(measured.orElse("–"))
        .append(" | ").append(status).append(" |\n");
  }

  private void endToEnd() {
    out.append("### End to end: `Guard.check` (all detectors, redact-all policy)\n\n");
    List<String> kinds = kinds(E2E);
    List<Integer> sizes = sizes(E2E);
    if (kinds.isEmpty()) {
      out.append("_not measured_\n\n");
      return;
    }
    header("Text", sizes.stream().map(Format::size).toList());
    for (String kind : kinds) {
      List<String> cells = new ArrayList<>();
      for (int s : sizes) {
        cells.add(r.find(E2E, Map.of("kind", kind, "bytes", Integer.toString(s))).map(Format::timeCell).orElse("–"));
      }
      tableRow(kind, cells);
    }
    out.append('\n');
  }

  private void perKb() {
    List<String> kinds = kinds(E2E);
    List<Integer> sizes = sizes(E2E);
    if (kinds.isEmpty()) {
      return;
    }
    out.append("### Time per KB of input (linearity)\n\n");
    List<String> cols = new ArrayList<>(sizes.stream().map(Format::size).toList());
    cols.add("2 MB ÷ 20 KB");
    header("Text", cols);
    for (String kind : kinds) {
      List<String> cells = new ArrayList<>();
      for (int s : sizes) {
        cells.add(r.find(E2E, Map.of("kind", kind, "bytes", Integer.toString(s)))
            .map(x -> Format.micros(perKb(x)) + "/KB").orElse("–"));
      }
      Optional<JmhResult> small = r.find(E2E, Map.of("kind", kind, "bytes", "20480"));
      Optional<JmhResult> big = r.find(E2E, Map.of("kind", kind, "bytes", "2097152"));
      cells.add(small.isPresent() && big.isPresent() ? Format.ratio(perKb(big.get()) / perKb(small.get())) : "–");
      tableRow(kind, cells);
    }
    out.append('\n');
  }

  private void allocation() {
    List<JmhResult> withAlloc = r.of(E2E).stream().filter(x -> x.allocBytesPerOp().isPresent()).toList();
    out.append("### Allocation (`-prof gc`): bytes allocated per KB of input, `Guard.check`\n\n");
    if (withAlloc.isEmpty()) {
      out.append("_not measured (run without `--no-gc`)_\n\n");
      return;
    }
    List<Integer> sizes = sizes(E2E);
    header("Text", sizes.stream().map(Format::size).toList());
    for (String kind : kinds(E2E)) {
      List<String> cells = new ArrayList<>();
      for (int s : sizes) {
        cells.add(r.find(E2E, Map.of("kind", kind, "bytes", Integer.toString(s)))
            .filter(x -> x.allocBytesPerOp().isPresent())
            .map(x -> Format.bytes(x.allocBytesPerOp().getAsDouble() / (bytes(x) / 1024.0)) + "/KB").orElse("–"));
      }
      tableRow(kind, cells);
    }
    out.append('\n');
  }

  private void rules() {
    out.append("### Rules-only detection against the naive `java.util.regex` baseline (same run)\n\n");
    if (r.of(RULES).isEmpty()) {
      out.append("_not measured_\n\n");
      return;
    }
    out.append("Veil: `Guard.inspect` with every detector except the name model (normalize, detect, resolve). "
        + "Naive: the same kinds of patterns in `java.util.regex`, each over the whole text, no prefilter, no "
        + "validation. Speed-up > 1× means Veil is faster.\n\n");
    header("Text", List.of("Size", "Veil", "Veil MB/s", "Naive", "Naive MB/s", "Speed-up vs naive"));
    for (JmhResult v : sorted(r.of(RULES))) {
      Optional<JmhResult> n = r.find(NAIVE, Map.of("kind", v.param("kind"), "bytes", v.param("bytes")));
      tableRow(v.param("kind"), List.of(Format.size(bytes(v)), Format.timeCell(v), Format.sig(mbPerSecond(v)),
          n.map(Format::timeCell).orElse("–"), n.map(x -> Format.sig(mbPerSecond(x))).orElse("–"),
          n.map(x -> Format.ratio(x.median() / v.median())).orElse("–")));
    }
    out.append('\n');
  }

  private void detectors() {
    List<String> ids = r.paramValues(DETECT, "detector");
    out.append("### Each detector alone (normalized 20 KB text; median and MB/s)\n\n");
    if (ids.isEmpty()) {
      out.append("_not measured_\n\n");
      return;
    }
    List<String> kinds = kinds(DETECT);
    header("Detector", kinds);
    for (String id : ids) {
      List<String> cells = new ArrayList<>();
      for (String kind : kinds) {
        cells.add(r.find(DETECT, Map.of("detector", id, "kind", kind))
            .map(x -> Format.micros(x.median()) + " (" + Format.sig(mbPerSecond(x)) + " MB/s)").orElse("–"));
      }
      tableRow("`" + id + "`", cells);
    }
    out.append('\n');
  }

  private void stages() {
    out.append("### Pipeline stages\n\n");
    List<JmhResult> any = r.of(STAGE + "normalize");
    if (any.isEmpty()) {
      out.append("_not measured_\n\n");
      return;
    }
    List<Map<String, String>> combos = new ArrayList<>();
    for (JmhResult x : sorted(any)) {
      combos.add(Map.of("kind", x.param("kind"), "bytes", x.param("bytes")));
    }
    header("Stage", combos.stream().map(c -> c.get("kind") + " " + Format.size(Integer.parseInt(c.get("bytes"))))
        .toList());
    for (String stage : STAGES) {
      List<String> cells = new ArrayList<>();
      for (Map<String, String> c : combos) {
        cells.add(r.find(STAGE + stage, c).map(Format::timeCell).orElse("–"));
      }
      tableRow(stageLabel(stage), cells);
    }
    out.append('\n');
  }

  private static String stageLabel(String stage) {
    return switch (stage) {
      case "normalize" -> "normalize (`TextNormalizer`)";
      case "inspect" -> "inspect = normalize + all detectors + resolve";
      case "resolve" -> "resolve (`OverlapResolver`, raw findings)";
      case "policy" -> "policy (`redactAll().evaluate`)";
      case "policyPresets" -> "policy (HIPAA + GDPR + PCI + secrets presets)";
      case "transform" -> "transform (`Transformer.apply`, tags)";
      case "audit" -> "audit (`InMemoryAuditSink.write`)";
      case "auditEncode" -> "audit event to JSON (`AuditEventCodec.toJson`, the file sink's writer thread)";
      default -> stage;
    };
  }

  private void threads() {
    out.append("### Threads sharing one `Guard` (2 KB clinical, `check`, throughput)\n\n");
    Optional<JmhResult> one = thread(1);
    if (one.isEmpty()) {
      out.append("_not measured_\n\n");
      return;
    }
    header("Threads", List.of("Calls/s (all threads)", "vs 1 thread"));
    for (int t : new int[] {1, 2, 4}) {
      Optional<JmhResult> res = thread(t);
      res.ifPresent(x -> tableRow(Integer.toString(t), List.of(Format.sig(x.median()) + " ±" + Format.percent(
          x.spread() / 2), Format.ratio(x.median() / one.get().median()))));
    }
    out.append("\nWith ").append(r.meta().getOrDefault("nproc", "?"))
        .append(" CPUs, threads beyond the CPU count can only show oversubscription.\n\n");
  }

  private void construction() {
    out.append("### Construction and retained heap (`GuardFootprint`, fresh JVM)\n\n");
    Map<String, Double> fp = r.footprint();
    Optional<JmhResult> warm = r.of(BUILD).stream().findFirst();
    if (fp.isEmpty() && warm.isEmpty()) {
      out.append("_not measured_\n\n");
      return;
    }
    out.append("| | |\n|---|---|\n");
    if (fp.containsKey("detectors")) {
      row("Detectors", Long.toString(Math.round(fp.get("detectors"))));
    }
    if (fp.containsKey("coldBuildMs")) {
      row("First build in a fresh JVM (class loading, static data, models)", Format.micros(fp.get("coldBuildMs") * 1000));
    }
    if (fp.containsKey("firstCheckMs")) {
      row("First `check` after it (2 KB clinical, interpreted code, lazy loading)",
          Format.micros(fp.get("firstCheckMs") * 1000));
    }
    if (fp.containsKey("warmBuildMsMedian")) {
      row("Later builds (median of 10)", Format.micros(fp.get("warmBuildMsMedian") * 1000));
    }
    warm.ifPresent(x -> row("Later builds (JMH `GuardBuildBenchmark`)", Format.timeCell(x)));
    if (fp.containsKey("retainedHeapFirstBytes")) {
      row("Heap held after GC by the first guard (with its classes' static data)",
          Format.bytes(fp.get("retainedHeapFirstBytes")));
    }
    if (fp.containsKey("retainedHeapSecondBytes")) {
      row("Heap held by a second guard", Format.bytes(fp.get("retainedHeapSecondBytes")));
    }
    if (fp.containsKey("jolGraphBytes") && fp.get("jolGraphBytes") >= 0) {
      row("Object graph reachable from a guard (JOL)", Format.bytes(fp.get("jolGraphBytes")));
    }
    out.append('\n');
  }

  // ---------------------------------------------------------------------------------- helpers

  private Optional<JmhResult> thread(int t) {
    return r.of("ThreadScalingBenchmark.threads" + t).stream().findFirst();
  }

  private Optional<Double> threadRatio(int t) {
    Optional<JmhResult> one = thread(1);
    Optional<JmhResult> n = thread(t);
    return one.isPresent() && n.isPresent() ? Optional.of(n.get().median() / one.get().median()) : Optional.empty();
  }

  private Optional<JmhResult> largest(String benchmark, String kind) {
    return r.of(benchmark).stream().filter(x -> kind.equals(x.param("kind")))
        .max(Comparator.comparingInt(ReportWriter::bytes));
  }

  /** Values of the {@code kind} parameter in {@code TextKind} order, unknown ones last. */
  private List<String> kinds(String benchmark) {
    return kinds(r, benchmark);
  }

  static List<String> kinds(Results r, String benchmark) {
    return r.paramValues(benchmark, "kind").stream()
        .sorted(Comparator.comparingInt((String k) -> KIND_ORDER.contains(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.size()))
        .toList();
  }

  private List<Integer> sizes(String benchmark) {
    return r.paramValues(benchmark, "bytes").stream().map(Integer::parseInt).sorted().toList();
  }

  private static List<JmhResult> sorted(List<JmhResult> list) {
    return list.stream().sorted(Comparator.comparingInt((JmhResult x) -> KIND_ORDER.indexOf(x.param("kind")))
        .thenComparingInt(ReportWriter::bytes)).toList();
  }

  static int bytes(JmhResult x) {
    String b = x.param("bytes");
    return b == null ? 0 : Integer.parseInt(b);
  }

  /** Microseconds per KB of input. */
  static double perKb(JmhResult x) {
    return x.median() / (bytes(x) / 1024.0);
  }

  /** 10^6 bytes per second: bytes per microsecond. */
  static double mbPerSecond(JmhResult x) {
    return bytes(x) / x.median();
  }

  private void header(String first, List<String> cols) {
    out.append("| ").append(first);
    cols.forEach(c -> out.append(" | ").append(c));
    out.append(" |\n|---");
    cols.forEach(c -> out.append("|---:"));
    out.append("|\n");
  }

  private void tableRow(String first, List<String> cells) {
    out.append("| ").append(first);
    cells.forEach(c -> out.append(" | ").append(c));
    out.append(" |\n");
  }

  private void row(String k, String v) {
    out.append("| ").append(k).append(" | ").append(v).append(" |\n");
  }
}
