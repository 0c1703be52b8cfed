package dev.veil.detectors.health;

import dev.veil.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A canonical text form of findings, for snapshots that prove a change left the findings alone:
 * one line per finding (detector, type, start, end, exact score, attributes by key), sorted.
 */
public final class FindingsListing {
  private FindingsListing() {}

  private static final Comparator<Finding> ORDER = Comparator
      .comparingInt(Finding::start)
      .thenComparingInt(Finding::end)
      .thenComparing(Finding::detector)
      .thenComparing(f -> f.type().name())
      .thenComparingDouble(Finding::score)
      .thenComparing(f -> f.attributes().toString());

  /** Appends a header line {@code # name} and one line per finding. */
  public static void append(StringBuilder out, String name, List<Finding> findings) {
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

  /** The first line where {@code a} and {@code b} differ, for a readable failure; null if equal. */
  public static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String x = i < e.length ? e[i] : "<end>";
      String y = i < a.length ? a[i] : "<end>";
      if (!x.equals(y)) {
        return "line " + (i + 1) + ": expected [" + x + "] but was [" + y + "]";
      }
    }
    return null;
  }
}
