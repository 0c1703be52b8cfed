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
    int[] st = new int[n + 16];
    int[] en = new int[n + 16];
    int pos = 0;
    for (Edit e : edits) {
      if (e.start() < pos) {
        continue;
      }
      for (; pos < e.start(); pos++) {
        st = grow(st, out.length());
        en = grow(en, out.length());
        st[out.length()] = pos;
        en[out.length()] = pos + 1;
        out.append(input.charAt(pos));
      }
      for (int k = 0; k < e.out().length(); k++) {
        st = grow(st, out.length());
        en = grow(en, out.length());
        st[out.length()] = e.from()[k];
        en[out.length()] = e.to()[k];
        out.append(e.out().charAt(k));
      }
      pos = e.end();
    }
    for (; pos < n; pos++) {
      st = grow(st, out.length());
      en = grow(en, out.length());
      st[out.length()] = pos;
      en[out.length()] = pos + 1;
      out.append(input.charAt(pos));
    }
    return new Mapped(out.toString(), st, en);
  }

  private static int[] grow(int[] a, int index) {
    return index < a.length ? a : Arrays.copyOf(a, Math.max(a.length * 2, index + 16));
  }

  /**
   * A text with, for each char i, its source range {@code [start[i], end[i])} in the text it was
   * derived from; null arrays mean identity.
   */
  record Mapped(String text, int[] start, int[] end) {
    static Mapped identity(String text) {
      return new Mapped(text, null, null);
    }

    boolean isIdentity() {
      return start == null;
    }

    /** This map applied after {@code inner} (which produced this map's input). */
    Mapped over(Mapped inner) {
      if (inner.isIdentity()) {
        return this;
      }
      if (isIdentity()) {
        return new Mapped(text, inner.start, inner.end);
      }
      int n = text.length();
      int[] st = new int[n];
      int[] en = new int[n];
      for (int i = 0; i < n; i++) {
        st[i] = inner.start[start[i]];
        en[i] = inner.end[end[i] - 1];
      }
      return new Mapped(text, st, en);
    }
  }
}
