package dev.veil.bench.perf;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.audit.AuditEvent;
import dev.veil.audit.AuditSink;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.detect.NormalizedText;
import dev.veil.detect.OverlapResolver;
import dev.veil.detect.TextNormalizer;
import dev.veil.internal.audit.AuditEventCodec;
import dev.veil.policy.PolicyDecision;
import dev.veil.transform.Operator;
import dev.veil.transform.TransformSession;
import dev.veil.transform.Transformer;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where {@code Guard.check} allocates, by pipeline stage and by detector: bytes allocated by the
 * calling thread ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}) and its
 * CPU time, around each stage of a replica of the guard's pipeline. Allocation does not depend on
 * the machine's load (once the JIT has compiled the code), so the numbers are comparable across runs
 * on a busy machine, unlike JMH's times.
 *
 * <p>Every call gets a fresh copy of the text, as a real request does, so per-thread caches keyed
 * by the text (the detectors' shared candidate pass) miss. The real {@code check} is measured in the
 * same loop; "guard glue" is its total minus the replicated stages (the audit id, result objects,
 * the guard's own lists).
 *
 * <pre>
 * java -cp bench/target/veil-bench.jar dev.veil.bench.perf.AllocationBreakdown [kinds] [bytes] [iterations]
 * java -cp bench/target/veil-bench.jar dev.veil.bench.perf.AllocationBreakdown CLINICAL,NO_PII 2048,20480 400
 * </pre>
 */
public final class AllocationBreakdown {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final Guard guard = Guards.full(AuditSink.discarding());
  private final GuardContext context = GuardContext.defaults();
  private final TextNormalizer normalizer = TextNormalizer.standard();
  private final List<Detector> detectors = guard.detectors();
  // made once: a name made in the loop would be counted in the detector's bytes
  private final String[] detectorStages =
      detectors.stream().map(d -> "detector " + family(d) + " " + d.id()).toArray(String[]::new);
  private final Map<String, long[]> bytes = new LinkedHashMap<>();
  private final Map<String, long[]> cpu = new LinkedHashMap<>();
  private long mark;
  private long markCpu;

  private AllocationBreakdown() {}

  public static void main(String[] args) {
    String kinds = args.length > 0 ? args[0] : "CLINICAL,NO_PII";
    String sizes = args.length > 1 ? args[1] : "2048";
    int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    AllocationBreakdown b = new AllocationBreakdown();
    for (String k : kinds.split(",")) {
      for (String s : sizes.split(",")) {
        b.run(TextKind.valueOf(k.trim()), Integer.parseInt(s.trim()), iterations);
      }
    }
  }

  private void run(TextKind kind, int size, int iterations) {
    String text = TextGenerator.generate(kind, size);
    // warm-up: the same work, so the JIT (escape analysis included) has settled before counting
    for (int i = 0; i < iterations; i++) {
      once(new String(text.toCharArray()), false);
    }
    bytes.clear();
    cpu.clear();
    String[] copies = new String[iterations];
    for (int i = 0; i < iterations; i++) {
      copies[i] = new String(text.toCharArray());
    }
    for (int i = 0; i < iterations; i++) {
      once(copies[i], true);
      copies[i] = null;
    }
    report(kind, size, text.length(), iterations);
  }

  private void once(String text, boolean count) {
    // the real thing, on its own copy
    String other = new String(text.toCharArray());
    start();
    guard.check(other, context);
    stop("check (real, total)", count);

    start();
    NormalizedText normalized = normalizer.normalize(text);
    DetectorInput input = new DetectorInput(normalized.text(), context);
    stop("core: normalize", count);

    List<List<Finding>> found = new ArrayList<>();
    for (int i = 0; i < detectors.size(); i++) {
      start();
      List<Finding> f = detectors.get(i).detect(input);
      stop(detectorStages[i], count);
      found.add(f);
    }

    start();
    List<Finding> all = new ArrayList<>();
    for (List<Finding> list : found) {
      for (Finding f : list) {
        if (f.score() < 0.5) {
          continue;
        }
        Finding mapped = normalized.isIdentity() ? f : f.withSpan(normalized.toOriginal(f.span()));
        if (!mapped.span().isEmpty()) {
          all.add(mapped);
        }
      }
    }
    stop("core: map offsets back", count);

    start();
    List<Finding> findings = OverlapResolver.resolve(all, text);
    stop("core: resolve overlaps", count);

    start();
    PolicyDecision pd = guard.policy().evaluate(findings, context);
    stop("core: policy", count);

    start();
    Map<EntityType, Operator> ops = pd.operators();
    String safe = ops.isEmpty() ? text
        : Transformer.apply(text, findings, f -> ops.get(f.type()), TransformSession.create());
    stop("core: transform (incl. session)", count);

    start();
    AuditEvent event = event(pd, findings, text.length());
    stop("core: audit event", count);

    start();
    String json = AuditEventCodec.toJson(event);
    stop("sink thread: audit event to JSON", count);
    if (safe.length() + json.length() == 0) {
      throw new AssertionError();
    }
  }

  /** The event as {@code Guard} builds it (no correlation key). */
  private AuditEvent event(PolicyDecision pd, List<Finding> findings, int length) {
    List<AuditEvent.FindingRecord> records = new ArrayList<>(findings.size());
    Map<EntityType, String> applied = new EnumMap<>(EntityType.class);
    for (Finding f : findings) {
      records.add(new AuditEvent.FindingRecord(f.type(), f.start(), f.end(), f.detector(), f.score(), null));
      Operator op = pd.operators().get(f.type());
      if (op != null) {
        applied.put(f.type(), op.name());
      }
    }
    GuardContext c = context;
    AuditEvent e = new AuditEvent(Guard.class.getName(), java.time.Instant.now(), null, null, null,
        c.destination().id(), c.direction(), c.purpose(), c.jurisdiction(), c.legalBases(), guard.policy().id(),
        guard.policy().version(), pd.decision(), pd.routeTo().orElse(null), pd.reasons(), records, applied,
        null, length);
    return e;
  }

  private static String family(Detector d) {
    String pkg = d.getClass().getPackageName();
    String family = pkg.startsWith("dev.veil.detectors.") ? pkg.substring("dev.veil.detectors.".length()) : pkg;
    return family.equals("ner") ? "ner (name model)" : family;
  }

  private void start() {
    markCpu = THREADS.getCurrentThreadCpuTime();
    mark = THREADS.getCurrentThreadAllocatedBytes();
  }

  private void stop(String stage, boolean count) {
    long b = THREADS.getCurrentThreadAllocatedBytes() - mark;
    long c = THREADS.getCurrentThreadCpuTime() - markCpu;
    if (count) {
      bytes.computeIfAbsent(stage, k -> new long[1])[0] += b;
      cpu.computeIfAbsent(stage, k -> new long[1])[0] += c;
    }
  }

  private void report(TextKind kind, int size, int chars, int iterations) {
    double kb = size / 1024.0;
    System.out.printf(Locale.ROOT, "%n### %s %d B (%d chars), %d calls, fresh text copy per call%n%n",
        kind, size, chars, iterations);
    System.out.println("| Stage | bytes/op | KiB per KB | CPU µs/op |");
    System.out.println("|---|---:|---:|---:|");
    long replicated = 0;
    long replicatedCpu = 0;
    Map<String, long[]> families = new LinkedHashMap<>();
    for (Map.Entry<String, long[]> e : bytes.entrySet()) {
      String stage = e.getKey();
      long b = e.getValue()[0] / iterations;
      long c = cpu.get(stage)[0] / iterations;
      if (!stage.startsWith("check") && !stage.startsWith("sink")) {
        replicated += b;
        replicatedCpu += c;
      }
      if (stage.startsWith("detector ")) {
        String family = stage.substring("detector ".length(), stage.lastIndexOf(' '));
        long[] acc = families.computeIfAbsent("detectors: " + family, k -> new long[2]);
        acc[0] += b;
        acc[1] += c;
        if (b < 1024) {
          continue; // below 1 KiB per call: summed in the family only
        }
      }
      row(stage, b, c, kb);
    }
    long total = bytes.get("check (real, total)")[0] / iterations;
    long totalCpu = cpu.get("check (real, total)")[0] / iterations;
    row("guard glue (check − replicated stages)", total - replicated, totalCpu - replicatedCpu, kb);
    System.out.println();
    System.out.println("| Component | bytes/op | KiB per KB | share of check |");
    System.out.println("|---|---:|---:|---:|");
    long core = 0;
    for (Map.Entry<String, long[]> e : bytes.entrySet()) {
      if (e.getKey().startsWith("core:")) {
        core += e.getValue()[0] / iterations;
      }
    }
    core += total - replicated;
    share("core (normalize, map, resolve, policy, transform, audit event, glue)", core, total, kb);
    for (Map.Entry<String, long[]> e : families.entrySet()) {
      share(e.getKey(), e.getValue()[0], total, kb);
    }
    share("total `Guard.check`", total, total, kb);
  }

  private static void row(String stage, long b, long cpuNanos, double kb) {
    System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.1f |%n", stage, b, b / 1024.0 / kb, cpuNanos / 1000.0);
  }

  private static void share(String what, long b, long total, double kb) {
    System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.1f%% |%n", what, b, b / 1024.0 / kb, 100.0 * b / total);
  }
}
