package dev.veil.detect;

import dev.veil.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Reduces possibly overlapping findings to a set where no two overlap.
 *
 * <p>Winner rule, applied greedily in this order: higher score; then longer span; then the more
 * {@linkplain dev.veil.EntityType#specificity() specific} type; then earlier start; then type name
 * and detector id (so the result never depends on detector order). A finding is kept whole if it
 * overlaps no finding kept before it. A finding that only partly overlaps those kept before it is
 * not lost: the parts it alone covers are kept as findings of its type (trimmed to letters and
 * digits when the text is given), so every character some detector reported stays covered and a
 * redaction never leaves the rest of a value behind ("8775" of "8775 Lincoln Boulevard" when a name
 * finding won "Lincoln Boulevard"). The result is sorted by start offset. Exact duplicates (same
 * type and span) from different detectors collapse into the best one.
 *
 * <p>Thread-safe and stateless; {@code O(n log n)}. Findings that overlap no other cost a sort and
 * a copy; only clusters of overlapping findings are resolved through a sorted map.
 */
public final class OverlapResolver {

  private static final Comparator<Finding> PRIORITY =
      Comparator.comparingDouble(Finding::score).reversed()
          .thenComparing(Comparator.comparingInt((Finding f) -> f.span().length()).reversed())
          .thenComparing(Comparator.comparingInt((Finding f) -> f.type().specificity()).reversed())
          .thenComparingInt(Finding::start)
          .thenComparing(f -> f.type().name())
          .thenComparing(Finding::detector);

  private static final Comparator<Finding> BY_START = Comparator.comparingInt(Finding::start);

  private OverlapResolver() {}

  /** As {@link #resolve(List, CharSequence)} without trimming the kept parts of partly covered findings. */
  public static List<Finding> resolve(List<Finding> findings) {
    return resolve(findings, null);
  }

  /**
   * The non-overlapping findings that cover every character of {@code findings}.
   *
   * @param text the text the findings point into, or null; when given, the parts kept of a partly
   *     covered finding are trimmed to their first and last letter or digit, and parts without one
   *     are dropped
   */
  public static List<Finding> resolve(List<Finding> findings, CharSequence text) {
    if (findings.size() <= 1) {
      return List.copyOf(findings);
    }
    // Sorted by start, findings fall into clusters of transitively overlapping spans. A cluster of
    // one is kept as it is; only the findings of larger clusters go through the priority order and
    // the map of kept spans. Clusters do not interact (every part kept of a finding lies inside its
    // span, so inside its cluster), so this gives the result of running the greedy rule over all
    // findings at once, while most texts, whose findings mostly do not overlap, allocate little.
    Finding[] byStart = findings.toArray(new Finding[0]);
    Arrays.sort(byStart, BY_START);
    List<Finding> out = new ArrayList<>(byStart.length);
    int n = byStart.length;
    int i = 0;
    while (i < n) {
      Finding f = byStart[i];
      if (f.span().isEmpty()) {
        i++;
        continue;
      }
      int clusterEnd = f.end();
      int j = i + 1;
      while (j < n && byStart[j].start() < clusterEnd) {
        clusterEnd = Math.max(clusterEnd, byStart[j].end());
        j++;
      }
      if (j == i + 1) {
        out.add(f);
      } else {
        resolveCluster(byStart, i, j, text, out);
      }
      i = j;
    }
    return List.copyOf(out);
  }

  /** The greedy rule over {@code byStart[from, to)}, appending the kept findings in start order. */
  private static void resolveCluster(Finding[] byStart, int from, int to, CharSequence text, List<Finding> out) {
    Finding[] byPriority = Arrays.copyOfRange(byStart, from, to);
    Arrays.sort(byPriority, PRIORITY);
    // kept spans by start; non-overlapping, so a floor/ceiling lookup is enough.
    TreeMap<Integer, Finding> kept = new TreeMap<>();
    for (Finding f : byPriority) {
      if (f.span().isEmpty()) {
        continue;
      }
      var floor = kept.floorEntry(f.start());
      boolean overlapsFloor = floor != null && floor.getValue().end() > f.start();
      var ceiling = kept.ceilingEntry(f.start());
      if (!overlapsFloor && (ceiling == null || ceiling.getKey() >= f.end())) {
        kept.put(f.start(), f);
        continue;
      }
      keepUncoveredParts(f, kept, text);
    }
    out.addAll(kept.values());
  }

  /** Adds the parts of {@code f} that no kept finding covers. */
  private static void keepUncoveredParts(Finding f, TreeMap<Integer, Finding> kept, CharSequence text) {
    int at = f.start();
    var floor = kept.floorEntry(at);
    if (floor != null && floor.getValue().end() > at) {
      at = floor.getValue().end();
    }
    List<int[]> gaps = new ArrayList<>();
    while (at < f.end()) {
      var next = kept.ceilingEntry(at);
      int gapEnd = next == null ? f.end() : Math.min(f.end(), next.getKey());
      if (gapEnd > at) {
        gaps.add(new int[] {at, gapEnd});
      }
      if (next == null || next.getKey() >= f.end()) {
        break;
      }
      at = next.getValue().end();
    }
    for (int[] g : gaps) {
      int s = g[0];
      int e = g[1];
      if (text != null) {
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
          s++;
        }
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
          e--;
        }
      }
      if (e > s) {
        kept.put(s, f.withSpan(new dev.veil.Span(s, e)));
      }
    }
  }
}
