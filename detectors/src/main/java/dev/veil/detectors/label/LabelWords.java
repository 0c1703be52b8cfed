package dev.veil.detectors.label;

import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.WordFinder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of lower-case label words indexed by first and last character, for the detectors
 * that test a word list at every position of a window: {@link NearestLabel#is(String, int,
 * boolean, LabelWords)} and {@link Nearby#near(String, int, int, LabelWords)} give the same answers
 * as their {@code String[]} forms, but each position tests only the words that can start (or end)
 * with its character instead of every word. Build once per word list and keep it; immutable and
 * thread-safe. Not public API: a helper of the detectors.
 */
public final class LabelWords {
  private static final String[] NONE = new String[0];
  /** Characters below this get an array slot; the rest (rare in label words) a map entry. */
  private static final int TABLE = 256;

  private final String[] words;
  /**
   * True if every word begins and ends with a letter or digit that only letters and digits can
   * stand for under the case-insensitive comparisons: then a word that {@link Context#within} finds
   * in a window is one that {@link Nearby#within} finds there too (same windows, same whole-word
   * test), and the table-row branch of {@link Nearby#near} need not look again.
   */
  private final boolean contextImpliedByNearby;
  private final String[][] firstLow;
  private final Map<Character, String[]> firstHigh;
  private final String[][] lastLow;
  private final Map<Character, String[]> lastHigh;
  /** The list's {@link Context#within}, by first character (shared with other detectors). */
  private final WordFinder finder;

  private LabelWords(String[] words) {
    this.words = words.clone();
    Map<Character, List<String>> first = new HashMap<>();
    Map<Character, List<String>> last = new HashMap<>();
    for (String w : this.words) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("empty label word");
      }
      first.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
      last.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
    }
    firstLow = new String[TABLE][];
    lastLow = new String[TABLE][];
    firstHigh = new HashMap<>();
    lastHigh = new HashMap<>();
    fill(first, firstLow, firstHigh);
    fill(last, lastLow, lastHigh);
    finder = new WordFinder(this.words);
    boolean implied = true;
    for (String w : this.words) {
      char f = w.charAt(0);
      char l = w.charAt(w.length() - 1);
      implied &= f == Character.toLowerCase(f) && CaseFolds.onlyLettersLowerTo(f) && CaseFolds.onlyLettersMatch(l);
    }
    contextImpliedByNearby = implied;
  }

  /** See {@link #contextImpliedByNearby}. */
  boolean contextImpliedByNearby() {
    return contextImpliedByNearby;
  }

  /** The index of {@code words} (lower case, none empty; the array is copied). */
  public static LabelWords of(String... words) {
    return new LabelWords(words);
  }

  private static void fill(Map<Character, List<String>> byChar, String[][] low, Map<Character, String[]> high) {
    java.util.Arrays.fill(low, NONE);
    for (Map.Entry<Character, List<String>> e : byChar.entrySet()) {
      String[] ws = e.getValue().toArray(new String[0]);
      if (e.getKey() < TABLE) {
        low[e.getKey()] = ws;
      } else {
        high.put(e.getKey(), ws);
      }
    }
  }

  /** The words, in the order given. */
  String[] words() {
    return words;
  }

  private String[] startingWith(char c) {
    return c < TABLE ? firstLow[c] : firstHigh.getOrDefault(c, NONE);
  }

  private String[] endingWith(char c) {
    return c < TABLE ? lastLow[c] : lastHigh.getOrDefault(c, NONE);
  }

  /** What {@code NearestLabel.endsAt} answers for the whole list. */
  boolean endsAt(String text, int p) {
    if (p == 0) {
      return false;
    }
    for (String w : endingWith(Character.toLowerCase(text.charAt(p - 1)))) {
      int s = p - w.length();
      if (s >= 0 && text.regionMatches(true, s, w, 0, w.length())
          && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)) || !Character.isLetterOrDigit(w.charAt(0)))) {
        return true;
      }
    }
    return false;
  }

  /** What {@link Nearby#within} answers for the whole list. */
  boolean nearbyWithin(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        continue;
      }
      for (String w : startingWith(Character.toLowerCase(c))) {
        int wl = w.length();
        if (i + wl <= to && text.regionMatches(true, i, w, 0, wl)
            && (i + wl == text.length() || !Character.isLetterOrDigit(text.charAt(i + wl))
                || !Character.isLetterOrDigit(w.charAt(wl - 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** What {@link Context#within} answers for the whole list. */
  boolean contextWithin(String text, int from, int to) {
    return finder.within(text, from, to);
  }

  /**
   * Which characters a non-letter, non-digit character can stand for: as the first character of a
   * word under {@code Character.toLowerCase(c) == first}, and as any character under {@link
   * String#regionMatches(boolean, int, String, int, int)}'s case-insensitive comparison (equal, equal
   * upper case, or equal lower case of the upper case). Computed once over all chars.
   */
  private static final class CaseFolds {
    private static final java.util.BitSet LOWER_OF_OTHER = new java.util.BitSet(65536);
    private static final java.util.BitSet UPPER_OF_OTHER = new java.util.BitSet(65536);
    private static final java.util.BitSet LOWER_UPPER_OF_OTHER = new java.util.BitSet(65536);

    static {
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        if (!Character.isLetterOrDigit((char) c)) {
          char u = Character.toUpperCase((char) c);
          LOWER_OF_OTHER.set(Character.toLowerCase((char) c));
          UPPER_OF_OTHER.set(u);
          LOWER_UPPER_OF_OTHER.set(Character.toLowerCase(u));
        }
      }
    }

    /** True if {@code x} is a letter or digit and no other character lower-cases to it. */
    static boolean onlyLettersLowerTo(char x) {
      return Character.isLetterOrDigit(x) && !LOWER_OF_OTHER.get(x);
    }

    /** True if {@code x} is a letter or digit and only letters and digits compare equal to it ignoring case. */
    static boolean onlyLettersMatch(char x) {
      char u = Character.toUpperCase(x);
      return Character.isLetterOrDigit(x) && !UPPER_OF_OTHER.get(u) && !LOWER_UPPER_OF_OTHER.get(Character.toLowerCase(u));
    }
  }
}
