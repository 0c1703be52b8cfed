package dev.veil.detectors.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multi-pattern matcher (Aho–Corasick automaton) over {@linkplain #fold folded} UTF-16 chars: it
 * reports every occurrence of every pattern, overlapping ones included, in one pass over the text.
 *
 * <p>Folding is per char and keeps the length, so reported offsets index into the caller's text:
 * lower case, Latin-1 and Latin Extended-A letters without their accents, typographic apostrophes
 * to ASCII. Patterns are folded the same way when added.
 *
 * <p>Immutable and thread-safe once built; {@link #scan} allocates nothing. Cost: {@code O(n + m)}
 * for a text of {@code n} chars with {@code m} matches; each char costs one or a few hash probes.
 * Built with {@link #builder()}; a builder is not thread-safe.
 */
public final class AhoCorasick {

  /** Receives one match: {@code [start, end)} in the scanned text and the pattern's index. */
  @FunctionalInterface
  public interface MatchSink {
    void match(int start, int end, int pattern);
  }

  private static final int ROOT_DIRECT = 0x180;
  private static final int LOW = 0x250;
  /** Largest transition table built (entries); a bigger automaton keeps the hashed goto function. */
  static final int MAX_TABLE = 1 << 21;
  private static final char[] FOLD = buildFoldTable();

  private final int[] rootNext;
  private final long[] keys;
  private final int[] values;
  private final int mask;
  private final int[] fail;
  private final int[] outStart;
  private final int[] outPatterns;
  private final int[] lengths;
  private final boolean exact;
  /** Per state, two 64-bit masks of the ASCII chars it has a transition on: most misses skip the hash probe. */
  private final long[] asciiOut;
  /**
   * The automaton as a full transition table (failure links folded in), or null when it would be
   * too large (then {@link #scan} walks the goto function and failure links): {@code
   * delta[state * classes + class]} is {@code next * classes << 1}, plus 1 if {@code next} has
   * outputs. One array read per char instead of a hash probe per failure step.
   */
  private final int[] delta;
  /**
   * The same table with entries {@code next << 1 | hasOutputs} in chars, half the size but one
   * multiplication more per char on the critical path; measured slower (7.4 against 6.0 µs per 2 KB
   * with the health lexicon), so built only on request ({@link Builder#maxSmallStates}). States are
   * numbered breadth first in both, so the shallow states a scan spends most chars in share cache
   * lines.
   */
  private final char[] smallDelta;
  /** Outputs of the table's states (numbered breadth first), as {@link #outStart}/{@link #outPatterns}. */
  private final int[] tableOutStart;
  private final int[] tableOutPatterns;
  private final int classes;
  /** Char class of each raw char below {@link #LOW} (folding included unless exact); 0: in no pattern. */
  private final char[] lowClass;
  /** Folded chars at or above {@link #LOW} that occur in patterns, sorted, and their classes. */
  private final char[] highChars;
  private final char[] highClasses;
  /** Class of each char below {@link #LOW} itself (no folding), for chars that fold into that range. */
  private final char[] ownClass;

  private AhoCorasick(int[] rootNext, long[] keys, int[] values, int[] fail, int[] outStart,
      int[] outPatterns, int[] lengths, boolean exact, Table table) {
    this.exact = exact;
    this.delta = table == null ? null : table.delta;
    this.smallDelta = table == null ? null : table.smallDelta;
    this.tableOutStart = table == null ? null : table.outStart;
    this.tableOutPatterns = table == null ? null : table.outPatterns;
    this.classes = table == null ? 0 : table.classes;
    this.lowClass = table == null ? null : table.lowClass;
    this.highChars = table == null ? null : table.highChars;
    this.highClasses = table == null ? null : table.highClasses;
    this.ownClass = table == null ? null : table.ownClass;
    this.asciiOut = new long[table != null ? 0 : 2 * fail.length];
    for (int h = 0; h < keys.length; h++) {
      long k = keys[h];
      if (k != -1L) {
        int c = (int) (k & 0xFFFF);
        if (c < 128) {
          asciiOut[2 * (int) (k >>> 16) + (c >>> 6)] |= 1L << c;
        }
      }
    }
    this.rootNext = rootNext;
    this.keys = keys;
    this.values = values;
    this.mask = keys.length - 1;
    this.fail = fail;
    this.outStart = outStart;
    this.outPatterns = outPatterns;
    this.lengths = lengths;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Number of patterns. */
  public int size() {
    return lengths.length;
  }

  /** The folded form of {@code c}: the char the automaton compares. */
  public static char fold(char c) {
    if (c < FOLD.length) {
      return FOLD[c];
    }
    // typographic apostrophes fold to ASCII so lexicon entries need one spelling
    if (c == '\u2019' || c == '\u2018' || c == '\u02bc') {
      return '\'';
    }
    return Character.toLowerCase(c);
  }

  /** {@code s} folded char by char (same length). */
  public static String fold(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(s.charAt(i));
    }
    return new String(out);
  }

  /** Reports every occurrence of every pattern in {@code text}, in order of their end offset. */
  public void scan(CharSequence text, MatchSink sink) {
    if (smallDelta != null) {
      scanSmallTable(text, sink);
      return;
    }
    if (delta != null) {
      scanTable(text, sink);
      return;
    }
    int state = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = exact ? text.charAt(i) : fold(text.charAt(i));
      int next;
      while (true) {
        next = state == 0 ? root(c) : get(state, c);
        if (next >= 0 || state == 0) {
          break;
        }
        state = fail[state];
      }
      state = Math.max(next, 0);
      for (int k = outStart[state], e = outStart[state + 1]; k < e; k++) {
        int p = outPatterns[k];
        sink.match(i + 1 - lengths[p], i + 1, p);
      }
    }
  }

  private void scanTable(CharSequence text, MatchSink sink) {
    int[] delta = this.delta;
    char[] lowClass = this.lowClass;
    int row = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char raw = text.charAt(i);
      int v = delta[row + (raw < LOW ? lowClass[raw] : highClass(raw))];
      row = v >>> 1;
      if ((v & 1) != 0) {
        emit(row / classes, i, sink);
      }
    }
  }

  private void scanSmallTable(CharSequence text, MatchSink sink) {
    char[] delta = this.smallDelta;
    char[] lowClass = this.lowClass;
    int classes = this.classes;
    int state = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char raw = text.charAt(i);
      int v = delta[state * classes + (raw < LOW ? lowClass[raw] : highClass(raw))];
      state = v >>> 1;
      if ((v & 1) != 0) {
        emit(state, i, sink);
      }
    }
  }

  /** The outputs of table state {@code state} reached at char {@code i}. */
  private void emit(int state, int i, MatchSink sink) {
    for (int k = tableOutStart[state], e = tableOutStart[state + 1]; k < e; k++) {
      int p = tableOutPatterns[k];
      sink.match(i + 1 - lengths[p], i + 1, p);
    }
  }

  private int highClass(char raw) {
    char c = exact ? raw : fold(raw);
    if (c < LOW) {
      return ownClass[c]; // e.g. a typographic apostrophe, which folds to ASCII
    }
    int k = java.util.Arrays.binarySearch(highChars, c);
    return k < 0 ? 0 : highClasses[k];
  }

  /** The dense form of the automaton (see {@link #delta}). */
  private record Table(int[] delta, char[] smallDelta, int[] outStart, int[] outPatterns,
      int classes, char[] lowClass, char[] highChars, char[] highClasses, char[] ownClass) {

    /** Null if the table would exceed {@code maxTable} entries. */
    static Table of(List<Map<Character, Integer>> goTo, int[] fail, int[] order, int[] outStart,
        int[] outPatterns, boolean exact, int maxTable, int maxSmallStates) {
      java.util.TreeSet<Character> alphabet = new java.util.TreeSet<>();
      for (Map<Character, Integer> m : goTo) {
        alphabet.addAll(m.keySet());
      }
      int classes = alphabet.size() + 1;
      int n = goTo.size();
      if ((long) n * classes > maxTable) {
        return null;
      }
      Map<Character, Integer> classOf = new HashMap<>();
      int k = 1;
      for (char c : alphabet) {
        classOf.put(c, k++);
      }
      char[] lowClass = new char[LOW];
      char[] ownClass = new char[LOW];
      for (int c = 0; c < LOW; c++) {
        Integer cls = classOf.get(exact ? (char) c : fold((char) c));
        lowClass[c] = (char) (cls == null ? 0 : cls);
        Integer own = classOf.get((char) c);
        ownClass[c] = (char) (own == null ? 0 : own);
      }
      List<Character> high = alphabet.stream().filter(c -> c >= LOW).toList();
      char[] highChars = new char[high.size()];
      char[] highClasses = new char[high.size()];
      for (int i = 0; i < highChars.length; i++) {
        highChars[i] = high.get(i);
        highClasses[i] = (char) (int) classOf.get(high.get(i));
      }
      // next states, filled in breadth-first order: a missing edge of state s goes where its
      // failure state goes on the same char, and that row is complete already
      int[] next = new int[n * classes];
      for (int s : order) {
        Map<Character, Integer> edges = goTo.get(s);
        for (int cls = 1; cls < classes; cls++) {
          next[s * classes + cls] = s == 0 ? 0 : next[fail[s] * classes + cls];
        }
        for (Map.Entry<Character, Integer> e : edges.entrySet()) {
          next[s * classes + classOf.get(e.getKey())] = e.getValue();
        }
      }
      // renumber breadth first: rank[old state] = new state
      int[] rank = new int[n];
      for (int r = 0; r < n; r++) {
        rank[order[r]] = r;
      }
      int[] newOutStart = new int[n + 1];
      int[] newOutPatterns = new int[outPatterns.length];
      int total = 0;
      for (int r = 0; r < n; r++) {
        int s = order[r];
        newOutStart[r] = total;
        int len = outStart[s + 1] - outStart[s];
        System.arraycopy(outPatterns, outStart[s], newOutPatterns, total, len);
        total += len;
      }
      newOutStart[n] = total;
      boolean small = n < maxSmallStates;
      int[] delta = small ? null : new int[n * classes];
      char[] smallDelta = small ? new char[n * classes] : null;
      for (int r = 0; r < n; r++) {
        int s = order[r];
        for (int cls = 0; cls < classes; cls++) {
          int t = next[s * classes + cls];
          int out = outStart[t] != outStart[t + 1] ? 1 : 0;
          if (small) {
            smallDelta[r * classes + cls] = (char) (rank[t] << 1 | out);
          } else {
            delta[r * classes + cls] = (rank[t] * classes) << 1 | out;
          }
        }
      }
      return new Table(delta, smallDelta, newOutStart, newOutPatterns, classes, lowClass,
          highChars, highClasses, ownClass);
    }
  }

  private int root(char c) {
    return c < ROOT_DIRECT ? rootNext[c] : get(0, c);
  }

  private int get(int state, char c) {
    if (c < 128 && (asciiOut[2 * state + (c >>> 6)] & (1L << c)) == 0) {
      return -1;
    }
    long key = ((long) state << 16) | c;
    int h = mix(key) & mask;
    while (true) {
      long k = keys[h];
      if (k == key) {
        return values[h];
      }
      if (k == -1L) {
        return -1;
      }
      h = (h + 1) & mask;
    }
  }

  private static int mix(long key) {
    long x = key * 0x9E3779B97F4A7C15L;
    return (int) (x ^ (x >>> 29));
  }

  /** Collects patterns; {@link #build()} makes the automaton. Not thread-safe. */
  public static final class Builder {
    private final List<Map<Character, Integer>> goTo = new ArrayList<>();
    private final List<Integer> terminal = new ArrayList<>();
    private final List<Integer> patternLengths = new ArrayList<>();
    private final List<List<Integer>> ends = new ArrayList<>();
    private boolean exact;
    private int maxTable = MAX_TABLE;
    private int maxSmallStates = 0;

    private Builder() {
      newState();
    }

    /**
     * Compares chars exactly instead of {@linkplain #fold folded} (for scanning text that the
     * caller has already lower-cased, with patterns given in lower case). Call before {@link #add}.
     */
    public Builder exact() {
      if (!patternLengths.isEmpty()) {
        throw new IllegalStateException("exact() must be called before add()");
      }
      this.exact = true;
      return this;
    }

    /** The largest transition table to build (entries); 0 keeps the hashed goto function. For tests. */
    Builder maxTable(int entries) {
      this.maxTable = entries;
      return this;
    }

    /** Builds the char table when there are fewer states than this (at most 32,768); default 0. For tests. */
    Builder maxSmallStates(int states) {
      this.maxSmallStates = Math.min(states, 1 << 15);
      return this;
    }

    private int newState() {
      goTo.add(new HashMap<>(4));
      ends.add(new ArrayList<>(1));
      return goTo.size() - 1;
    }

    /**
     * Adds a pattern and returns its index (0, 1, 2, ... in the order added).
     *
     * @throws IllegalArgumentException if the pattern is empty (the message never quotes it)
     */
    public int add(CharSequence pattern) {
      if (pattern.length() == 0) {
        throw new IllegalArgumentException("empty pattern");
      }
      int state = 0;
      for (int i = 0; i < pattern.length(); i++) {
        char c = exact ? pattern.charAt(i) : fold(pattern.charAt(i));
        Integer next = goTo.get(state).get(c);
        if (next == null) {
          next = newState();
          goTo.get(state).put(c, next);
        }
        state = next;
      }
      int index = patternLengths.size();
      patternLengths.add(pattern.length());
      ends.get(state).add(index);
      terminal.add(state);
      return index;
    }

    public AhoCorasick build() {
      int n = goTo.size();
      int[] fail = new int[n];
      int[] order = new int[n];
      int count = 0;
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(0);
      while (!queue.isEmpty()) {
        int s = queue.poll();
        order[count++] = s;
        for (Map.Entry<Character, Integer> e : goTo.get(s).entrySet()) {
          int child = e.getValue();
          char c = e.getKey();
          if (s == 0) {
            fail[child] = 0;
          } else {
            int f = fail[s];
            while (f != 0 && !goTo.get(f).containsKey(c)) {
              f = fail[f];
            }
            Integer via = goTo.get(f).get(c);
            fail[child] = via == null ? 0 : via;
          }
          queue.add(child);
        }
      }
      // outputs of a state: its own patterns, then those of its failure state (already complete,
      // since BFS order puts shallower states first)
      List<int[]> outputs = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        outputs.add(null);
      }
      for (int k = 0; k < count; k++) {
        int s = order[k];
        List<Integer> own = ends.get(s);
        int[] inherited = s == 0 ? new int[0] : outputs.get(fail[s]);
        int[] all = new int[own.size() + inherited.length];
        for (int i = 0; i < own.size(); i++) {
          all[i] = own.get(i);
        }
        System.arraycopy(inherited, 0, all, own.size(), inherited.length);
        outputs.set(s, all);
      }
      int[] outStart = new int[n + 1];
      int total = 0;
      for (int s = 0; s < n; s++) {
        outStart[s] = total;
        total += outputs.get(s).length;
      }
      outStart[n] = total;
      int[] outPatterns = new int[total];
      for (int s = 0; s < n; s++) {
        System.arraycopy(outputs.get(s), 0, outPatterns, outStart[s], outputs.get(s).length);
      }
      int edges = 0;
      for (Map<Character, Integer> m : goTo) {
        edges += m.size();
      }
      int cap = Integer.highestOneBit(Math.max(4, edges * 2 + 1)) << 1;
      long[] keys = new long[cap];
      Arrays.fill(keys, -1L);
      int[] values = new int[cap];
      for (int s = 0; s < n; s++) {
        for (Map.Entry<Character, Integer> e : goTo.get(s).entrySet()) {
          long key = ((long) s << 16) | e.getKey();
          int h = mix(key) & (cap - 1);
          while (keys[h] != -1L) {
            h = (h + 1) & (cap - 1);
          }
          keys[h] = key;
          values[h] = e.getValue();
        }
      }
      int[] rootNext = new int[ROOT_DIRECT];
      Arrays.fill(rootNext, -1);
      for (Map.Entry<Character, Integer> e : goTo.get(0).entrySet()) {
        if (e.getKey() < ROOT_DIRECT) {
          rootNext[e.getKey()] = e.getValue();
        }
      }
      int[] lengths = patternLengths.stream().mapToInt(Integer::intValue).toArray();
      Table table = Table.of(goTo, fail, java.util.Arrays.copyOf(order, count), outStart,
          outPatterns, exact, maxTable, maxSmallStates);
      if (table != null) {
        // the scan reads only the table: drop the hashed goto function (about a fifth of its size)
        return new AhoCorasick(new int[0], new long[] {-1L}, new int[1], fail, outStart,
            outPatterns, lengths, exact, table);
      }
      return new AhoCorasick(rootNext, keys, values, fail, outStart, outPatterns, lengths, exact, null);
    }
  }

  private static char[] buildFoldTable() {
    char[] t = new char[0x250];
    for (int c = 0; c < t.length; c++) {
      t[c] = Character.toLowerCase((char) c);
    }
    String from = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    String to = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";
    for (int i = 0; i < from.length(); i++) {
      char lower = from.charAt(i);
      t[lower] = to.charAt(i);
      char upper = Character.toUpperCase(lower);
      if (upper < t.length) {
        t[upper] = to.charAt(i);
      }
    }
    t['İ'] = 'i';
    return t;
  }

  @Override
  public String toString() {
    return "AhoCorasick[patterns=" + lengths.length + ", states=" + fail.length + "]";
  }
}
