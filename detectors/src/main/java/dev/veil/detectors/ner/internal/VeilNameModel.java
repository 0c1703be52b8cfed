package dev.veil.detectors.ner.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import opennlp.tools.util.Span;

/**
 * Veil's own name-tagging model: weights trained by OpenNLP's trainers (perceptron or maximum
 * entropy) over the features of {@link NameFeatures}, decoded with a first-order Viterbi search
 * over BIO labels. The weights sit in one table per feature template keyed by the feature's value,
 * so decoding looks features up without building strings. Immutable and thread-safe.
 *
 * <p>File format ({@code VEILNER1}): the 8-byte magic, then a deflated stream of: info map,
 * labels, the four word lists (first names, surnames, place words, common words) and the
 * sparse weight tables.
 */
public final class VeilNameModel implements SentenceTagger {
  private static final byte[] MAGIC = "VEILNER1".getBytes(StandardCharsets.US_ASCII);
  private static final String START = "<s>";

  /** Log-probability margin below the best path at which a path is dropped (e^-9: 1 in 8000). */
  private static final double PRUNE = 9.0;

  private final Map<String, String> info;
  private final String[] labels;
  private final NameFeatures features;
  private final List<Map<String, float[]>> tables;
  private final Map<String, float[]>[] byTemplate;
  private final Map<String, float[][]> words;
  // decoding helpers derived from the labels
  private final String[] types; // entity type of each label, null for O
  private final boolean[] inside;
  private final int other;
  private final double[][][] transition; // [prev label or START][shape][label]
  private final double[][][] expTransition; // exp(transition - transitionMax)
  private final double[][] transitionMax;
  // added to the score of B-PERSON and I-PERSON before normalization: a decision threshold tuned
  // on the development set for recall, stored in the model file's info map
  private final double[] labelBias;

  /** Info key of the PERSON bias (a decimal number; absent means 0). */
  public static final String PERSON_BIAS = "person-bias";

  private VeilNameModel(Map<String, String> info, String[] labels, NameFeatures features,
      List<Map<String, float[]>> tables) {
    this.info = Collections.unmodifiableMap(new LinkedHashMap<>(info));
    this.labels = labels.clone();
    for (int k = 0; k < labels.length; k++) {
      this.labels[k] = labels[k].intern();
    }
    this.features = features;
    this.tables = tables;
    @SuppressWarnings("unchecked")
    Map<String, float[]>[] array = new Map[tables.size()];
    for (int t = 0; t < array.length; t++) {
      // constant-valued features are looked up with the extractor's interned constants: intern
      // the keys so that equals() succeeds on identity
      Map<String, float[]> m = new HashMap<>();
      for (Map.Entry<String, float[]> e : tables.get(t).entrySet()) {
        m.put(NameFeatures.WORD_SLOT[t] < 0 ? e.getKey().intern() : e.getKey(), e.getValue());
      }
      array[t] = m;
    }
    this.byTemplate = array;
    // one lookup per token finds the weights of all word-valued templates for that word
    Map<String, float[][]> w = new HashMap<>();
    int slots = NameFeatures.WORD_TEMPLATES.length;
    for (int k = 0; k < slots; k++) {
      for (Map.Entry<String, float[]> e : tables.get(NameFeatures.WORD_TEMPLATES[k]).entrySet()) {
        w.computeIfAbsent(e.getKey(), x -> new float[slots + 4][])[k] = e.getValue();
      }
    }
    // affix weights depend on the word alone: resolve them once for every known word
    for (Map.Entry<String, float[][]> e : w.entrySet()) {
      String word = e.getKey();
      if (word.length() > 3) {
        float[][] rows = e.getValue();
        NameFeatures.affixes(word, (t, v) -> rows[affixSlot(t)] = array[t].get(v));
      }
    }
    this.words = w;
    int o = -1;
    types = new String[labels.length];
    inside = new boolean[labels.length];
    for (int k = 0; k < labels.length; k++) {
      String l = this.labels[k];
      if (l.equals("O")) {
        o = k;
      } else if (l.startsWith("B-") || l.startsWith("I-")) {
        types[k] = l.substring(2);
        inside[k] = l.startsWith("I-");
      } else {
        throw new IllegalArgumentException("not a BIO label");
      }
    }
    if (o < 0) {
      throw new IllegalArgumentException("no O label");
    }
    other = o;
    labelBias = new double[labels.length];
    double bias = parseBias(info.get(PERSON_BIAS));
    for (int k = 0; k < labels.length; k++) {
      labelBias[k] = "person".equalsIgnoreCase(types[k]) ? bias : 0;
    }
    // the previous-label features depend on (previous label, shape) only: sum them once
    transition = new double[labels.length + 1][NameFeatures.SHAPE_COUNT][labels.length];
    expTransition = new double[labels.length + 1][NameFeatures.SHAPE_COUNT][labels.length];
    transitionMax = new double[labels.length + 1][NameFeatures.SHAPE_COUNT];
    for (int p = 0; p <= labels.length; p++) {
      String prev = p == labels.length ? START : this.labels[p];
      float[] po = tables.get(NameFeatures.PO).get(prev);
      for (int s = 0; s < NameFeatures.SHAPE_COUNT; s++) {
        float[] ps = tables.get(NameFeatures.PO_S0).get(prevShapeValue(prev, s));
        double max = Double.NEGATIVE_INFINITY;
        for (int y = 0; y < labels.length; y++) {
          double t = (po == null ? 0 : po[y]) + (ps == null ? 0 : ps[y]);
          transition[p][s][y] = t;
          max = Math.max(max, t);
        }
        transitionMax[p][s] = max;
        for (int y = 0; y < labels.length; y++) {
          expTransition[p][s][y] = Math.exp(transition[p][s][y] - max);
        }
      }
    }
  }

  private static double parseBias(String value) {
    if (value == null) {
      return 0;
    }
    double b;
    try {
      b = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("person-bias is not a number");
    }
    if (!(Math.abs(b) <= 20)) {
      throw new IllegalArgumentException("person-bias outside [-20, 20]");
    }
    return b;
  }

  /**
   * The same weights with another PERSON bias: {@code bias} is added to the log-score of the
   * PERSON labels, so a positive bias trades precision for recall.
   */
  public VeilNameModel withPersonBias(double bias) {
    Map<String, String> m = new LinkedHashMap<>(info);
    m.put(PERSON_BIAS, Double.toString(bias));
    return new VeilNameModel(m, labels, features, tables);
  }

  /** The label of the position before the first, as the previous-label features see it. */
  public static String startLabel() {
    return START;
  }

  /** The value of the "previous label with current shape" feature. */
  public static String prevShapeValue(String prevLabel, int shape) {
    return prevLabel + "|" + NameFeatures.SHAPES[shape];
  }

  /**
   * Builds a model from OpenNLP predicate weights: {@code predicates} maps "template=value" to
   * weights per label.
   */
  public static VeilNameModel of(Map<String, String> info, String[] labels, NameFeatures features,
      Map<String, float[]> predicates) {
    Map<String, Integer> byName = new HashMap<>();
    for (int t = 0; t < NameFeatures.TEMPLATE_COUNT; t++) {
      byName.put(NameFeatures.TEMPLATES[t], t);
    }
    List<Map<String, float[]>> tables = new ArrayList<>();
    for (int t = 0; t < NameFeatures.TEMPLATE_COUNT; t++) {
      tables.add(new HashMap<>());
    }
    for (Map.Entry<String, float[]> e : predicates.entrySet()) {
      String p = e.getKey();
      int eq = p.indexOf('=');
      Integer t = eq < 0 ? null : byName.get(p.substring(0, eq + 1));
      if (t == null) {
        throw new IllegalArgumentException("predicate of an unknown template");
      }
      tables.get(t).put(p.substring(eq + 1), e.getValue());
    }
    return new VeilNameModel(info, labels, features, tables);
  }

  public Map<String, String> info() {
    return info;
  }

  public NameFeatures features() {
    return features;
  }

  /** True when the stream starts with this format's magic; marks and resets the stream. */
  public static boolean isVeilModel(BufferedInputStream in) throws IOException {
    in.mark(MAGIC.length);
    byte[] head = in.readNBytes(MAGIC.length);
    in.reset();
    return Arrays.equals(head, MAGIC);
  }

  public static VeilNameModel read(InputStream raw) throws IOException {
    byte[] head = raw.readNBytes(MAGIC.length);
    if (!Arrays.equals(head, MAGIC)) {
      throw new IOException("not a Veil name model");
    }
    DataInputStream in = new DataInputStream(new BufferedInputStream(new InflaterInputStream(raw), 1 << 16));
    Map<String, String> info = new LinkedHashMap<>();
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      info.put(in.readUTF(), in.readUTF());
    }
    String[] labels = new String[in.readInt()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = in.readUTF();
    }
    NameFeatures f = new NameFeatures(words(in), words(in), words(in), words(in));
    int templates = in.readInt();
    if (templates != NameFeatures.TEMPLATE_COUNT) {
      throw new IOException("model written for another feature set");
    }
    List<Map<String, float[]>> tables = new ArrayList<>(templates);
    for (int t = 0; t < templates; t++) {
      int size = in.readInt();
      if (size < 0) {
        throw new IOException("corrupt model");
      }
      Map<String, float[]> table = new HashMap<>(Math.max(16, size * 4 / 3 + 1));
      for (int i = 0; i < size; i++) {
        String value = in.readUTF();
        float[] w = new float[labels.length];
        int k = in.readUnsignedByte();
        for (int j = 0; j < k; j++) {
          int label = in.readUnsignedByte();
          if (label >= labels.length) {
            throw new IOException("corrupt model");
          }
          w[label] = in.readFloat();
        }
        table.put(value, w);
      }
      tables.add(table);
    }
    return new VeilNameModel(info, labels, f, tables);
  }

  private static Set<String> words(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("corrupt model");
    }
    Set<String> out = new HashSet<>(n * 2);
    for (int i = 0; i < n; i++) {
      out.add(in.readUTF());
    }
    return out;
  }

  public void write(OutputStream os) throws IOException {
    os.write(MAGIC);
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    DeflaterOutputStream z = new DeflaterOutputStream(os, deflater);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(z, 1 << 16));
    out.writeInt(info.size());
    for (Map.Entry<String, String> e : info.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
    out.writeInt(labels.length);
    for (String l : labels) {
      out.writeUTF(l);
    }
    for (Set<String> s : List.of(features.first(), features.last(), features.place(),
        features.common())) {
      out.writeInt(s.size());
      for (String w : new TreeSet<>(s)) {
        out.writeUTF(w);
      }
    }
    out.writeInt(tables.size());
    for (Map<String, float[]> table : tables) {
      out.writeInt(table.size());
      for (Map.Entry<String, float[]> e : new TreeMap<>(table).entrySet()) {
        out.writeUTF(e.getKey());
        float[] w = e.getValue();
        int k = 0;
        for (float x : w) {
          k += x != 0 ? 1 : 0;
        }
        out.writeByte(k);
        for (int j = 0; j < w.length; j++) {
          if (w[j] != 0) {
            out.writeByte(j);
            out.writeFloat(w[j]);
          }
        }
      }
    }
    out.flush();
    z.finish();
    deflater.end();
  }

  private static int affixSlot(int template) {
    for (int k = 0; k < NameFeatures.AFFIX_TEMPLATES.length; k++) {
      if (NameFeatures.AFFIX_TEMPLATES[k] == template) {
        return NameFeatures.WORD_TEMPLATES.length + k;
      }
    }
    throw new IllegalArgumentException("not an affix template");
  }

  /** Adds the weights of each feature to {@code acc}. */
  private final class Accumulator implements NameFeatures.Sink {
    final double[] acc = new double[labels.length];
    final float[][][] tokenRows;

    Accumulator(NameFeatures.Sentence s) {
      tokenRows = new float[s.size()][][];
      for (int i = 0; i < tokenRows.length; i++) {
        tokenRows[i] = words.get(s.lower(i));
      }
    }

    @Override
    public void add(int template, String value) {
      VeilNameModel.add(acc, byTemplate[template].get(value));
    }

    @Override
    public void addAffixes(int token, String lower) {
      float[][] rows = tokenRows[token];
      if (rows == null) {
        NameFeatures.affixes(lower, this);
      } else {
        int base = NameFeatures.WORD_TEMPLATES.length;
        for (int k = 0; k < 4; k++) {
          VeilNameModel.add(acc, rows[base + k]);
        }
      }
    }

    @Override
    public void addWord(int template, int token, String value) {
      float[][] rows = tokenRows[token];
      if (rows != null) {
        VeilNameModel.add(acc, rows[NameFeatures.WORD_SLOT[template]]);
      }
    }
  }

  @Override
  public Span[] find(String[] tokens) {
    int n = tokens.length;
    if (n == 0) {
      return new Span[0];
    }
    int nl = labels.length;
    NameFeatures.Sentence s = features.sentence(tokens, 0, n);
    Accumulator a = new Accumulator(s);
    double[][] best = new double[n][nl];
    int[][] back = new int[n][nl];
    double[][] local = new double[n][nl]; // log-probability of the chosen transition
    double[] expAcc = new double[nl];
    for (int i = 0; i < n; i++) {
      Arrays.fill(a.acc, 0);
      s.features(i, a);
      for (int y = 0; y < nl; y++) {
        a.acc[y] += labelBias[y];
      }
      int shape = s.shape(i);
      double accMax = Double.NEGATIVE_INFINITY;
      for (double x : a.acc) {
        accMax = Math.max(accMax, x);
      }
      for (int y = 0; y < nl; y++) {
        expAcc[y] = Math.exp(a.acc[y] - accMax); // once per token; the label part is a table
      }
      Arrays.fill(best[i], Double.NEGATIVE_INFINITY);
      int prevCount = i == 0 ? 1 : nl;
      double floor = Double.NEGATIVE_INFINITY;
      if (i > 0) {
        double top = Double.NEGATIVE_INFINITY;
        for (double x : best[i - 1]) {
          top = Math.max(top, x);
        }
        floor = top - PRUNE; // paths this much less likely cannot win back: prune them
      }
      for (int p = 0; p < prevCount; p++) {
        int prevIndex = i == 0 ? nl : p;
        double prevScore = i == 0 ? 0 : best[i - 1][p];
        if (prevScore == Double.NEGATIVE_INFINITY || prevScore < floor) {
          continue;
        }
        double[] trans = transition[prevIndex][shape];
        double[] expTrans = expTransition[prevIndex][shape];
        double z = 0;
        for (int y = 0; y < nl; y++) {
          z += expAcc[y] * expTrans[y];
        }
        double logZ = accMax + transitionMax[prevIndex][shape] + Math.log(z);
        for (int y = 0; y < nl; y++) {
          if (inside[y] && (i == 0 || types[p] == null || !types[p].equals(types[y]))) {
            continue; // I-x only after B-x or I-x
          }
          double lp = a.acc[y] + trans[y] - logZ;
          double v = prevScore + lp;
          if (v > best[i][y]) {
            best[i][y] = v;
            back[i][y] = p;
            local[i][y] = lp;
          }
        }
      }
    }
    int y = 0;
    for (int k = 1; k < nl; k++) {
      if (best[n - 1][k] > best[n - 1][y]) {
        y = k;
      }
    }
    int[] path = new int[n];
    double[] prob = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      path[i] = y;
      prob[i] = Math.exp(local[i][y]);
      y = back[i][y];
    }
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (path[i] == other) {
        i++;
        continue;
      }
      String type = types[path[i]];
      int start = i;
      double p = prob[i];
      i++;
      while (i < n && inside[path[i]] && type.equals(types[path[i]])) {
        p += prob[i];
        i++;
      }
      out.add(new Span(start, i, type, p / (i - start)));
    }
    return out.toArray(new Span[0]);
  }

  private static void add(double[] scores, float[] w) {
    if (w != null) {
      for (int k = 0; k < w.length; k++) {
        scores[k] += w[k];
      }
    }
  }
}
