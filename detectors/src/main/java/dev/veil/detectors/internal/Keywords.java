package dev.veil.detectors.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A set of lower-case keywords whose occurrences a detector needs, as a prefilter or to place its
 * windows ("cvv", "://", "straße", "@"). Matching is on the text's lower-case form ({@link
 * Scan#lower()}), as a substring, case-sensitively against the lower-cased words.
 *
 * <p>Every set is registered in one process-wide index. The first query for a text runs a single
 * Aho–Corasick pass of every registered word over the lower-case text and keeps the raw hits in
 * that text's {@link Scan}; every later query on the same text (by any detector, on the same
 * thread) only filters those hits. So N keyword detectors cost one pass over the text, not N
 * passes of {@code indexOf} per word. Create sets once, as constants: each set is registered for
 * the life of the class loader.
 *
 * <p>Immutable and thread-safe; the index is rebuilt (under a lock) only when a set was registered
 * after it was built, which in practice happens during class initialization of the detectors.
 */
public final class Keywords {
  private static final Object LOCK = new Object();
  private static final List<Keywords> REGISTERED = new ArrayList<>(); // guarded by LOCK
  private static volatile Index index = null;

  private final int id;
  private final String[] words;

  private Keywords(int id, String[] words) {
    this.id = id;
    this.words = words;
  }

  /**
   * Registers a set of keywords (lower-cased with {@link Locale#ROOT}; duplicates and empty words
   * are dropped).
   *
   * @throws IllegalArgumentException if no non-empty word is given
   */
  public static Keywords of(String... words) {
    List<String> ws = new ArrayList<>();
    for (String w : words) {
      String l = w.toLowerCase(Locale.ROOT);
      if (!l.isEmpty() && !ws.contains(l)) {
        ws.add(l);
      }
    }
    if (ws.isEmpty()) {
      throw new IllegalArgumentException("no keywords");
    }
    synchronized (LOCK) {
      Keywords k = new Keywords(REGISTERED.size(), ws.toArray(new String[0]));
      REGISTERED.add(k);
      return k;
    }
  }

  /** The words of this set, lower case (a copy). */
  public String[] words() {
    return words.clone();
  }

  int id() {
    return id;
  }

  /** The index covering this set (built or rebuilt if this set is newer than the current one). */
  Index index() {
    Index i = index;
    if (i != null && id < i.sets) {
      return i;
    }
    synchronized (LOCK) {
      i = index;
      if (i == null || i.sets < REGISTERED.size()) {
        i = new Index(new ArrayList<>(REGISTERED));
        index = i;
      }
      return i;
    }
  }

  @Override
  public String toString() {
    return "Keywords[" + words.length + " words]";
  }

  /** One automaton over the distinct words of every registered set. Immutable. */
  static final class Index {
    final int sets;
    final AhoCorasick automaton;
    final int[] lengths;
    /** {@code member[set][word]}: whether the set holds the distinct word. */
    final boolean[][] member;
    /** {@code setsOfWord[word]}: the ids of the sets holding the distinct word, ascending. */
    final int[][] setsOfWord;

    Index(List<Keywords> all) {
      this.sets = all.size();
      Map<String, Integer> distinct = new LinkedHashMap<>();
      for (Keywords k : all) {
        for (String w : k.words) {
          distinct.putIfAbsent(w, distinct.size());
        }
      }
      AhoCorasick.Builder b = AhoCorasick.builder().exact();
      lengths = new int[distinct.size()];
      for (Map.Entry<String, Integer> e : distinct.entrySet()) {
        b.add(e.getKey());
        lengths[e.getValue()] = e.getKey().length();
      }
      automaton = b.build();
      member = new boolean[sets][distinct.size()];
      for (Keywords k : all) {
        for (String w : k.words) {
          member[k.id][distinct.get(w)] = true;
        }
      }
      setsOfWord = new int[distinct.size()][];
      for (int w = 0; w < setsOfWord.length; w++) {
        int c = 0;
        for (int k = 0; k < sets; k++) {
          c += member[k][w] ? 1 : 0;
        }
        setsOfWord[w] = new int[c];
        c = 0;
        for (int k = 0; k < sets; k++) {
          if (member[k][w]) {
            setsOfWord[w][c++] = k;
          }
        }
      }
    }

    /** Raw hits over {@code lower}: (end, word) pairs in order of end. */
    int[] scan(String lower) {
      int[][] buf = {new int[64]};
      int[] n = {0};
      automaton.scan(lower, (s, e, p) -> {
        int[] h = buf[0];
        if (n[0] + 2 > h.length) {
          h = Arrays.copyOf(h, h.length * 2);
          buf[0] = h;
        }
        h[n[0]++] = e;
        h[n[0]++] = p;
      });
      return Arrays.copyOf(buf[0], n[0]);
    }
  }
}
