package dev.veil.bench.perf.ab;

import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.bench.perf.Guards;
import dev.veil.bench.perf.TextGenerator;
import dev.veil.bench.perf.TextKind;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.detect.TextNormalizer;
import dev.veil.testkit.corpus.CorpusGenerator;
import dev.veil.testkit.corpus.LabelledDocument;
import dev.veil.testkit.corpus.Split;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a canonical listing of what every rule detector finds on the benchmark texts (every {@link
 * TextKind} at 200 B, 2 KB and 20 KB) and on the documents of the rule-evaluation corpus, plus what
 * {@code Guards.rulesOnly().inspect} returns (normalization and overlap resolution included): one
 * line per finding (text, detector, type, start, end, score, attributes), sorted. A performance
 * change that must not change findings is checked by writing the listing before and after and
 * comparing the files ({@code cmp}); the listing holds offsets, never values.
 *
 * <p>Uses only public API and the bench text generator, so it can be compiled against an older
 * benchmark jar too. Usage: {@code FindingsSnapshot OUT_FILE [--docs N]} (default 2500 documents
 * per corpus split, seed of the rule evaluation).
 */
public final class FindingsSnapshot {
  private FindingsSnapshot() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: FindingsSnapshot OUT_FILE [--docs N]");
    }
    Path out = Path.of(args[0]);
    int docs = 2500;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--docs")) {
        docs = Integer.parseInt(args[++i]);
      } else {
        throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<Detector> detectors = Guards.ruleDetectors();
    Guard guard = Guards.rulesOnly();
    TextNormalizer normalizer = TextNormalizer.standard();
    GuardContext context = GuardContext.defaults();
    List<String> lines = new ArrayList<>();
    for (TextKind kind : TextKind.values()) {
      for (int bytes : new int[] {200, 2048, 20480}) {
        snapshot(kind + "/" + bytes, TextGenerator.generate(kind, bytes), detectors, guard, normalizer, context, lines);
      }
    }
    for (Split split : List.of(Split.TRAIN, Split.DEV, Split.HELDOUT)) {
      List<LabelledDocument> corpus = CorpusGenerator.builder().split(split).seed(20261129L).build().generate(docs);
      for (LabelledDocument d : corpus) {
        snapshot(split + "/" + d.id(), d.text(), detectors, guard, normalizer, context, lines);
      }
    }
    lines.sort(null);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      for (String l : lines) {
        w.println(l);
      }
    }
    System.out.println(lines.size() + " findings from " + detectors.size() + " detectors written to " + out);
  }

  private static void snapshot(String name, String raw, List<Detector> detectors, Guard guard,
      TextNormalizer normalizer, GuardContext context, List<String> lines) {
    String text = normalizer.normalize(raw).text();
    DetectorInput input = new DetectorInput(text, context);
    for (Detector d : detectors) {
      for (Finding f : d.detect(input)) {
        lines.add(line(name, "detect", f));
      }
    }
    for (Finding f : guard.inspect(raw, context)) {
      lines.add(line(name, "inspect", f));
    }
  }

  private static String line(String text, String stage, Finding f) {
    String attrs = f.attributes().entrySet().stream().map(Map.Entry::toString).collect(Collectors.joining(","));
    return String.join("\t", text, stage, f.detector(), f.type().name(), Integer.toString(f.start()),
        Integer.toString(f.end()), String.format(Locale.ROOT, "%.17g", f.score()), attrs);
  }
}
