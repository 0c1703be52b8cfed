package dev.veil.detectors.ner.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's weights compiled against {@link NameFeatures}' templates, so that decoding neither
 * builds nor hashes a feature string: every word the model or the extractor knows gets an id at
 * load time (one table look-up per token finds its word-valued weights, affix weights and flags);
 * the constant-valued features (shapes, casing, gazetteer and cue flags...) become array cells.
 *
 * <p>{@link #score} adds the same weight rows, in the same order, as {@link
 * NameFeatures.Sentence#features} feeds a sink that looks each (template, value) up in the
 * model's tables, so the sums are the same to the last bit (a property test compares both).
 * Immutable and thread-safe; the per-call state lives in a {@link Workspace}.
 */
final class CompiledFeatures {
  private static final int WORD_SLOTS = NameFeatures.WORD_TEMPLATES.length;
  private static final int[] AFFIXES = NameFeatures.AFFIX_TEMPLATES;
  private static final int SHAPES = NameFeatures.SHAPE_COUNT;

  // every weight row once, one after the other: a row id is the offset of its first weight in
  // weights (one weight per label, padded with zeros to a multiple of 8 labels: stride); -1 is a
  // feature without weights
  private final int labels;
  private final int stride;
  private final float[] weights;

  private final LowerTable words; // lower form -> word id; words with weights come first
  private final int weighted; // words with word-valued weights: ids [0, weighted)
  private final int[] wordRows; // [id * WORD_SLOTS + slot of NameFeatures.WORD_TEMPLATES]: row
  private final int[] flags; // [word id], NameFeatures.flags() bits, 0 when none
  private final String[] wordKeys; // [word id]: the word
  // [affix][word id]: row, or NOT_YET; filled on first use (racy but idempotent, like
  // String.hashCode: a thread that reads NOT_YET computes the same row again)
  private final int[][] wordAffixes;
  private static final int NOT_YET = -2;
  private final int numWord; // id of the lower form of numbers, or -1
  private final LowerTable[] affixRows; // [affix]: affix value -> row

  private final int bias;
  private final int bosFlag;
  private final int[] bosWord; // [word slot]
  private final int[] eosWord; // [word slot]
  private final int[][] shapeOf; // [S0, SM1, SP1, SM2, SP2][shape]
  private final int[][] prevAndShape; // [previous shape][shape]
  private final int[][] shapeAndNext; // [shape][next shape]
  private final int[][] gazetteer; // [G0, GM1, GP1][gazetteer]
  private final int[][] commonByShape; // [shape][common]
  private final int commonBefore;
  private final int commonAfter;
  private final int[] casing; // [casing]
  private final int[][] casingShape; // [casing][shape]
  private final int[][] casingCommon; // [casing][common]
  private final int[][] casingGazetteer; // [casing][gazetteer]
  private final int[][] cue; // [K0, KM1, KM2, KP1, KP2][cue class]
  private final NameLikeness likeness;
  // [word id]: NameLikeness bins, or LIKE_NOT_YET; filled on first use like wordAffixes
  private final int[] wordLike;
  private static final int LIKE_NOT_YET = Integer.MIN_VALUE;
  private final int[] likeOf; // [bin]
  private final int[][] likeShape; // [bin][shape]
  private final int[][] casingLike; // [casing][bin]
  private final int[] likeBefore; // [bin]
  private final int[] likeAfter; // [bin]
  private final int[] likePlace; // [bin]
  private final boolean hasClasses;
  private final int classBos;
  private final int classEos;
  private final int[] wordClass; // [word id]: WordClasses id, -1 for none
  private final int[][] classRows; // [CM1, CP1, CM2, CP2][class id incl. edges]
  private final int[][][] classShapeRows; // [CM1_S0, CP1_S0][class id incl. edges][shape]
  private final int[][] classPairRows; // [CM2CM1, CP1CP2][first id * classIds + second id]
  private final int classIds; // classes with edges

  /**
   * @param tables the model's weight table of each template, keyed by feature value, each row
   *     one weight per label
   */
  CompiledFeatures(NameFeatures features, List<Map<String, float[]>> tables, int labels) {
    this.labels = labels;
    this.stride = (labels + 7) / 8 * 8;
    Rows rows = new Rows(labels, stride);
    // the words with word-valued weights get the ids [0, weighted), one pass over each table
    LowerTable.Builder ids = new LowerTable.Builder();
    int[] slots = new int[1024 * WORD_SLOTS];
    for (int slot = 0; slot < WORD_SLOTS; slot++) {
      for (Map.Entry<String, float[]> e : tables.get(NameFeatures.WORD_TEMPLATES[slot]).entrySet()) {
        int before = ids.size();
        int id = ids.add(e.getKey());
        if (ids.size() > before) { // a new word: no rows yet
          if ((id + 1) * WORD_SLOTS > slots.length) {
            slots = Arrays.copyOf(slots, slots.length * 2);
          }
          Arrays.fill(slots, id * WORD_SLOTS, (id + 1) * WORD_SLOTS, -1);
        }
        slots[id * WORD_SLOTS + slot] = rows.id(e.getValue());
      }
    }
    weighted = ids.size();
    wordRows = Arrays.copyOf(slots, weighted * WORD_SLOTS);
    Map<String, Integer> wordFlags = features.flags();
    WordClasses classes = features.wordClasses();
    String[] classWords = classes.words();
    int[] f = new int[weighted + wordFlags.size() + classWords.length];
    for (Map.Entry<String, Integer> e : wordFlags.entrySet()) {
      f[ids.add(e.getKey())] = e.getValue();
    }
    // the words with a class get ids too (most have one already), so that the token's one
    // look-up finds its class
    int[] cls = new int[f.length];
    Arrays.fill(cls, -1);
    for (int k = 0; k < classWords.length; k++) {
      cls[ids.add(classWords[k])] = classes.classAt(k);
    }
    int count = ids.size();
    flags = Arrays.copyOf(f, count);
    wordClass = Arrays.copyOf(cls, count);
    words = ids.build();
    wordKeys = ids.keys();
    affixRows = new LowerTable[AFFIXES.length];
    for (int k = 0; k < AFFIXES.length; k++) {
      Map<String, Integer> byValue = new HashMap<>();
      for (Map.Entry<String, float[]> e : tables.get(AFFIXES[k]).entrySet()) {
        byValue.put(e.getKey(), rows.id(e.getValue()));
      }
      affixRows[k] = new LowerTable(byValue);
    }
    wordAffixes = new int[AFFIXES.length][count];
    for (int[] a : wordAffixes) {
      Arrays.fill(a, NOT_YET);
    }
    int num = words.get(NameFeatures.NUM_WORD);
    numWord = num;

    bias = rows.id(tables, NameFeatures.BIAS, NameFeatures.ONE);
    bosFlag = rows.id(tables, NameFeatures.BOS, NameFeatures.ONE);
    bosWord = new int[WORD_SLOTS];
    eosWord = new int[WORD_SLOTS];
    for (int slot = 0; slot < WORD_SLOTS; slot++) {
      bosWord[slot] = rows.id(tables, NameFeatures.WORD_TEMPLATES[slot], NameFeatures.BOS_WORD);
      eosWord[slot] = rows.id(tables, NameFeatures.WORD_TEMPLATES[slot], NameFeatures.EOS_WORD);
    }
    int[] shapeTemplates = {NameFeatures.S0, NameFeatures.SM1, NameFeatures.SP1,
        NameFeatures.SM2, NameFeatures.SP2};
    shapeOf = new int[shapeTemplates.length][];
    for (int t = 0; t < shapeTemplates.length; t++) {
      shapeOf[t] = rows.ids(tables, shapeTemplates[t], NameFeatures.SHAPES);
    }
    prevAndShape = rows.ids(tables, NameFeatures.SM1S0, NameFeatures.SHAPE_PAIRS);
    shapeAndNext = rows.ids(tables, NameFeatures.S0SP1, NameFeatures.SHAPE_PAIRS);
    int[] gazTemplates = {NameFeatures.G0, NameFeatures.GM1, NameFeatures.GP1};
    gazetteer = new int[gazTemplates.length][];
    for (int t = 0; t < gazTemplates.length; t++) {
      gazetteer[t] = rows.ids(tables, gazTemplates[t], NameFeatures.GAZ);
    }
    commonByShape = rows.ids(tables, NameFeatures.CW0, NameFeatures.SHAPE_COMMON);
    commonBefore = rows.id(tables, NameFeatures.CWM1, NameFeatures.ONE);
    commonAfter = rows.id(tables, NameFeatures.CWP1, NameFeatures.ONE);
    casing = rows.ids(tables, NameFeatures.SC, NameFeatures.CASINGS);
    casingShape = rows.ids(tables, NameFeatures.SC_S0, NameFeatures.CASING_SHAPE);
    casingCommon = rows.ids(tables, NameFeatures.SC_CW0, NameFeatures.CASING_COMMON);
    casingGazetteer = rows.ids(tables, NameFeatures.SC_G0, NameFeatures.CASING_GAZ);
    int[] cueTemplates = {NameFeatures.K0, NameFeatures.KM1, NameFeatures.KM2, NameFeatures.KP1,
        NameFeatures.KP2};
    cue = new int[cueTemplates.length][];
    for (int t = 0; t < cueTemplates.length; t++) {
      cue[t] = rows.ids(tables, cueTemplates[t], NameFeatures.CUES);
    }
    likeness = features.likeness();
    wordLike = new int[count];
    Arrays.fill(wordLike, LIKE_NOT_YET);
    likeOf = rows.ids(tables, NameFeatures.NL0, NameFeatures.BINS);
    likeShape = rows.ids(tables, NameFeatures.NL_S0, NameFeatures.BIN_SHAPE);
    casingLike = rows.ids(tables, NameFeatures.NL_SC, NameFeatures.CASING_BIN);
    likeBefore = rows.ids(tables, NameFeatures.NLM1, NameFeatures.BINS);
    likeAfter = rows.ids(tables, NameFeatures.NLP1, NameFeatures.BINS);
    likePlace = rows.ids(tables, NameFeatures.NLPL0, NameFeatures.BINS);
    hasClasses = classes.present();
    classBos = classes.bos();
    classEos = classes.eos();
    String[] classValues = classes.values();
    int[] classTemplates = {NameFeatures.CM1, NameFeatures.CP1, NameFeatures.CM2,
        NameFeatures.CP2};
    classRows = new int[classTemplates.length][];
    for (int t = 0; t < classTemplates.length; t++) {
      classRows[t] = rows.ids(tables, classTemplates[t], classValues);
    }
    classShapeRows = new int[][][] {
        rows.ids(tables, NameFeatures.CM1_S0, classes.shapeValues()),
        rows.ids(tables, NameFeatures.CP1_S0, classes.shapeValues())};
    classIds = classValues.length;
    int[] pairTemplates = {NameFeatures.CM2CM1, NameFeatures.CP1CP2};
    classPairRows = new int[pairTemplates.length][];
    for (int t = 0; t < pairTemplates.length; t++) {
      Map<String, float[]> table = tables.get(pairTemplates[t]);
      int[] pairRows = new int[table.isEmpty() ? 0 : classIds * classIds];
      Arrays.fill(pairRows, -1);
      if (!table.isEmpty()) {
        Map<String, Integer> idOf = new HashMap<>();
        for (int c = 0; c < classIds; c++) {
          idOf.put(classValues[c], c);
        }
        for (Map.Entry<String, float[]> e : table.entrySet()) {
          String v = e.getKey();
          // "a|b": split at the bar whose both sides are class names
          for (int bar = v.indexOf('|'); bar >= 0; bar = v.indexOf('|', bar + 1)) {
            Integer a = idOf.get(v.substring(0, bar));
            Integer b = idOf.get(v.substring(bar + 1));
            if (a != null && b != null) {
              pairRows[a * classIds + b] = rows.id(e.getValue());
              break;
            }
          }
        }
      }
      classPairRows[t] = pairRows;
    }
    weights = Arrays.copyOf(rows.weight, rows.size);
  }

  /** Collects the distinct weight rows. */
  private static final class Rows {
    final Map<float[], Integer> ids = new IdentityHashMap<>();
    final int labels;
    final int stride;
    float[] weight = new float[4096];
    int size;

    Rows(int labels, int stride) {
      this.labels = labels;
      this.stride = stride;
    }

    /** The id of {@code row}, -1 for none. */
    int id(float[] row) {
      if (row == null) {
        return -1;
      }
      Integer known = ids.get(row);
      if (known != null) {
        return known;
      }
      if (row.length != labels) {
        throw new IllegalArgumentException("a weight row of another length");
      }
      if (size + stride > weight.length) {
        weight = Arrays.copyOf(weight, Math.max(weight.length * 2, size + stride));
      }
      System.arraycopy(row, 0, weight, size, labels);
      ids.put(row, size);
      size += stride;
      return size - stride;
    }

    int id(List<Map<String, float[]>> tables, int template, String value) {
      return id(tables.get(template).get(value));
    }

    int[] ids(List<Map<String, float[]>> tables, int template, String[] values) {
      int[] out = new int[values.length];
      for (int a = 0; a < values.length; a++) {
        out[a] = id(tables, template, values[a]);
      }
      return out;
    }

    int[][] ids(List<Map<String, float[]>> tables, int template, String[][] values) {
      int[][] out = new int[values.length][];
      for (int a = 0; a < values.length; a++) {
        out[a] = ids(tables, template, values[a]);
      }
      return out;
    }
  }

  /**
   * Computes the facts of tokens {@code [from, to)} into {@code w} (room for them must be there),
   * as {@link NameFeatures.Sentence} does: shape, word id, lower-form length, flags, affix rows and
   * the sentence's casing.
   */
  void prepare(Workspace w, String[] tokens, int from, int to) {
    int n = to - from;
    int upper = 0;
    int lowerCount = 0;
    int lowerContent = 0; // lower-case words other than short function words
    int caps = 0;
    for (int i = 0; i < n; i++) {
      String tok = tokens[from + i];
      int s = NameFeatures.shapeOf(tok);
      w.shape[i] = s;
      int id;
      int len;
      String lower = null; // made only for a token with capitals outside ASCII
      if (s == NameFeatures.NUM) {
        id = numWord;
        len = NameFeatures.NUM_WORD.length();
      } else if (LowerTable.isAscii(tok, 0, tok.length())) {
        len = tok.length();
        id = words.getFolded(tok, 0, len);
      } else {
        lower = NameFeatures.lowerOf(tok);
        len = lower.length();
        id = words.get(lower);
      }
      w.word[i] = id;
      w.length[i] = len;
      if (s == NameFeatures.CAP || s == NameFeatures.CAPS || s == NameFeatures.MIXED
          || s == NameFeatures.INITIAL) {
        upper++;
        if (s == NameFeatures.CAPS) {
          caps++;
        }
      } else if (s == NameFeatures.LOW) {
        lowerCount++;
        if (len > 3) {
          lowerContent++;
        }
      }
      int f = s <= NameFeatures.MIXED && id >= 0 ? flags[id] : 0;
      w.gazetteer[i] = f & 7;
      w.common[i] = (f & 8) != 0;
      w.cue[i] = f >>> 4;
      w.like[i] = s > NameFeatures.MIXED || w.common[i] ? NameLikeness.NONE
          : id >= 0 ? wordLike(id) : likeness.bins(lower == null ? tok : lower);
      if (s <= NameFeatures.MIXED && len > 3) {
        for (int k = 0; k < AFFIXES.length; k++) {
          w.affix[4 * i + k] = id >= 0 ? wordAffix(k, id)
              : lower == null ? affix(k, tok, len, true) : affix(k, lower, len, false);
        }
      }
    }
    w.casing = upper == 0 && lowerCount > 0 ? 1
        : lowerCount == 0 && upper > 1 && caps > 1 ? 2
        : lowerContent == 0 && upper - caps > 1 ? 3 : 0; // "Prior Authorization Request Form"
  }

  /**
   * Sets {@code acc[y]} to the sum of the label-{@code y} weights of the features of position
   * {@code i} of the sentence in {@code w} (of {@code n} tokens), added one by one from 0 in the
   * order {@link NameFeatures.Sentence#features} emits them (the previous-label features are the
   * decoder's). The sums run in registers, eight labels at a time.
   */
  void score(Workspace w, int n, int i, double[] acc) {
    int[] list = w.rows;
    int count = rows(w, n, i, list);
    float[] wt = weights;
    for (int b = 0; b < stride; b += 8) {
      double a0 = 0;
      double a1 = 0;
      double a2 = 0;
      double a3 = 0;
      double a4 = 0;
      double a5 = 0;
      double a6 = 0;
      double a7 = 0;
      for (int k = 0; k < count; k++) {
        int o = list[k] + b;
        a0 += wt[o];
        a1 += wt[o + 1];
        a2 += wt[o + 2];
        a3 += wt[o + 3];
        a4 += wt[o + 4];
        a5 += wt[o + 5];
        a6 += wt[o + 6];
        a7 += wt[o + 7];
      }
      int y = b;
      int end = Math.min(labels, b + 8);
      if (y < end) {
        acc[y++] = a0;
      }
      if (y < end) {
        acc[y++] = a1;
      }
      if (y < end) {
        acc[y++] = a2;
      }
      if (y < end) {
        acc[y++] = a3;
      }
      if (y < end) {
        acc[y++] = a4;
      }
      if (y < end) {
        acc[y++] = a5;
      }
      if (y < end) {
        acc[y++] = a6;
      }
      if (y < end) {
        acc[y] = a7;
      }
    }
  }

  /** The most rows {@link #rows} lists for one position. */
  static final int MAX_ROWS = 80;

  /**
   * Lists the weight rows of the features of position {@code i}, in the order {@link
   * NameFeatures.Sentence#features} emits them, features without weights left out; returns the
   * count.
   */
  private int rows(Workspace w, int n, int i, int[] out) {
    int c = 0;
    int[] shape = w.shape;
    int s0 = shape[i];
    int sm1 = i > 0 ? shape[i - 1] : NameFeatures.NONE;
    int sp1 = i + 1 < n ? shape[i + 1] : NameFeatures.NONE;
    c = put(out, c, bias);
    c = put(out, c, wordRow(w, n, 0, i));
    c = put(out, c, wordRow(w, n, 1, i - 1));
    c = put(out, c, wordRow(w, n, 2, i - 2));
    c = put(out, c, wordRow(w, n, 3, i + 1));
    c = put(out, c, wordRow(w, n, 4, i + 2));
    c = put(out, c, shapeOf[0][s0]);
    c = put(out, c, shapeOf[1][sm1]);
    c = put(out, c, shapeOf[2][sp1]);
    c = put(out, c, shapeOf[3][i > 1 ? shape[i - 2] : NameFeatures.NONE]);
    c = put(out, c, shapeOf[4][i + 2 < n ? shape[i + 2] : NameFeatures.NONE]);
    c = put(out, c, prevAndShape[sm1][s0]);
    c = put(out, c, shapeAndNext[s0][sp1]);
    c = put(out, c, wordRow(w, n, 5 + s0, i - 1));
    c = put(out, c, wordRow(w, n, 5 + SHAPES + s0, i + 1));
    if (s0 <= NameFeatures.MIXED && w.length[i] > 3) {
      for (int k = 0; k < AFFIXES.length; k++) {
        c = put(out, c, w.affix[4 * i + k]);
      }
    }
    int g0 = w.gazetteer[i];
    c = putGazetteer(out, c, gazetteer[0], g0);
    if (i > 0) {
      c = putGazetteer(out, c, gazetteer[1], w.gazetteer[i - 1]);
    }
    if (i + 1 < n) {
      c = putGazetteer(out, c, gazetteer[2], w.gazetteer[i + 1]);
    }
    int c0 = w.common[i] ? 1 : 0;
    c = put(out, c, commonByShape[s0][c0]);
    if (i > 0 && w.common[i - 1]) {
      c = put(out, c, commonBefore);
    }
    if (i + 1 < n && w.common[i + 1]) {
      c = put(out, c, commonAfter);
    }
    int sc = w.casing;
    c = put(out, c, casing[sc]);
    c = put(out, c, casingShape[sc][s0]);
    c = put(out, c, casingCommon[sc][c0]);
    c = putGazetteer(out, c, casingGazetteer[sc], g0);
    int[] cues = w.cue;
    if (cues[i] != 0) {
      c = put(out, c, cue[0][cues[i]]);
    }
    if (i > 0 && cues[i - 1] != 0) {
      c = put(out, c, cue[1][cues[i - 1]]);
    }
    if (i > 1 && cues[i - 2] != 0) {
      c = put(out, c, cue[2][cues[i - 2]]);
    }
    if (i + 1 < n && cues[i + 1] != 0) {
      c = put(out, c, cue[3][cues[i + 1]]);
    }
    if (i + 2 < n && cues[i + 2] != 0) {
      c = put(out, c, cue[4][cues[i + 2]]);
    }
    if (i == 0) {
      c = put(out, c, bosFlag);
    }
    int[] like = w.like;
    int lk = like[i];
    if (lk != NameLikeness.NONE) {
      int nb = lk & 0xFF;
      c = put(out, c, likeOf[nb]);
      c = put(out, c, likeShape[nb][s0]);
      c = put(out, c, casingLike[sc][nb]);
      c = put(out, c, likePlace[lk >>> 8]);
    }
    if (i > 0 && like[i - 1] != NameLikeness.NONE) {
      c = put(out, c, likeBefore[like[i - 1] & 0xFF]);
    }
    if (i + 1 < n && like[i + 1] != NameLikeness.NONE) {
      c = put(out, c, likeAfter[like[i + 1] & 0xFF]);
    }
    if (hasClasses) {
      c = putClasses(w, n, i, s0, out, c);
    }
    return c;
  }

  /** The class of the word at {@code j}, the edge classes outside the sentence, or -1. */
  private int classAt(Workspace w, int n, int j) {
    if (j < 0) {
      return classBos;
    }
    if (j >= n) {
      return classEos;
    }
    int id = w.word[j];
    return id < 0 ? -1 : wordClass[id];
  }

  /** The class features, in NameFeatures.Sentence's order. */
  private int putClasses(Workspace w, int n, int i, int s0, int[] out, int c) {
    int cm1 = classAt(w, n, i - 1);
    if (cm1 >= 0) {
      c = put(out, c, classRows[0][cm1]);
      c = put(out, c, classShapeRows[0][cm1][s0]);
    }
    int cp1 = classAt(w, n, i + 1);
    if (cp1 >= 0) {
      c = put(out, c, classRows[1][cp1]);
      c = put(out, c, classShapeRows[1][cp1][s0]);
    }
    int cm2 = classAt(w, n, i - 2);
    if (cm2 >= 0) {
      c = put(out, c, classRows[2][cm2]);
    }
    int cp2 = classAt(w, n, i + 2);
    if (cp2 >= 0) {
      c = put(out, c, classRows[3][cp2]);
    }
    if (cm2 >= 0 && cm1 >= 0 && classPairRows[0].length > 0) {
      c = put(out, c, classPairRows[0][cm2 * classIds + cm1]);
    }
    if (cp1 >= 0 && cp2 >= 0 && classPairRows[1].length > 0) {
      c = put(out, c, classPairRows[1][cp1 * classIds + cp2]);
    }
    return c;
  }

  /** The name-likeness bins of the word {@code id}. */
  private int wordLike(int id) {
    int bins = wordLike[id];
    if (bins == LIKE_NOT_YET) {
      bins = likeness.bins(wordKeys[id]);
      wordLike[id] = bins;
    }
    return bins;
  }

  /** The row of word template {@code slot} for the word at {@code j}, or of the edge markers. */
  private int wordRow(Workspace w, int n, int slot, int j) {
    if (j < 0) {
      return bosWord[slot];
    }
    if (j >= n) {
      return eosWord[slot];
    }
    int id = w.word[j];
    return id < 0 || id >= weighted ? -1 : wordRows[id * WORD_SLOTS + slot];
  }

  private static int putGazetteer(int[] out, int c, int[] rows, int bits) {
    for (int g = 0; g < 3; g++) {
      if ((bits & (1 << g)) != 0) {
        c = put(out, c, rows[g]);
      }
    }
    return c;
  }

  private static int put(int[] out, int c, int row) {
    if (row >= 0) {
      out[c++] = row;
    }
    return c;
  }

  /** The row of affix {@code k} of the word {@code id} (longer than 3 characters). */
  private int wordAffix(int k, int id) {
    int row = wordAffixes[k][id];
    if (row == NOT_YET) {
      String word = wordKeys[id];
      row = affix(k, word, word.length(), false);
      wordAffixes[k][id] = row;
    }
    return row;
  }

  /**
   * The row of affix {@code k} of a lower form of length {@code len} (&gt; 3), read from {@code s}
   * as it is or with ASCII capitals folded; -1 when the model has no weights for it.
   */
  private int affix(int k, String s, int len, boolean fold) {
    int from;
    int to;
    switch (AFFIXES[k]) {
      case NameFeatures.PRE3:
        from = 0;
        to = 3;
        break;
      case NameFeatures.SUF2:
        from = len - 2;
        to = len;
        break;
      case NameFeatures.SUF3:
        from = len - 3;
        to = len;
        break;
      default:
        if (len <= 4) {
          return -1;
        }
        from = len - 4;
        to = len;
        break;
    }
    return fold ? affixRows[k].getFolded(s, from, to) : affixRows[k].get(s, from, to);
  }
}
