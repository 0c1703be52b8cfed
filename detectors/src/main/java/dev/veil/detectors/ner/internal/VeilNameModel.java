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
 * labels, the four word lists (first names, surnames, place words, common words), the
 * sparse weight tables and, when the info map has {@link #NAME_LIKENESS}, the character 3-gram
 * counts of {@link NameLikeness}, then, when it has {@link #WORD_CLASSES}, the word-class table of
 * {@link WordClasses}. A file written before the name-likeness or the word-class templates (fewer
 * tables, no counts, no class table) still loads: those templates have no weights. The PERSON
 * biases live in the info map ({@link #PERSON_BIAS}, and one key per token class of {@link
 * #BIAS_CLASSES}); a file without the class keys gives every class its single bias, and a reader
 * that predates the classes reads a file with them as one with its single bias.
 */
public final class VeilNameModel implements SentenceTagger {
  private static final byte[] MAGIC = "VEILNER1".getBytes(StandardCharsets.US_ASCII);
  private static final String START = "<s>";

  private static final Span[] NO_SPANS = new Span[0];

  /** Log-probability margin below the best path at which a path is dropped (e^-9: 1 in 8000). */
  private static final double PRUNE = 9.0;

  private final Map<String, String> info;
  private final String[] labels;
  private final NameFeatures features;
  private final List<Map<String, float[]>> tables;
  private final CompiledFeatures compiled;
  private final ThreadLocal<Workspace> workspace;
  // decoding helpers derived from the labels
  private final String[] types; // entity type of each label, null for O
  private final boolean[] inside;
  private final boolean[][] canFollow; // [previous label][label]: I-x only after B-x or I-x
  private final boolean[] first; // [label]: may start a sentence (not I-x)
  private final int other;
  // [(prev label or START) * SHAPE_COUNT + shape] * labels + label
  private final double[] transition;
  private final double[] expTransition; // exp(transition - transitionMax)
  private final double[] transitionMax; // [(prev label or START) * SHAPE_COUNT + shape]
  // added to the score of B-PERSON and I-PERSON before normalization: a decision threshold tuned
  // on the development sets for recall, one per token class (BIAS_CLASSES), stored in the model
  // file's info map; [class * labels + label]
  private final double[] labelBias;
  private final double[] classBias; // [class]: the PERSON bias of each token class
  private final int placeSplit; // see biasClass

  /** Info key present when the file holds name-likeness counts after the weight tables. */
  public static final String NAME_LIKENESS = "name-likeness";

  /**
   * Info key present when the file holds a word-class table ({@link WordClasses}) after the
   * name-likeness counts.
   */
  public static final String WORD_CLASSES = "word-classes";

  /** Info key of the PERSON bias (a decimal number; absent means 0). */
  public static final String PERSON_BIAS = "person-bias";

  /**
   * The token classes that may carry a PERSON bias of their own, info key {@code
   * "person-bias." + name} (a class without its key takes {@link #PERSON_BIAS}): the decoder lifts
   * PERSON where a name is likely to hide (a word the common-word lexicon lacks, a listed name)
   * more than on common words and punctuation, which a single bias would lift alike. A reader
   * that predates the classes sees the same file with its single bias.
   */
  public static final String[] BIAS_CLASSES = {"rest", "unknown-lower", "unknown-lower-mixed",
      "unknown-cased", "name-list", "name-list-common", "unknown-cased-place"};
  static final int REST = 0;
  static final int UNKNOWN_LOWER = 1;
  static final int UNKNOWN_LOWER_MIXED = 2;
  static final int UNKNOWN_CASED = 3;
  static final int NAME_LIST = 4;
  static final int NAME_LIST_COMMON = 5;
  static final int UNKNOWN_CASED_PLACE = 6;

  private VeilNameModel(Map<String, String> info, String[] labels, NameFeatures features,
      List<Map<String, float[]>> tables, CompiledFeatures compiled) {
    this.info = Collections.unmodifiableMap(new LinkedHashMap<>(info));
    this.labels = labels.clone();
    this.features = features;
    this.tables = tables;
    this.compiled = compiled != null ? compiled : new CompiledFeatures(features, tables, labels.length);
    int labelCount = labels.length;
    this.workspace = ThreadLocal.withInitial(() -> new Workspace(labelCount, 64));
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
    first = new boolean[labels.length];
    for (int y = 0; y < labels.length; y++) {
      first[y] = !inside[y];
    }
    canFollow = new boolean[labels.length][labels.length];
    for (int p = 0; p < labels.length; p++) {
      for (int y = 0; y < labels.length; y++) {
        canFollow[p][y] = !inside[y] || (types[p] != null && types[p].equals(types[y]));
      }
    }
    placeSplit = placeSplit(features.likeness());
    double bias = parseBias(PERSON_BIAS, info.get(PERSON_BIAS));
    classBias = new double[BIAS_CLASSES.length];
    labelBias = new double[BIAS_CLASSES.length * labels.length];
    for (int c = 0; c < BIAS_CLASSES.length; c++) {
      String key = PERSON_BIAS + "." + BIAS_CLASSES[c];
      classBias[c] = info.containsKey(key) ? parseBias(key, info.get(key)) : bias;
      for (int k = 0; k < labels.length; k++) {
        labelBias[c * labels.length + k] = "person".equalsIgnoreCase(types[k]) ? classBias[c] : 0;
      }
    }
    // the previous-label features depend on (previous label, shape) only: sum them once
    int nl = labels.length;
    int shapes = NameFeatures.SHAPE_COUNT;
    transition = new double[(nl + 1) * shapes * nl];
    expTransition = new double[transition.length];
    transitionMax = new double[(nl + 1) * shapes];
    for (int p = 0; p <= nl; p++) {
      String prev = p == nl ? START : this.labels[p];
      float[] po = tables.get(NameFeatures.PO).get(prev);
      for (int s = 0; s < shapes; s++) {
        float[] ps = tables.get(NameFeatures.PO_S0).get(prevShapeValue(prev, s));
        int ps0 = p * shapes + s;
        double max = Double.NEGATIVE_INFINITY;
        for (int y = 0; y < nl; y++) {
          double t = (po == null ? 0 : po[y]) + (ps == null ? 0 : ps[y]);
          transition[ps0 * nl + y] = t;
          max = Math.max(max, t);
        }
        transitionMax[ps0] = max;
        for (int y = 0; y < nl; y++) {
          expTransition[ps0 * nl + y] = Math.exp(transition[ps0 * nl + y] - max);
        }
      }
    }
  }

  private static double parseBias(String key, String value) {
    if (value == null) {
      return 0;
    }
    double b;
    try {
      b = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " is not a number");
    }
    if (!(Math.abs(b) <= 20)) {
      throw new IllegalArgumentException(key + " outside [-20, 20]");
    }
    return b;
  }

  /**
   * The same weights with another PERSON bias: {@code bias} is added to the log-score of the
   * PERSON labels of every token, so a positive bias trades precision for recall. Drops the
   * per-class biases.
   */
  public VeilNameModel withPersonBias(double bias) {
    Map<String, String> m = new LinkedHashMap<>(info);
    for (String c : BIAS_CLASSES) {
      m.remove(PERSON_BIAS + "." + c);
    }
    m.put(PERSON_BIAS, Double.toString(bias));
    return new VeilNameModel(m, labels, features, tables, compiled);
  }

  /**
   * The same weights with a PERSON bias per token class, {@code biases[c]} for {@link
   * #BIAS_CLASSES}{@code [c]}; {@link #PERSON_BIAS} is set to the bias of the class "rest".
   */
  public VeilNameModel withPersonBiases(double[] biases) {
    if (biases.length != BIAS_CLASSES.length) {
      throw new IllegalArgumentException("one bias per class expected");
    }
    Map<String, String> m = new LinkedHashMap<>(info);
    m.put(PERSON_BIAS, Double.toString(biases[REST]));
    for (int c = 0; c < BIAS_CLASSES.length; c++) {
      m.put(PERSON_BIAS + "." + BIAS_CLASSES[c], Double.toString(biases[c]));
    }
    return new VeilNameModel(m, labels, features, tables, compiled);
  }

  /** The same weights with another info map (tests: a model without any bias key). */
  static VeilNameModel withInfo(VeilNameModel m, Map<String, String> info) {
    return new VeilNameModel(info, m.labels, m.features, m.tables, m.compiled);
  }

  /** The PERSON bias of each token class of {@link #BIAS_CLASSES}. */
  public double[] personBiases() {
    return classBias.clone();
  }

  /**
   * The bias class of a token from the facts the features computed for it: a letter word the
   * common-word lexicon lacks (lower case in a lower-case sentence, lower case in a sentence with
   * capitals, capitalized with letters more like a person's name than a place's, capitalized with
   * letters more like a place's), a word of the first-name or surname list (common or not), or
   * anything else.
   *
   * @param like the token's {@link NameLikeness} bins ({@link NameLikeness#NONE} for none)
   * @param placeSplit the name-vs-place bin from which on the letters read as a name's
   */
  static int biasClass(int shape, boolean common, int gazetteer, int casing, int like,
      int placeSplit) {
    if (shape > NameFeatures.MIXED) {
      return REST;
    }
    if ((gazetteer & 3) != 0) {
      return common ? NAME_LIST_COMMON : NAME_LIST;
    }
    if (common) {
      return REST;
    }
    if (shape != NameFeatures.LOW) {
      return like != NameLikeness.NONE && (like >>> 8) < placeSplit ? UNKNOWN_CASED_PLACE
          : UNKNOWN_CASED;
    }
    return casing == 1 ? UNKNOWN_LOWER : UNKNOWN_LOWER_MIXED;
  }

  /** The name-vs-place bin of score 0 (a word without letters to read scores 0). */
  private static int placeSplit(NameLikeness likeness) {
    return likeness.present() ? likeness.bins("") >>> 8 : 0;
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
    return new VeilNameModel(info, labels, features, tables, null);
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
    Set<String> firstNames = words(in);
    Set<String> lastNames = words(in);
    Set<String> placeWords = words(in);
    String[] commonInOrder = wordsInOrder(in);
    Set<String> commonWords = setOf(commonInOrder);
    int templates = in.readInt();
    if (templates != NameFeatures.TEMPLATE_COUNT
        && templates != NameFeatures.LEGACY_TEMPLATE_COUNT
        && templates != NameFeatures.PRE_CLASS_TEMPLATE_COUNT) {
      throw new IOException("model written for another feature set");
    }
    List<Map<String, float[]>> tables = new ArrayList<>(NameFeatures.TEMPLATE_COUNT);
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
    while (tables.size() < NameFeatures.TEMPLATE_COUNT) {
      tables.add(new HashMap<>());
    }
    NameLikeness likeness = info.containsKey(NAME_LIKENESS) ? NameLikeness.read(in)
        : NameLikeness.EMPTY;
    NameFeatures f = NameFeatures.owning(firstNames, lastNames, placeWords, commonWords, likeness)
        .withWordClasses(readWordClasses(in, info, commonInOrder));
    return new VeilNameModel(info, labels, f, tables, null);
  }

  /** The word-class section, when the info map says there is one. */
  private static WordClasses readWordClasses(DataInputStream in, Map<String, String> info,
      String[] sortedCommon) throws IOException {
    return info.containsKey(WORD_CLASSES) ? WordClasses.read(in, sortedCommon) : WordClasses.NONE;
  }

  private static void writeWordClasses(DataOutputStream out, NameFeatures features)
      throws IOException {
    WordClasses classes = features.wordClasses();
    if (classes.present()) {
      classes.write(out, new TreeSet<>(features.common()).toArray(new String[0]));
    }
  }

  private static void wordClassesHeader(Map<String, String> header, NameFeatures features) {
    if (features.wordClasses().present()) {
      header.put(WORD_CLASSES, "v1");
    } else {
      header.remove(WORD_CLASSES);
    }
  }

  /** A word list in file order (the writer sorts it). */
  private static String[] wordsInOrder(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("corrupt model");
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = in.readUTF();
    }
    return out;
  }

  private static Set<String> setOf(String[] words) {
    Set<String> out = new HashSet<>(words.length / 3 * 4 + 16);
    Collections.addAll(out, words);
    return out;
  }

  private static Set<String> words(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("corrupt model");
    }
    Set<String> out = new HashSet<>(n / 3 * 4 + 16); // sized for n at the default load factor
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
    Map<String, String> header = new LinkedHashMap<>(info);
    NameLikeness likeness = features.likeness();
    if (likeness.present()) {
      header.put(NAME_LIKENESS, "char3");
    } else {
      header.remove(NAME_LIKENESS);
    }
    wordClassesHeader(header, features);
    out.writeInt(header.size());
    for (Map.Entry<String, String> e : header.entrySet()) {
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
    if (likeness.present()) {
      likeness.write(out);
    }
    writeWordClasses(out, features);
    out.flush();
    z.finish();
    deflater.end();
  }

  @Override
  public Span[] find(String[] tokens) {
    return find(tokens, 0, tokens.length);
  }

  /** Spans over the tokens {@code [from, to)} of {@code t}, relative to {@code from}. */
  @Override
  public Span[] find(Tokens t, int from, int to) {
    return find(t.array(), from, to);
  }

  private Span[] find(String[] tokens, int from, int to) {
    int n = to - from;
    if (n == 0) {
      return new Span[0];
    }
    Workspace w = n <= Workspace.KEPT_TOKENS ? workspace.get() : new Workspace(labels.length, n);
    w.ensure(n);
    compiled.prepare(w, tokens, from, to);
    return decode(w, n, (i, acc) -> compiled.score(w, n, i, acc));
  }

  /**
   * The same decoding with features as strings, looked up in the weight tables one by one as
   * training saw them: the reference the compiled features are tested against.
   */
  Span[] findByFeatureStrings(String[] tokens) {
    int n = tokens.length;
    if (n == 0) {
      return new Span[0];
    }
    NameFeatures.Sentence s = features.sentence(tokens, 0, n);
    Workspace w = new Workspace(labels.length, n);
    for (int i = 0; i < n; i++) {
      w.shape[i] = s.shape(i);
      w.common[i] = s.isCommon[i];
      w.gazetteer[i] = s.gaz[i];
      w.like[i] = s.like[i];
    }
    w.casing = s.casing;
    return decode(w, n, (i, acc) -> s.features(i, stringSink(acc)));
  }

  /** The label scores of each position from the compiled features: {@code [token][label]}. */
  double[][] scores(String[] tokens) {
    int n = tokens.length;
    Workspace w = new Workspace(labels.length, Math.max(1, n));
    compiled.prepare(w, tokens, 0, n);
    double[][] out = new double[n][labels.length];
    for (int i = 0; i < n; i++) {
      compiled.score(w, n, i, out[i]);
    }
    return out;
  }

  /** The label scores of each position from the feature strings: {@code [token][label]}. */
  double[][] scoresByFeatureStrings(String[] tokens) {
    int n = tokens.length;
    NameFeatures.Sentence s = features.sentence(tokens, 0, n);
    double[][] out = new double[n][labels.length];
    for (int i = 0; i < n; i++) {
      s.features(i, stringSink(out[i]));
    }
    return out;
  }

  /** A sink that adds the weights of "template=value" as training's predicates name them. */
  private NameFeatures.Sink stringSink(double[] acc) {
    return (template, value) -> add(acc, tables.get(template).get(value));
  }

  /** Fills {@code acc} (zeroed) with the feature scores of position {@code i}. */
  private interface Scorer {
    void score(int i, double[] acc);
  }

  /**
   * First-order Viterbi over BIO labels with locally normalized label probabilities; {@code
   * w.shape}, {@code w.common}, {@code w.gazetteer}, {@code w.like} and {@code w.casing} must
   * hold the facts of the {@code n} tokens (the bias class of each token is read from them).
   */
  private Span[] decode(Workspace w, int n, Scorer scorer) {
    int nl = labels.length;
    double[] acc = w.acc;
    double[] expAcc = w.expAcc;
    double[] best = w.best;
    int[] back = w.back;
    double[] local = w.local; // log-probability of the chosen transition
    int shapes = NameFeatures.SHAPE_COUNT;
    for (int i = 0; i < n; i++) {
      Arrays.fill(acc, 0);
      scorer.score(i, acc);
      double accMax = Double.NEGATIVE_INFINITY;
      int bo = biasClass(w.shape[i], w.common[i], w.gazetteer[i], w.casing, w.like[i],
          placeSplit) * nl;
      for (int y = 0; y < nl; y++) {
        acc[y] += labelBias[bo + y];
        accMax = Math.max(accMax, acc[y]);
      }
      for (int y = 0; y < nl; y++) {
        expAcc[y] = Math.exp(acc[y] - accMax); // once per token; the label part is a table
      }
      int shape = w.shape[i];
      int row = i * nl;
      int prevRow = row - nl;
      for (int y = row; y < row + nl; y++) {
        best[y] = Double.NEGATIVE_INFINITY;
        back[y] = 0;
        local[y] = 0;
      }
      int prevCount = i == 0 ? 1 : nl;
      double floor = Double.NEGATIVE_INFINITY;
      if (i > 0) {
        double top = Double.NEGATIVE_INFINITY;
        for (int p = prevRow; p < row; p++) {
          top = Math.max(top, best[p]);
        }
        floor = top - PRUNE; // paths this much less likely cannot win back: prune them
      }
      for (int p = 0; p < prevCount; p++) {
        double prevScore = i == 0 ? 0 : best[prevRow + p];
        if (prevScore == Double.NEGATIVE_INFINITY || prevScore < floor) {
          continue;
        }
        int ps = (i == 0 ? nl : p) * shapes + shape;
        int t0 = ps * nl;
        double z = 0;
        for (int y = 0; y < nl; y++) {
          z += expAcc[y] * expTransition[t0 + y];
        }
        double logZ = accMax + transitionMax[ps] + Math.log(z);
        boolean[] follows = i == 0 ? first : canFollow[p];
        for (int y = 0; y < nl; y++) {
          if (!follows[y]) {
            continue; // I-x only after B-x or I-x
          }
          double lp = acc[y] + transition[t0 + y] - logZ;
          double v = prevScore + lp;
          if (v > best[row + y]) {
            best[row + y] = v;
            back[row + y] = p;
            local[row + y] = lp;
          }
        }
      }
    }
    int last = (n - 1) * nl;
    int y = 0;
    for (int k = 1; k < nl; k++) {
      if (best[last + k] > best[last + y]) {
        y = k;
      }
    }
    int[] path = w.path;
    double[] prob = w.prob;
    int spans = 0;
    for (int i = n - 1; i >= 0; i--) {
      path[i] = y;
      if (y != other) { // only the labels of spans need their probability
        prob[i] = Math.exp(local[i * nl + y]);
      }
      y = back[i * nl + y];
    }
    for (int i = 0; i < n; i++) {
      if (path[i] != other && !(i > 0 && continues(path[i - 1], path[i]))) {
        spans++;
      }
    }
    if (spans == 0) {
      return NO_SPANS;
    }
    Span[] out = new Span[spans];
    int i = 0;
    int k = 0;
    while (i < n) {
      if (path[i] == other) {
        i++;
        continue;
      }
      String type = types[path[i]];
      int start = i;
      double p = prob[i];
      i++;
      while (i < n && continues(path[i - 1], path[i])) {
        p += prob[i];
        i++;
      }
      out[k++] = new Span(start, i, type, p / (i - start));
    }
    return out;
  }

  /** True when label {@code y} extends the span of the label before it, {@code prev} (not O). */
  private boolean continues(int prev, int y) {
    return prev != other && inside[y] && types[prev].equals(types[y]);
  }

  private static void add(double[] scores, float[] w) {
    if (w != null) {
      for (int k = 0; k < w.length; k++) {
        scores[k] += w[k];
      }
    }
  }
}
