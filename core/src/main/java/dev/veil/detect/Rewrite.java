package dev.veil.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Collects replacements of ranges of a text and applies them in one pass, producing the rewritten
 * text and, for each of its characters, the range of the input it came from. Every output character
 * comes from a non-empty input range and ranges never go backwards, so any span of the output maps
 * to an ordered, in-bounds span of the input. Not thread-safe; one instance per normalization.
 */
final class Rewrite {
  /** Output chars {@code out}; char k came from input {@code [from[k], to[k])}. */
  record Edit(int start, int end, String out, int[] from, int[] to) {}

  private final String input;
  private final List<Edit> edits = new ArrayList<>();

  Rewrite(String input) {
    this.input = input;
  }

  boolean isEmpty() {
    return edits.isEmpty();
  }

  /** Replaces {@code [start, end)} by {@code out}, every output char mapping to the whole range. */
  void replace(int start, int end, String out) {
    int[] from = new int[out.length()];
    int[] to = new int[out.length()];
    Arrays.fill(from, start);
    Arrays.fill(to, end);
    edits.add(new Edit(start, end, out, from, to));
  }

  void add(Edit e) {
    edits.add(e);
  }

  /** Result text and map; edits overlapping an earlier-starting edit are ignored. */
  Mapped apply() {
    edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(e -> -e.end()));
    int n = input.length();
    StringBuilder out = new StringBuilder(n);
    OffsetMap.Builder map = new OffsetMap.Builder(2 * edits.size() + 2);
    int pos = 0;
    for (Edit e : edits) {
      if (e.start() < pos) {
        continue;
      }
      out.append(input, pos, e.start());
      map.copy(pos, e.start() - pos);
      out.append(e.out());
      for (int k = 0; k < e.out().length(); k++) {
        map.add(e.from()[k], e.to()[k]);
      }
      pos = e.end();
    }
    out.append(input, pos, n);
    map.copy(pos, n - pos);
    return new Mapped(out.toString(), map.build());
  }

  /**
   * A text with, for each char i, its source range in the text it was derived from; a null map
   * means identity.
   */
  record Mapped(String text, OffsetMap map) {
    static Mapped identity(String text) {
      return new Mapped(text, null);
    }

    boolean isIdentity() {
      return map == null;
    }

    /** This map applied after {@code inner} (which produced this map's input). */
    Mapped over(Mapped inner) {
      if (inner.isIdentity()) {
        return this;
      }
      if (isIdentity()) {
        return new Mapped(text, inner.map);
      }
      return new Mapped(text, map.over(inner.map));
    }
  }
}
