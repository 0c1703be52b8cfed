package dev.veil.detectors.ner.train;

import dev.veil.EntityType;
import dev.veil.Finding;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Exact-span precision, recall and F1 per entity type. */
final class Scores {
  static final String[] TYPES = {"person", "location", "organization"};

  final Map<String, int[]> counts = new LinkedHashMap<>(); // tp, fp, fn

  Scores() {
    for (String t : TYPES) {
      counts.put(t, new int[3]);
    }
  }

  static String typeName(EntityType t) {
    return t.name().toLowerCase(Locale.ROOT);
  }

  void add(Labeled gold, List<Finding> predicted) {
    Set<String> g = new HashSet<>();
    for (Labeled.Gold s : gold.gold()) {
      g.add(s.type() + ":" + s.start() + ":" + s.end());
    }
    Set<String> p = new HashSet<>();
    for (Finding f : predicted) {
      p.add(typeName(f.type()) + ":" + f.start() + ":" + f.end());
    }
    for (String s : p) {
      int[] c = counts.get(s.substring(0, s.indexOf(':')));
      if (c != null) {
        c[g.contains(s) ? 0 : 1]++;
      }
    }
    for (String s : g) {
      if (!p.contains(s)) {
        counts.get(s.substring(0, s.indexOf(':')))[2]++;
      }
    }
  }

  double precision(String type) {
    int[] c = counts.get(type);
    return c[0] + c[1] == 0 ? 1.0 : c[0] / (double) (c[0] + c[1]);
  }

  double recall(String type) {
    int[] c = counts.get(type);
    return c[0] + c[2] == 0 ? 1.0 : c[0] / (double) (c[0] + c[2]);
  }

  double f1(String type) {
    double p = precision(type);
    double r = recall(type);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  String tableRows(String label) {
    StringBuilder sb = new StringBuilder();
    for (String t : TYPES) {
      int[] c = counts.get(t);
      sb.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %d | %d | %d |%n",
          label, t.toUpperCase(Locale.ROOT), precision(t), recall(t), f1(t), c[0], c[1], c[2]));
    }
    return sb.toString();
  }

  String oneLine() {
    StringBuilder sb = new StringBuilder();
    for (String t : TYPES) {
      sb.append(String.format(Locale.ROOT, "%s P=%.3f R=%.3f F1=%.3f; ", t, precision(t),
          recall(t), f1(t)));
    }
    return sb.toString();
  }
}
