package dev.veil.detect;

import dev.veil.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Reduces possibly overlapping findings to a set where no two overlap.
 *
 * <p>Winner rule, applied greedily in this order: higher score; then longer span; then the more
 * {@linkplain dev.veil.EntityType#specificity() specific} type; then earlier start; then type name
 * and detector id (so the result never depends on detector order). A finding is kept only if it
 * overlaps no finding kept before it. The result is sorted by start offset. Exact duplicates (same
 * type and span) from different detectors collapse into the best one.
 *
 * <p>Thread-safe and stateless; {@code O(n log n)}.
 */
public final class OverlapResolver {

  private static final Comparator<Finding> PRIORITY =
      Comparator.comparingDouble(Finding::score).reversed()
          .thenComparing(Comparator.comparingInt((Finding f) -> f.span().length()).reversed())
          .thenComparing(Comparator.comparingInt((Finding f) -> f.type().specificity()).reversed())
          .thenComparingInt(Finding::start)
          .thenComparing(f -> f.type().name())
          .thenComparing(Finding::detector);

  private OverlapResolver() {}

  public static List<Finding> resolve(List<Finding> findings) {
    if (findings.size() <= 1) {
      return List.copyOf(findings);
    }
    List<Finding> byPriority = new ArrayList<>(findings);
    byPriority.sort(PRIORITY);
    // kept spans by start; non-overlapping, so a floor/ceiling lookup is enough.
    TreeMap<Integer, Finding> kept = new TreeMap<>();
    for (Finding f : byPriority) {
      if (f.span().isEmpty()) {
        continue;
      }
      var floor = kept.floorEntry(f.start());
      if (floor != null && floor.getValue().end() > f.start()) {
        continue;
      }
      var ceiling = kept.ceilingEntry(f.start());
      if (ceiling != null && ceiling.getKey() < f.end()) {
        continue;
      }
      kept.put(f.start(), f);
    }
    return List.copyOf(kept.values());
  }
}
