package dev.veil.detectors.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link Context#within} for one fixed list of words, with the words grouped by their first char:
 * a position is compared only with the words that can start there, and only where a word can begin
 * (no letter or digit glued before it), instead of with every word at every char. Same answer as
 * {@code Context.within(text, from, to, words)} (checked by {@code WordFinderProperties}).
 * Immutable; thread-safe. Not public API: a helper of the detectors.
 */
public final class WordFinder {
  private final String[] words;
  /** Words by their first char, for ASCII first chars. */
  private final String[][] byFirst = new String[128][];
  /** Words whose first char is not ASCII. */
  private final String[] others;
  private final long lo;
  private final long hi;
  private final int shortest;

  public WordFinder(String... words) {
    this.words = words.clone();
    List<List<String>> groups = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      groups.add(new ArrayList<>());
    }
    List<String> rest = new ArrayList<>();
    long l = 0;
    long h = 0;
    int min = Integer.MAX_VALUE;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      min = Math.min(min, w.length());
      char f = w.charAt(0);
      if (f < 128) {
        groups.get(f).add(w);
        l |= f < 64 ? 1L << f : 0;
        h |= f >= 64 ? 1L << (f - 64) : 0;
        if (f >= 'a' && f <= 'z') {
          h |= 1L << (f - 32 - 64);
        }
      } else {
        rest.add(w);
      }
    }
    for (int c = 0; c < 128; c++) {
      byFirst[c] = groups.get(c).toArray(new String[0]);
    }
    this.others = rest.toArray(new String[0]);
    this.lo = l;
    this.hi = h;
    this.shortest = min;
  }

  /** The words, as given. */
  public String[] words() {
    return words.clone();
  }

  /** {@code Context.within(text, from, to, words)}. */
  public boolean within(String text, int from, int to) {
    if (shortest == Integer.MAX_VALUE) {
      return false;
    }
    for (int i = from; i + shortest <= to; i++) {
      char c = text.charAt(i);
      if (c < 128 && ((c < 64 ? lo >>> c : hi >>> (c - 64)) & 1L) == 0) {
        continue;
      }
      // the left half of Context.isDelimited, which every hit needs
      if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(c)) {
        continue;
      }
      if (c < 128 && any(text, i, to, byFirst[c])) {
        return true;
      }
      char lower = Character.toLowerCase(c);
      if (lower != c && lower < 128 && any(text, i, to, byFirst[lower])) {
        return true;
      }
      if (others.length > 0 && c >= 128 && anyOther(text, i, to, c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean any(String text, int i, int to, String[] group) {
    for (String w : group) {
      int wl = w.length();
      if (i + wl <= to && text.regionMatches(true, i, w, 0, wl) && Context.isDelimited(text, i, i + wl)) {
        return true;
      }
    }
    return false;
  }

  private boolean anyOther(String text, int i, int to, char c) {
    for (String w : others) {
      int wl = w.length();
      char first = w.charAt(0);
      if (i + wl <= to && (c == first || Character.toLowerCase(c) == first)
          && text.regionMatches(true, i, w, 0, wl) && Context.isDelimited(text, i, i + wl)) {
        return true;
      }
    }
    return false;
  }
}
