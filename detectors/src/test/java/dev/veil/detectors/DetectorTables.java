package dev.veil.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.detect.NormalizedText;
import dev.veil.detect.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Table rows for detector tests and the check that runs one row. */
public final class DetectorTables {
  /** Findings below this are dropped by the guard. */
  public static final double THRESHOLD = 0.5;

  private DetectorTables() {}

  /**
   * One row: in {@code text}, {@code value} (null: nothing) must be found with a score in
   * [min, max]; for a miss row, no finding of the type may score at or above the threshold.
   */
  public record Row(String text, String value, double min, double max, Locale language, String region) {
    @Override
    public String toString() {
      return (value == null ? "miss: " : "hit: ") + text.replace("\n", "\\n");
    }

    public Row lang(String tag) {
      return new Row(text, value, min, max, Locale.forLanguageTag(tag), region);
    }

    public Row region(String r) {
      return new Row(text, value, min, max, language, r);
    }
  }

  public static Row hit(String text, String value, double min, double max) {
    return new Row(text, value, min, max, Locale.ENGLISH, "US");
  }

  public static Row hit(String text, String value) {
    return hit(text, value, THRESHOLD, 1.0);
  }

  public static Row miss(String text) {
    return new Row(text, null, 0, 0, Locale.ENGLISH, "US");
  }

  /** Runs the detector the way the guard does: normalize, detect, map spans back. */
  public static List<Finding> run(Detector d, String text, GuardContext ctx) {
    NormalizedText n = TextNormalizer.standard().normalize(text);
    List<Finding> out = new ArrayList<>();
    for (Finding f : d.detect(new DetectorInput(n.text(), ctx))) {
      assertTrue(f.start() >= 0 && f.end() <= n.text().length(), "finding in bounds");
      out.add(f.withSpan(n.toOriginal(f.span())));
    }
    return out;
  }

  public static void check(Detector d, EntityType type, Row r) {
    GuardContext ctx = GuardContext.builder().language(r.language()).phoneRegion(r.region()).build();
    List<Finding> found = run(d, r.text(), ctx).stream().filter(f -> f.type() == type).toList();
    String described = found.stream()
        .map(f -> f.span() + "=" + r.text().substring(f.start(), f.end()) + "@" + f.score())
        .collect(Collectors.joining(", "));
    if (r.value() == null) {
      assertTrue(found.stream().noneMatch(f -> f.score() >= THRESHOLD), "unexpected: " + described);
      return;
    }
    int start = r.text().indexOf(r.value());
    assertTrue(start >= 0, "bad row: value not in text");
    List<Finding> at = found.stream()
        .filter(f -> f.start() == start && f.end() == start + r.value().length()).toList();
    assertEquals(1, at.size(), "expected exactly one finding at the value; got " + described);
    double s = at.get(0).score();
    assertTrue(s >= r.min() && s <= r.max(), "score " + s + " not in [" + r.min() + ", " + r.max() + "]");
  }
}
