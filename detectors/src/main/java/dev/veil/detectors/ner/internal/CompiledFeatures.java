package dev.veil.detectors.ner.internal;

import java.util.HashMap;
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

  private final LowerTable words;
  private final float[][][] wordRows; // [word id][slot of NameFeatures.WORD_TEMPLATES]
  private final int[] flags; // [word id], NameFeatures.flags() bits, 0 when none
  private final int[][] wordAffixes; // [affix][word id]: row index in affixRows, -1 when none
  private final int numWord; // id of the lower form of numbers, or -1
  private final LowerTable[] affixIds; // [affix]: affix value -> row index
  private final float[][][] affixRows; // [affix][row index]

  private final float[] bias;
  private final float[] bosFlag;
  private final float[][] bosWord; // [word slot]
  private final float[][] eosWord; // [word slot]
  private final float[][][] shapeOf; // [S0, SM1, SP1, SM2, SP2][shape]
  private final float[][][] prevAndShape; // [previous shape][shape]
  private final float[][][] shapeAndNext; // [shape][next shape]
  private final float[][][] gazetteer; // [G0, GM1, GP1][gazetteer]
  private final float[][][] commonByShape; // [shape][common]
  private final float[] commonBefore;
  private final float[] commonAfter;
  private final float[][] casing; // [casing]
  private final float[][][] casingShape; // [casing][shape]
  private final float[][][] casingCommon; // [casing][common]
  private final float[][][] casingGazetteer; // [casing][gazetteer]
  private final float[][][] cue; // [K0, KM1, KM2, KP1, KP2][cue class]

  /** @param tables the model's weight table of each template, keyed by feature value */
  CompiledFeatures(NameFeatures features, List<Map<String, float[]>> tables) {
    Map<String, Integer> ids = new HashMap<>();
    for (int slot = 0; slot < WORD_SLOTS; slot++) {
      for (String w : tables.get(NameFeatures.WORD_TEMPLATES[slot]).keySet()) {
        ids.putIfAbsent(w, ids.size());
      }
    }
    for (String w : features.flags().keySet()) {
      ids.putIfAbsent(w, ids.size());
    }
    int count = ids.size();
    words = new LowerTable(ids);
    wordRows = new float[count][][];
    flags = new int[count];
    affixIds = new LowerTable[AFFIXES.length];
    affixRows = new float[AFFIXES.length][][];
    for (int k = 0; k < AFFIXES.length; k++) {
      Map<String, Integer> rowIds = new HashMap<>();
      Map<String, float[]> table = tables.get(AFFIXES[k]);
      affixRows[k] = new float[table.size()][];
      for (Map.Entry<String, float[]> e : table.entrySet()) {
        affixRows[k][rowIds.size()] = e.getValue();
        rowIds.put(e.getKey(), rowIds.size());
      }
      affixIds[k] = new LowerTable(rowIds);
    }
    wordAffixes = new int[AFFIXES.length][count];
    float[][] none = new float[WORD_SLOTS][];
    for (Map.Entry<String, Integer> e : ids.entrySet()) {
      String w = e.getKey();
      int id = e.getValue();
      float[][] rows = none;
      for (int slot = 0; slot < WORD_SLOTS; slot++) {
        float[] row = tables.get(NameFeatures.WORD_TEMPLATES[slot]).get(w);
        if (row != null) {
          if (rows == none) {
            rows = new float[WORD_SLOTS][];
          }
          rows[slot] = row;
        }
      }
      wordRows[id] = rows;
      flags[id] = features.flags().getOrDefault(w, 0);
      int len = w.length();
      for (int k = 0; k < AFFIXES.length; k++) {
        wordAffixes[k][id] = len > 3 ? affix(k, w, len, false) : -1;
      }
    }
    Integer num = ids.get(NameFeatures.NUM_WORD);
    numWord = num == null ? -1 : num;

    bias = row(tables, NameFeatures.BIAS, NameFeatures.ONE);
    bosFlag = row(tables, NameFeatures.BOS, NameFeatures.ONE);
    bosWord = new float[WORD_SLOTS][];
    eosWord = new float[WORD_SLOTS][];
    for (int slot = 0; slot < WORD_SLOTS; slot++) {
      bosWord[slot] = row(tables, NameFeatures.WORD_TEMPLATES[slot], NameFeatures.BOS_WORD);
      eosWord[slot] = row(tables, NameFeatures.WORD_TEMPLATES[slot], NameFeatures.EOS_WORD);
    }
    int[] shapeTemplates = {NameFeatures.S0, NameFeatures.SM1, NameFeatures.SP1,
        NameFeatures.SM2, NameFeatures.SP2};
    shapeOf = new float[shapeTemplates.length][SHAPES][];
    for (int t = 0; t < shapeTemplates.length; t++) {
      for (int s = 0; s < SHAPES; s++) {
        shapeOf[t][s] = row(tables, shapeTemplates[t], NameFeatures.SHAPES[s]);
      }
    }
    prevAndShape = rows(tables, NameFeatures.SM1S0, NameFeatures.SHAPE_PAIRS);
    shapeAndNext = rows(tables, NameFeatures.S0SP1, NameFeatures.SHAPE_PAIRS);
    int[] gazTemplates = {NameFeatures.G0, NameFeatures.GM1, NameFeatures.GP1};
    gazetteer = new float[gazTemplates.length][][];
    for (int t = 0; t < gazTemplates.length; t++) {
      gazetteer[t] = rows(tables, gazTemplates[t], NameFeatures.GAZ);
    }
    commonByShape = rows(tables, NameFeatures.CW0, NameFeatures.SHAPE_COMMON);
    commonBefore = row(tables, NameFeatures.CWM1, NameFeatures.ONE);
    commonAfter = row(tables, NameFeatures.CWP1, NameFeatures.ONE);
    casing = rows(tables, NameFeatures.SC, NameFeatures.CASINGS);
    casingShape = rows(tables, NameFeatures.SC_S0, NameFeatures.CASING_SHAPE);
    casingCommon = rows(tables, NameFeatures.SC_CW0, NameFeatures.CASING_COMMON);
    casingGazetteer = rows(tables, NameFeatures.SC_G0, NameFeatures.CASING_GAZ);
    int[] cueTemplates = {NameFeatures.K0, NameFeatures.KM1, NameFeatures.KM2, NameFeatures.KP1,
        NameFeatures.KP2};
    cue = new float[cueTemplates.length][][];
    for (int t = 0; t < cueTemplates.length; t++) {
      cue[t] = rows(tables, cueTemplates[t], NameFeatures.CUES);
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
      if (s <= NameFeatures.MIXED && len > 3) {
        for (int k = 0; k < AFFIXES.length; k++) {
          w.affix[4 * i + k] = id >= 0 ? wordAffixes[k][id]
              : lower == null ? affix(k, tok, len, true) : affix(k, lower, len, false);
        }
      }
    }
    w.casing = upper == 0 && lowerCount > 0 ? 1
        : lowerCount == 0 && upper > 1 && caps > 1 ? 2
        : lowerContent == 0 && upper - caps > 1 ? 3 : 0; // "Prior Authorization Request Form"
  }

  /**
   * Adds the weights of the features of position {@code i} of the sentence in {@code w} (of
   * {@code n} tokens) to {@code acc}, in the order {@link NameFeatures.Sentence#features} emits
   * them; the previous-label features are the decoder's.
   */
  void score(Workspace w, int n, int i, double[] acc) {
    int[] shape = w.shape;
    int s0 = shape[i];
    int sm1 = i > 0 ? shape[i - 1] : NameFeatures.NONE;
    int sp1 = i + 1 < n ? shape[i + 1] : NameFeatures.NONE;
    add(acc, bias);
    add(acc, wordRow(w, n, 0, i));
    add(acc, wordRow(w, n, 1, i - 1));
    add(acc, wordRow(w, n, 2, i - 2));
    add(acc, wordRow(w, n, 3, i + 1));
    add(acc, wordRow(w, n, 4, i + 2));
    add(acc, shapeOf[0][s0]);
    add(acc, shapeOf[1][sm1]);
    add(acc, shapeOf[2][sp1]);
    add(acc, shapeOf[3][i > 1 ? shape[i - 2] : NameFeatures.NONE]);
    add(acc, shapeOf[4][i + 2 < n ? shape[i + 2] : NameFeatures.NONE]);
    add(acc, prevAndShape[sm1][s0]);
    add(acc, shapeAndNext[s0][sp1]);
    add(acc, wordRow(w, n, 5 + s0, i - 1));
    add(acc, wordRow(w, n, 5 + SHAPES + s0, i + 1));
    if (s0 <= NameFeatures.MIXED && w.length[i] > 3) {
      for (int k = 0; k < AFFIXES.length; k++) {
        int r = w.affix[4 * i + k];
        if (r >= 0) {
          add(acc, affixRows[k][r]);
        }
      }
    }
    int g0 = w.gazetteer[i];
    addGazetteer(acc, gazetteer[0], g0);
    if (i > 0) {
      addGazetteer(acc, gazetteer[1], w.gazetteer[i - 1]);
    }
    if (i + 1 < n) {
      addGazetteer(acc, gazetteer[2], w.gazetteer[i + 1]);
    }
    int c0 = w.common[i] ? 1 : 0;
    add(acc, commonByShape[s0][c0]);
    if (i > 0 && w.common[i - 1]) {
      add(acc, commonBefore);
    }
    if (i + 1 < n && w.common[i + 1]) {
      add(acc, commonAfter);
    }
    int sc = w.casing;
    add(acc, casing[sc]);
    add(acc, casingShape[sc][s0]);
    add(acc, casingCommon[sc][c0]);
    addGazetteer(acc, casingGazetteer[sc], g0);
    int[] cues = w.cue;
    if (cues[i] != 0) {
      add(acc, cue[0][cues[i]]);
    }
    if (i > 0 && cues[i - 1] != 0) {
      add(acc, cue[1][cues[i - 1]]);
    }
    if (i > 1 && cues[i - 2] != 0) {
      add(acc, cue[2][cues[i - 2]]);
    }
    if (i + 1 < n && cues[i + 1] != 0) {
      add(acc, cue[3][cues[i + 1]]);
    }
    if (i + 2 < n && cues[i + 2] != 0) {
      add(acc, cue[4][cues[i + 2]]);
    }
    if (i == 0) {
      add(acc, bosFlag);
    }
  }

  /** The row of word template {@code slot} for the word at {@code j}, or the edge markers. */
  private float[] wordRow(Workspace w, int n, int slot, int j) {
    if (j < 0) {
      return bosWord[slot];
    }
    if (j >= n) {
      return eosWord[slot];
    }
    int id = w.word[j];
    return id < 0 ? null : wordRows[id][slot];
  }

  private static void addGazetteer(double[] acc, float[][] rows, int bits) {
    for (int g = 0; g < 3; g++) {
      if ((bits & (1 << g)) != 0) {
        add(acc, rows[g]);
      }
    }
  }

  private static void add(double[] acc, float[] w) {
    if (w != null) {
      for (int k = 0; k < w.length; k++) {
        acc[k] += w[k];
      }
    }
  }

  private static float[] row(List<Map<String, float[]>> tables, int template, String value) {
    return tables.get(template).get(value);
  }

  private static float[][] rows(List<Map<String, float[]>> tables, int template,
      String[] values) {
    float[][] out = new float[values.length][];
    for (int a = 0; a < values.length; a++) {
      out[a] = row(tables, template, values[a]);
    }
    return out;
  }

  private static float[][][] rows(List<Map<String, float[]>> tables, int template,
      String[][] values) {
    float[][][] out = new float[values.length][][];
    for (int a = 0; a < values.length; a++) {
      out[a] = rows(tables, template, values[a]);
    }
    return out;
  }

  /**
   * The row index of affix {@code k} of a lower form of length {@code len} (&gt; 3), read from
   * {@code s} as it is or with ASCII capitals folded; -1 when the model has no weights for it.
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
    return fold ? affixIds[k].getFolded(s, from, to) : affixIds[k].get(s, from, to);
  }
}
