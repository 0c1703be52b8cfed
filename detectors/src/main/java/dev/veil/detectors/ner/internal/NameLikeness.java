package dev.veil.detectors.ner.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How much a word looks like a person's name by its letters alone: a character 3-gram model
 * (case-folded, accents removed, word-boundary marks at both ends) of three word classes learnt
 * from word lists at training time (person names, common words, place words). A word's score is
 * the mean log-likelihood ratio of its 3-grams, person name against common word, and person name
 * against place word; each is cut into a few bins, which the name tagger uses as features. It is
 * the evidence left for a name the gazetteers do not hold in a frame the model never saw.
 *
 * <p>The score depends on the folded letters only: any casing of a word (each character upper or
 * lower case) gets the same bins. Immutable and thread-safe. Cost: one hash look-up per
 * character of the word, no allocation.
 */
public final class NameLikeness {
  /** Word classes, in the order of the counts. */
  static final int NAME = 0;
  static final int COMMON = 1;
  static final int PLACE = 2;
  private static final int CLASSES = 3;

  /** Add-alpha smoothing of the 3-gram probabilities. */
  private static final double ALPHA = 0.5;

  /** No model: {@link #bins} answers {@link #NONE} for every word. */
  public static final NameLikeness EMPTY = new NameLikeness(new TreeMap<>(), new double[0],
      new double[0]);

  /** The most bin boundaries of a score: at most 16 bins. */
  public static final int MAX_CUTS = 15;

  /** The bins of a word when there is no model. */
  public static final int NONE = -1;

  private final TreeMap<Long, int[]> counts; // 3-gram key -> count per class (for writing)
  private final double[] nameCuts; // ascending bin boundaries of the name-vs-common score
  private final double[] placeCuts; // ascending bin boundaries of the name-vs-place score
  private final long[] keys; // open addressing; EMPTY_KEY marks a free slot
  private final float[] common; // [slot]: log P(3-gram | name) - log P(3-gram | common)
  private final float[] place; // [slot]: log P(3-gram | name) - log P(3-gram | place)
  private final int mask;
  private final float unseenCommon; // the same ratios for a 3-gram no list has
  private final float unseenPlace;
  private final long[] totals; // 3-grams per class
  private final int distinct;

  private static final long EMPTY_KEY = -1L;
  private static final char EDGE = 0; // the boundary mark; a folded character is never 0 (DROP)

  private NameLikeness(TreeMap<Long, int[]> counts, double[] nameCuts, double[] placeCuts) {
    this.counts = counts;
    this.nameCuts = nameCuts.clone();
    this.placeCuts = placeCuts.clone();
    for (double[] cuts : new double[][] {nameCuts, placeCuts}) {
      if (cuts.length > MAX_CUTS) {
        throw new IllegalArgumentException("more than " + MAX_CUTS + " bin cuts");
      }
      for (int k = 0; k < cuts.length; k++) {
        if (!Double.isFinite(cuts[k]) || (k > 0 && !(cuts[k] > cuts[k - 1]))) {
          throw new IllegalArgumentException("bin cuts must be finite and ascending");
        }
      }
    }
    totals = new long[CLASSES];
    for (int[] c : counts.values()) {
      for (int k = 0; k < CLASSES; k++) {
        totals[k] += c[k];
      }
    }
    distinct = counts.size();
    int cap = Integer.highestOneBit(Math.max(4, distinct * 2 - 1)) << 1;
    keys = new long[cap];
    Arrays.fill(keys, EMPTY_KEY);
    common = new float[cap];
    place = new float[cap];
    mask = cap - 1;
    for (Map.Entry<Long, int[]> e : counts.entrySet()) {
      long key = e.getKey();
      int slot = slot(key);
      while (keys[slot] != EMPTY_KEY) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      int[] c = e.getValue();
      common[slot] = (float) ratio(c[NAME], totals[NAME], c[COMMON], totals[COMMON], distinct);
      place[slot] = (float) ratio(c[NAME], totals[NAME], c[PLACE], totals[PLACE], distinct);
    }
    unseenCommon = (float) ratio(0, totals[NAME], 0, totals[COMMON], distinct);
    unseenPlace = (float) ratio(0, totals[NAME], 0, totals[PLACE], distinct);
  }

  /** log P(g | a) - log P(g | b) of a 3-gram seen {@code ca} / {@code cb} times, add-alpha. */
  private static double ratio(long ca, long na, long cb, long nb, int distinct) {
    double v = distinct + 1.0; // the vocabulary, plus one for the 3-grams no list has
    return StrictMath.log((ca + ALPHA) / (na + ALPHA * v))
        - StrictMath.log((cb + ALPHA) / (nb + ALPHA * v));
  }

  /**
   * Learns the 3-gram counts from word lists (any case; each distinct folded word counts once
   * per class it is listed in). {@code nameCuts} and {@code placeCuts} are the ascending bin
   * boundaries of the two mean ratios.
   */
  public static NameLikeness learn(Collection<String> names, Collection<String> commonWords,
      Collection<String> places, double[] nameCuts, double[] placeCuts) {
    TreeMap<Long, int[]> counts = new TreeMap<>();
    int k = 0;
    for (Collection<String> words : java.util.List.of(names, commonWords, places)) {
      for (String w : foldedSet(words)) {
        int cls = k;
        forEachGram(w, g -> counts.computeIfAbsent(g, x -> new int[CLASSES])[cls]++);
      }
      k++;
    }
    return new NameLikeness(counts, nameCuts, placeCuts);
  }

  private static Set<String> foldedSet(Collection<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      String f = fold(w);
      if (!f.isEmpty()) {
        out.add(f);
      }
    }
    return out;
  }

  /** The number of bins of the name-vs-common score. */
  public int nameBins() {
    return nameCuts.length + 1;
  }

  /** The number of bins of the name-vs-place score. */
  public int placeBins() {
    return placeCuts.length + 1;
  }

  /** True when this is a model (not {@link #EMPTY}). */
  public boolean present() {
    return distinct > 0;
  }

  /**
   * The bins of {@code word}: name-vs-common bin in bits 0-7, name-vs-place bin in bits 8-15;
   * {@link #NONE} when there is no model. Depends on the folded letters only.
   */
  public int bins(String word) {
    if (distinct == 0) {
      return NONE;
    }
    // the loop of scores(), without its result array: this runs for every unknown token
    double sc = 0;
    double sp = 0;
    int n = 0;
    char a = EDGE;
    char b = EDGE;
    int pushed = 1; // the start mark
    for (int k = 0, len = word.length(); k <= len; k++) {
      char c = k < len ? foldChar(word.charAt(k)) : EDGE;
      if (k < len && c == DROP) {
        continue;
      }
      if (pushed >= 2) {
        int slot = find(key(a, b, c));
        if (slot >= 0) {
          sc += common[slot];
          sp += place[slot];
        } else {
          sc += unseenCommon;
          sp += unseenPlace;
        }
        n++;
      }
      a = b;
      b = c;
      pushed++;
    }
    return n == 0 ? bin(0, nameCuts) | bin(0, placeCuts) << 8
        : bin(sc / n, nameCuts) | bin(sp / n, placeCuts) << 8;
  }

  /**
   * The mean ratios of {@code word}'s 3-grams, {name vs common, name vs place}; 0 for a word
   * with no letters to read.
   */
  public double[] scores(String word) {
    double sc = 0;
    double sp = 0;
    int n = 0;
    char a = EDGE;
    char b = EDGE;
    int pushed = 1; // the start mark
    for (int k = 0, len = word.length(); k <= len; k++) {
      char c = k < len ? foldChar(word.charAt(k)) : EDGE;
      if (k < len && c == DROP) {
        continue;
      }
      if (pushed >= 2) {
        int slot = find(key(a, b, c));
        if (slot >= 0) {
          sc += common[slot];
          sp += place[slot];
        } else {
          sc += unseenCommon;
          sp += unseenPlace;
        }
        n++;
      }
      a = b;
      b = c;
      pushed++;
    }
    return n == 0 ? new double[] {0, 0} : new double[] {sc / n, sp / n};
  }

  private int find(long g) {
    for (int slot = slot(g); ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == g) {
        return slot;
      }
      if (k == EMPTY_KEY) {
        return -1;
      }
    }
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  private static int bin(double score, double[] cuts) {
    int b = 0;
    while (b < cuts.length && score >= cuts[b]) {
      b++;
    }
    return b;
  }

  private static long key(char a, char b, char c) {
    return (long) a << 32 | (long) b << 16 | c;
  }

  /** Calls {@code out} with the key of each 3-gram of a folded word, marks at both ends. */
  private static void forEachGram(String folded, java.util.function.LongConsumer out) {
    char a = EDGE;
    char b = EDGE;
    int pushed = 1;
    for (int k = 0, len = folded.length(); k <= len; k++) {
      char c = k < len ? folded.charAt(k) : EDGE;
      if (pushed >= 2) {
        out.accept(key(a, b, c));
      }
      a = b;
      b = c;
      pushed++;
    }
  }

  /** {@code word} folded as the 3-grams read it: case folded, accents and marks dropped. */
  public static String fold(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (int k = 0; k < word.length(); k++) {
      char c = foldChar(word.charAt(k));
      if (c != DROP) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static final char DROP = 0;

  /** Latin letters with diacritics (U+00C0 to U+024F, U+1E00 to U+1EFF) without them. */
  private static final char[] LATIN = latin();

  private static char[] latin() {
    char[] t = new char[0x1F00];
    for (char c = 0xC0; c < 0x1F00; c++) {
      if (c >= 0x250 && c < 0x1E00) {
        continue;
      }
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char base = d.charAt(0);
      t[c] = base < 0x80 && Character.isLetter(base) ? base : c;
    }
    t['ø'] = 'o';
    t['ł'] = 'l';
    t['đ'] = 'd';
    t['ħ'] = 'h';
    t['ß'] = 's';
    return t;
  }

  /**
   * One character folded: ASCII capitals to lower case; other characters to lower case of their
   * upper case (so that every casing of a character folds alike), Latin diacritics removed;
   * combining marks and the boundary character dropped ({@link #DROP}).
   */
  static char foldChar(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    char f = Character.toLowerCase(Character.toUpperCase(c));
    f = Character.toLowerCase(Character.toUpperCase(f));
    if (f >= 0x300 && f < 0x370) {
      return DROP; // combining diacritical marks ("i̇" from "İ".toLowerCase())
    }
    if (f >= 0xC0 && f < 0x1F00) {
      char l = LATIN[f];
      return l == 0 ? f : Character.toLowerCase(l);
    }
    return f;
  }

  /** Writes the counts and cuts (read back by {@link #read}). */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(nameCuts.length);
    for (double d : nameCuts) {
      out.writeDouble(d);
    }
    out.writeInt(placeCuts.length);
    for (double d : placeCuts) {
      out.writeDouble(d);
    }
    out.writeInt(counts.size());
    for (Map.Entry<Long, int[]> e : counts.entrySet()) {
      long key = e.getKey();
      out.writeChar((int) (key >>> 32));
      out.writeChar((int) (key >>> 16));
      out.writeChar((int) key);
      for (int c : e.getValue()) {
        writeVarInt(out, c);
      }
    }
  }

  static NameLikeness read(DataInputStream in) throws IOException {
    double[] nameCuts = cuts(in);
    double[] placeCuts = cuts(in);
    int n = in.readInt();
    if (n < 0 || n > 1 << 24) {
      throw new IOException("corrupt model");
    }
    TreeMap<Long, int[]> counts = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      long key = key(in.readChar(), in.readChar(), in.readChar());
      int[] c = new int[CLASSES];
      for (int k = 0; k < CLASSES; k++) {
        c[k] = readVarInt(in);
      }
      counts.put(key, c);
    }
    try {
      return new NameLikeness(counts, nameCuts, placeCuts);
    } catch (IllegalArgumentException e) {
      throw new IOException("corrupt model");
    }
  }

  private static double[] cuts(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_CUTS) {
      throw new IOException("corrupt model");
    }
    double[] out = new double[n];
    for (int k = 0; k < n; k++) {
      out[k] = in.readDouble();
    }
    return out;
  }

  private static void writeVarInt(DataOutputStream out, int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int readVarInt(DataInputStream in) throws IOException {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (v < 0) {
          throw new IOException("corrupt model");
        }
        return v;
      }
    }
    throw new IOException("corrupt model");
  }

  /**
   * A view for training: a word listed in a class is scored as if it had not been (its own
   * 3-grams taken out of that class's counts), so that the tagger learns how the score of a
   * name it never saw looks, which is what it meets at run time. Slow (builds maps); training
   * only.
   */
  public Scorer leaveOneOut(Collection<String> names, Collection<String> commonWords,
      Collection<String> places) {
    if (!present()) {
      return word -> NONE;
    }
    Set<String> n = foldedSet(names);
    Set<String> c = foldedSet(commonWords);
    Set<String> p = foldedSet(places);
    return word -> {
      String f = fold(word);
      double[] sc = scoresLeavingOut(word, n.contains(f), c.contains(f), p.contains(f));
      return bin(sc[0], nameCuts) | bin(sc[1], placeCuts) << 8;
    };
  }

  /**
   * {@link #scores} of {@code word} with its own 3-grams taken out of the counts of the classes
   * it is listed in (once, as {@link #learn} counted it). Training only.
   */
  public double[] scoresLeavingOut(String word, boolean inNames, boolean inCommon,
      boolean inPlaces) {
    boolean[] listed = {inNames, inCommon, inPlaces};
    if (!(inNames || inCommon || inPlaces)) {
      return scores(word);
    }
    Map<Long, Integer> own = new TreeMap<>();
    forEachGram(fold(word), g -> own.merge(g, 1, Integer::sum));
    if (own.isEmpty()) {
      return scores(word);
    }
    int gramsOfWord = 0;
    for (int v : own.values()) {
      gramsOfWord += v;
    }
    long[] tot = totals.clone();
    for (int k = 0; k < CLASSES; k++) {
      if (listed[k]) {
        tot[k] -= gramsOfWord;
      }
    }
    double sc = 0;
    double sp = 0;
    for (Map.Entry<Long, Integer> e : own.entrySet()) {
      int[] cnt = counts.get(e.getKey());
      int[] c2 = cnt == null ? new int[CLASSES] : cnt.clone();
      for (int k = 0; k < CLASSES; k++) {
        if (listed[k]) {
          c2[k] = Math.max(0, c2[k] - e.getValue());
        }
      }
      // the vocabulary stays that of the full lists: a small bias, the same for every word
      sc += (float) ratio(c2[NAME], tot[NAME], c2[COMMON], tot[COMMON], distinct) * e.getValue();
      sp += (float) ratio(c2[NAME], tot[NAME], c2[PLACE], tot[PLACE], distinct) * e.getValue();
    }
    return new double[] {sc / gramsOfWord, sp / gramsOfWord};
  }

  /** Words as {@link #learn} counts them: folded, distinct. */
  public static Set<String> folded(Collection<String> words) {
    return foldedSet(words);
  }

  /** Bins of a word, as {@link #bins}. */
  @FunctionalInterface
  public interface Scorer {
    int bins(String word);
  }
}
