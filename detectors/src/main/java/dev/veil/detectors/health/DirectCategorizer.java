package dev.veil.detectors.health;

import dev.veil.detectors.internal.AhoCorasick;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * Evaluates a maximum-entropy doccat model trained on {@link DocumentCategorizer#tokenize} with
 * bag-of-words and word-bigram features straight from the text: each word is looked up in a table
 * of the model's tokens by its folded chars, so no token, feature string or context array is
 * built. The probabilities are bit for bit those of {@code DocumentCategorizerME.categorize(
 * tokenize(text))}: the features are summed in the same order (all bag-of-words features in token
 * order, then the bigrams), as OpenNLP's GIS evaluation does, with its uniform prior and {@link
 * StrictMath#exp}. {@link #create} declines a model it cannot reproduce (another model type or
 * prior, or a self-check that disagrees), and the caller then uses OpenNLP.
 *
 * <p>Immutable and thread-safe; per call it allocates two small int arrays and the result.
 */
final class DirectCategorizer {
  private static final String[] SINGLE_CHAR_TOKENS = {"%", "$", "€", "£", "/", ":"};

  private final String[] outcomes;
  private final double[] logPrior;
  /** Words: folded text, token id (or -1 if the model has no feature with it), and flags. */
  private final WordTable words;
  /** Bag-of-words feature of a token id: index into the flattened parameters, or -1. */
  private final int[] bow;
  /** Bigram features: key (first id, second id) to parameter index. */
  private final LongIntTable bigrams;
  private final int[] featStart;
  private final int[] featOutcome;
  private final double[] featParam;
  /**
   * The parameters of feature {@code f} for every outcome at {@code [f * outcomes, (f + 1) *
   * outcomes)}, 0.0 where the model has none: adding +0.0 leaves a non-zero sum unchanged bit for
   * bit (and a sum that starts at a log prior of a uniform prior and cancels to zero is +0.0), so
   * the sums are OpenNLP's, with one array read per outcome instead of an indirection.
   */
  private final double[] dense;
  private final int healthId;
  private final int drugId;
  private final int doseId;
  private final int numId;
  private final int decId;

  private DirectCategorizer(String[] outcomes, double[] logPrior, WordTable words, int[] bow,
      LongIntTable bigrams, int[] featStart, int[] featOutcome, double[] featParam) {
    this.outcomes = outcomes;
    this.logPrior = logPrior;
    this.words = words;
    this.bow = bow;
    this.bigrams = bigrams;
    this.featStart = featStart;
    this.featOutcome = featOutcome;
    this.featParam = featParam;
    int no = outcomes.length;
    this.dense = new double[(featStart.length - 1) * no];
    for (int f = 0; f + 1 < featStart.length; f++) {
      for (int k = featStart[f]; k < featStart[f + 1]; k++) {
        dense[f * no + featOutcome[k]] = featParam[k];
      }
    }
    this.healthId = words.idOf("__health");
    this.drugId = words.idOf("__drug");
    this.doseId = words.idOf("__dose");
    this.numId = words.idOf("<num>");
    this.decId = words.idOf("<dec>");
  }

  /** Null when {@code model} is not a GIS model with a uniform prior (reproducible here). */
  static DirectCategorizer create(MaxentModel model) {
    if (!(model instanceof opennlp.tools.ml.maxent.GISModel gis)) {
      return null;
    }
    Object[] data = gis.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    String[] outcomes = ((String[]) data[2]).clone();
    UniformPrior prior = new UniformPrior();
    prior.setLabels(outcomes, null);
    double[] logPrior = new double[outcomes.length];
    prior.logPrior(logPrior, new int[0]);

    Map<String, Integer> ids = new HashMap<>();
    List<String> tokens = new ArrayList<>();
    java.util.function.Function<String, Integer> id = t -> ids.computeIfAbsent(t, k -> {
      tokens.add(k);
      return tokens.size() - 1;
    });
    List<Context> features = new ArrayList<>();
    Map<Integer, Integer> bowOf = new HashMap<>();
    Map<Long, Integer> pairOf = new HashMap<>();
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      String f = e.getKey();
      if (f.startsWith("bow=")) {
        bowOf.put(id.apply(f.substring(4)), features.size());
        features.add(e.getValue());
      } else if (f.startsWith("ng=:")) {
        // a token may itself be ":", so register every split: the feature string is the same
        String rest = f.substring(4);
        int k = features.size();
        features.add(e.getValue());
        for (int c = rest.indexOf(':'); c >= 0; c = rest.indexOf(':', c + 1)) {
          pairOf.put(pair(id.apply(rest.substring(0, c)), id.apply(rest.substring(c + 1))), k);
        }
      } else {
        return null; // a feature generator this class does not know
      }
    }
    int[] bow = new int[tokens.size()];
    Arrays.fill(bow, -1);
    bowOf.forEach((t, k) -> bow[t] = k);
    LongIntTable bigrams = new LongIntTable(pairOf.size());
    pairOf.forEach(bigrams::put);
    int[] featStart = new int[features.size() + 1];
    int total = 0;
    for (int i = 0; i < features.size(); i++) {
      featStart[i] = total;
      total += features.get(i).getOutcomes().length;
    }
    featStart[features.size()] = total;
    int[] featOutcome = new int[total];
    double[] featParam = new double[total];
    for (int i = 0; i < features.size(); i++) {
      Context c = features.get(i);
      if (Arrays.stream(c.getOutcomes()).distinct().count() != c.getOutcomes().length) {
        return null; // the dense parameters below hold one value per feature and outcome
      }
      System.arraycopy(c.getOutcomes(), 0, featOutcome, featStart[i], c.getOutcomes().length);
      System.arraycopy(c.getParameters(), 0, featParam, featStart[i], c.getParameters().length);
    }
    WordTable words = WordTable.build(tokens, ids);
    return new DirectCategorizer(outcomes, logPrior, words, bow, bigrams, featStart, featOutcome,
        featParam);
  }

  private static long pair(int a, int b) {
    return ((long) a << 32) | (b & 0xFFFFFFFFL);
  }

  String outcome(int i) {
    return outcomes[i];
  }

  /**
   * The outcome probabilities for {@code text} (already cut to the categorizer's maximum length),
   * in the model's outcome order; {@code healthTerms} is the number of bundled health-lexicon
   * terms in it. Null when the text has no token (the caller's rule decides then).
   */
  double[] probabilities(String text, int healthTerms) {
    // a copy of the chars: the loops below read each char a few times, and an array read is
    // cheaper than String.charAt's coder and bounds checks
    char[] cs = text.toCharArray();
    Tokens t = new Tokens(cs.length / 4 + 8);
    int n = cs.length;
    int i = 0;
    while (i < n) {
      char c = cs[i];
      if (Chars.isLetter(c)) {
        int b = i;
        int h = 0;
        while (i < n) {
          char d = cs[i];
          if (Chars.isLetter(d) || d == '\'' && i + 1 < n && Chars.isLetter(cs[i + 1])) {
            cs[i] = AhoCorasick.fold(d); // the word is read folded from here on
            h = 31 * h + cs[i];
            i++;
          } else {
            break;
          }
        }
        int w = words.find(cs, b, i, h);
        boolean drug = false;
        if (i - b >= 6 && DrugMorphology.mayEndWithStem(cs[i - 3], cs[i - 2], cs[i - 1])) {
          drug = DrugMorphology.looksLikeDrug(new String(cs, b, i - b));
        }
        t.addWord(w < 0 ? -1 : words.id[w], w, drug, false);
      } else if (Character.isDigit(c)) {
        boolean dec = false;
        while (i < n && (Character.isDigit(cs[i]) || (cs[i] == '.'
            || cs[i] == ',') && i + 1 < n && Character.isDigit(cs[i + 1]))) {
          dec |= !Character.isDigit(cs[i]);
          i++;
        }
        t.addWord(dec ? decId : numId, -1, false, true);
      } else {
        if (c == '%' || c == '$' || c == '€' || c == '£' || c == '/' || c == ':') {
          int w = words.find(cs, i, i + 1, c);
          t.addWord(w < 0 ? -1 : words.id[w], w, false, false);
        }
        i++;
      }
    }
    int nWords = t.size;
    if (nWords == 0 && healthTerms == 0) {
      return null;
    }
    // the pseudo-tokens, in DocumentCategorizer.tokenize's order
    for (int k = 0; k < nWords; k++) {
      int w = t.entry[k];
      if (w >= 0 && words.personId[w] != -2) {
        t.add(words.personId[w]);
      }
      if (t.drug[k]) {
        t.add(drugId);
      }
      if (w >= 0 && words.money[w]) {
        t.add(words.moneyId);
      }
      if (w >= 0 && words.finance[w]) {
        t.add(words.financeId);
      }
      if (k > 0 && w >= 0 && words.dose[w] && t.number[k - 1]) {
        t.add(doseId);
      }
    }
    if (nWords > 0 && t.entry[0] >= 0 && words.openerId[t.entry[0]] != -2) {
      t.add(words.openerId[t.entry[0]]);
    }
    for (int k = healthTerms; k > 0; k--) {
      t.add(healthId);
    }
    double[] sums = logPrior.clone();
    int[] ids = t.ids;
    int size = t.size;
    for (int k = 0; k < size; k++) {
      if (ids[k] >= 0) {
        add(sums, bow[ids[k]]);
      }
    }
    for (int k = 0; k + 1 < size; k++) {
      if (ids[k] >= 0 && ids[k + 1] >= 0) {
        add(sums, bigrams.get(pair(ids[k], ids[k + 1])));
      }
    }
    double normal = 0.0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = StrictMath.exp(sums[o]);
      normal += sums[o];
    }
    for (int o = 0; o < sums.length; o++) {
      sums[o] /= normal;
    }
    return sums;
  }

  private void add(double[] sums, int feature) {
    if (feature < 0) {
      return;
    }
    for (int o = 0, base = feature * sums.length; o < sums.length; o++) {
      sums[o] += dense[base + o];
    }
  }

  /** The token sequence of one text: model ids (-1: none), and per word its table entry and flags. */
  private static final class Tokens {
    int[] ids;
    int[] entry;
    boolean[] drug;
    boolean[] number;
    int size;

    Tokens(int capacity) {
      ids = new int[capacity];
      entry = new int[capacity];
      drug = new boolean[capacity];
      number = new boolean[capacity];
    }

    void addWord(int id, int w, boolean isDrug, boolean isNumber) {
      grow();
      ids[size] = id;
      entry[size] = w;
      drug[size] = isDrug;
      number[size] = isNumber;
      size++;
    }

    void add(int id) {
      grow();
      ids[size++] = id;
    }

    private void grow() {
      if (size == ids.length) {
        int cap = size * 2;
        ids = Arrays.copyOf(ids, cap);
        entry = Arrays.copyOf(entry, cap);
        drug = Arrays.copyOf(drug, cap);
        number = Arrays.copyOf(number, cap);
      }
    }
  }

  /**
   * Folded words the tokenizer gives meaning to: the model's tokens and the words of the
   * pseudo-token rules, open-addressed by {@link String#hashCode()} of the folded form.
   */
  static final class WordTable {
    final String[] text;
    /** {@code text[w].hashCode()}, in an array: compared before touching the string. */
    final int[] hash;
    /** All entries' chars in one array ({@code [poolStart[w], poolStart[w + 1])}): one cache-friendly block. */
    private final char[] pool;
    private final int[] poolStart;
    final int[] id;
    /** Id of {@code __self}/{@code __other}/{@code __none}, -1 if the model lacks it, -2 if no person word. */
    final int[] personId;
    final boolean[] money;
    final boolean[] finance;
    final boolean[] dose;
    /** Id of {@code __opener_<word>}: -1 if the model lacks it, -2 if the word opens nothing. */
    final int[] openerId;
    final int moneyId;
    final int financeId;
    private final int[] slots;
    private final int mask;
    private final Map<String, Integer> ids;

    private WordTable(List<String> words, Map<String, Integer> ids) {
      int n = words.size();
      this.ids = ids;
      text = words.toArray(new String[0]);
      poolStart = new int[n + 1];
      StringBuilder chars = new StringBuilder();
      for (int w = 0; w < n; w++) {
        poolStart[w] = chars.length();
        chars.append(text[w]);
      }
      poolStart[n] = chars.length();
      pool = chars.toString().toCharArray();
      hash = new int[n];
      id = new int[n];
      personId = new int[n];
      money = new boolean[n];
      finance = new boolean[n];
      dose = new boolean[n];
      openerId = new int[n];
      int cap = Integer.highestOneBit(Math.max(4, n * 2)) << 1;
      slots = new int[cap];
      Arrays.fill(slots, -1);
      mask = cap - 1;
      for (int w = 0; w < n; w++) {
        String s = text[w];
        hash[w] = s.hashCode();
        id[w] = ids.getOrDefault(s, -1);
        String person = SubjectResolver.personClass(s);
        personId[w] = person == null ? -2 : ids.getOrDefault("__" + person, -1);
        money[w] = DocumentCategorizer.MONEY.contains(s);
        finance[w] = DocumentCategorizer.FINANCE.contains(s);
        dose[w] = DocumentCategorizer.DOSE_UNITS.contains(s);
        openerId[w] = DocumentCategorizer.OPENERS.contains(s)
            ? ids.getOrDefault("__opener_" + s, -1) : -2;
        int h = spread(s.hashCode()) & mask;
        while (slots[h] >= 0) {
          h = (h + 1) & mask;
        }
        slots[h] = w;
      }
      moneyId = ids.getOrDefault("__money", -1);
      financeId = ids.getOrDefault("__finance", -1);
    }

    static WordTable build(List<String> modelTokens, Map<String, Integer> ids) {
      java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(modelTokens);
      all.addAll(SubjectResolver.personWords());
      all.addAll(DocumentCategorizer.MONEY);
      all.addAll(DocumentCategorizer.FINANCE);
      all.addAll(DocumentCategorizer.DOSE_UNITS);
      all.addAll(DocumentCategorizer.OPENERS);
      all.addAll(List.of(SINGLE_CHAR_TOKENS));
      return new WordTable(new ArrayList<>(all), ids);
    }

    int idOf(String token) {
      return ids.getOrDefault(token, -1);
    }

    /** The entry whose text is {@code s[from, to)} (already folded; {@code hash} its String hash), or -1. */
    int find(char[] s, int from, int to, int hash) {
      int len = to - from;
      for (int h = spread(hash) & mask; ; h = (h + 1) & mask) {
        int w = slots[h];
        if (w < 0) {
          return -1;
        }
        if (this.hash[w] == hash && poolStart[w + 1] - poolStart[w] == len && matches(w, s, from)) {
          return w;
        }
      }
    }

    /** String hashes of short words cluster in the low bits; linear probing needs them spread. */
    private static int spread(int h) {
      int x = h * 0x9E3779B9;
      return x ^ (x >>> 16);
    }

    private boolean matches(int w, char[] s, int from) {
      for (int k = poolStart[w], e = poolStart[w + 1], i = from; k < e; k++, i++) {
        if (pool[k] != s[i]) {
          return false;
        }
      }
      return true;
    }
  }

  /** Open addressing from a long key to a non-negative int; absent keys give -1. */
  private static final class LongIntTable {
    private final long[] keys;
    private final int[] values;
    private final int mask;

    LongIntTable(int n) {
      int cap = Integer.highestOneBit(Math.max(4, n * 2)) << 1;
      keys = new long[cap];
      values = new int[cap];
      Arrays.fill(values, -1);
      mask = cap - 1;
    }

    void put(long key, int value) {
      int h = mix(key) & mask;
      while (values[h] >= 0 && keys[h] != key) {
        h = (h + 1) & mask;
      }
      keys[h] = key;
      values[h] = value;
    }

    int get(long key) {
      for (int h = mix(key) & mask; ; h = (h + 1) & mask) {
        if (values[h] < 0) {
          return -1;
        }
        if (keys[h] == key) {
          return values[h];
        }
      }
    }

    private static int mix(long key) {
      long x = key * 0x9E3779B97F4A7C15L;
      return (int) (x ^ (x >>> 29));
    }
  }
}
