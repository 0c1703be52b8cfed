package dev.veil.bench.perf;

import static org.junit.jupiter.api.Assertions.assertNull;

import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.detect.TextNormalizer;
import dev.veil.detectors.health.HealthDetector;
import dev.veil.detectors.special.SpecialCategoryDetector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The findings of the health and special-category detectors on every benchmark text ({@link
 * TextGenerator}, every {@link TextKind}, 200 B, 2 KB and 20 KB, normalized as the guard does),
 * compared line by line with {@code health-findings.snapshot}, recorded before the performance work
 * of session 3. Re-record with {@code -Dsnapshot.update=true} only for an intended change.
 */
class HealthFindingsSnapshotTest {
  private static final String RESOURCE = "health-findings.snapshot";
  static final int[] SIZES = {200, 2048, 20480};

  private static final Comparator<Finding> ORDER = Comparator
      .comparingInt(Finding::start)
      .thenComparingInt(Finding::end)
      .thenComparing(Finding::detector)
      .thenComparing(f -> f.type().name())
      .thenComparingDouble(Finding::score)
      .thenComparing(f -> f.attributes().toString());

  static String listing() {
    Detector health = new HealthDetector();
    Detector special = new SpecialCategoryDetector();
    StringBuilder out = new StringBuilder();
    for (TextKind kind : TextKind.values()) {
      for (int bytes : SIZES) {
        String text = TextNormalizer.standard().normalize(TextGenerator.generate(kind, bytes)).text();
        DetectorInput in = new DetectorInput(text, GuardContext.defaults());
        append(out, kind + "/" + bytes + " health", health.detect(in));
        append(out, kind + "/" + bytes + " special", special.detect(in));
      }
    }
    return out.toString();
  }

  private static void append(StringBuilder out, String name, List<Finding> findings) {
    out.append("# ").append(name).append('\n');
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    for (Finding f : sorted) {
      out.append(f.detector()).append(' ').append(f.type()).append(' ').append(f.start())
          .append(' ').append(f.end()).append(' ').append(f.score());
      for (Map.Entry<String, String> a : f.attributes().entrySet()) {
        out.append(' ').append(a.getKey()).append('=').append(a.getValue());
      }
      out.append('\n');
    }
  }

  @Test
  void findingsOnTheBenchmarkTextsAreUnchanged() throws IOException {
    String actual = listing();
    if (Boolean.getBoolean("snapshot.update")) {
      Files.writeString(Path.of("src/test/resources/dev/veil/bench/perf/" + RESOURCE), actual,
          StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    String diff = null;
    for (int i = 0; i < Math.max(e.length, a.length) && diff == null; i++) {
      String x = i < e.length ? e[i] : "<end>";
      String y = i < a.length ? a[i] : "<end>";
      if (!x.equals(y)) {
        diff = "line " + (i + 1) + ": expected [" + x + "] but was [" + y + "]";
      }
    }
    assertNull(diff);
  }
}
