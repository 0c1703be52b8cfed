package dev.veil.detectors.ner.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The name tagger's features, computed for a whole sentence at once: each token's lower form,
 * shape, affixes, gazetteer and common-word flags and cue-word class are derived once, then every
 * position emits (template, value) pairs from its window. No regular expressions and no string
 * concatenation at run time: a feature is a template id plus a value string that already exists
 * (the lower form of a token, or a constant), so the model looks it up in that template's table.
 * Training joins template name and value into OpenNLP's string predicates. Immutable and
 * thread-safe; a {@link Sentence} belongs to one call.
 */
public final class NameFeatures {
  /** Receives the features of one position. */
  public interface Sink {
    void add(int template, String value);

    /** A word-valued feature whose value is the lower form of token {@code token}. */
    default void addWord(int template, int token, String value) {
      add(template, value);
    }

    /** The affix features of token {@code token}, whose lower form is {@code lower}. */
    default void addAffixes(int token, String lower) {
      affixes(lower, this);
    }
  }


  // token shapes
  static final int LOW = 0;
  static final int CAP = 1;
  static final int CAPS = 2;
  static final int INITIAL = 3;
  static final int MIXED = 4;
  static final int NUM = 5;
  static final int ALNUM = 6;
  static final int PUNCT = 7;
  static final int OTHER = 8;
  static final int NONE = 9; // outside the sentence
  static final String[] SHAPES = {"low", "Cap", "CAPS", "I", "mIx", "9", "a9", "p", "o", "_"};
  static final int SHAPE_COUNT = SHAPES.length;

  // cue classes of words around a name
  static final String[] CUES = {"", "title", "patient", "greet", "signoff", "particle", "prep",
      "kin", "say", "org"};

  // sentence casing
  static final String[] CASINGS = {"mixed", "lower", "upper", "title"};

  // templates (ids are positions in TEMPLATES; keep the order, models store the names)
  public static final int W0 = 0;
  static final int WM1 = 1;
  static final int WM2 = 2;
  static final int WP1 = 3;
  static final int WP2 = 4;
  static final int S0 = 5;
  static final int SM1 = 6;
  static final int SP1 = 7;
  static final int SM2 = 8;
  static final int SP2 = 9;
  static final int SM1S0 = 10;
  static final int S0SP1 = 11;
  static final int PRE3 = 12;
  static final int SUF2 = 13;
  static final int SUF3 = 14;
  static final int SUF4 = 15;
  static final int G0 = 16;
  static final int GM1 = 17;
  static final int GP1 = 18;
  static final int CW0 = 19;
  static final int CWM1 = 20;
  static final int CWP1 = 21;
  static final int SC = 22;
  static final int SC_S0 = 23;
  static final int SC_G0 = 24;
  static final int SC_CW0 = 25;
  static final int K0 = 26;
  static final int KM1 = 27;
  static final int KP1 = 28;
  static final int KM2 = 29;
  static final int BOS = 30;
  static final int BIAS = 31;
  static final int KP2 = 32;
  /** "w-1 given s0": the previous word with the current token's shape, one template per shape. */
  static final int WM1_BY_S0 = 33;
  static final int WP1_BY_S0 = WM1_BY_S0 + SHAPE_COUNT;
  /** Previous label, and previous label with the current shape (added by the decoder). */
  public static final int PO = WP1_BY_S0 + SHAPE_COUNT;
  public static final int PO_S0 = PO + 1;
  /** The template count of models written before the name-likeness templates. */
  public static final int LEGACY_TEMPLATE_COUNT = PO_S0 + 1;
  // name-likeness bins of the token's letters (NameLikeness), appended so older models still load
  static final int NL0 = LEGACY_TEMPLATE_COUNT;
  static final int NL_S0 = NL0 + 1;
  static final int NL_SC = NL0 + 2;
  static final int NLM1 = NL0 + 3;
  static final int NLP1 = NL0 + 4;
  static final int NLPL0 = NL0 + 5;
  /** The template count of models written before the word-class templates. */
  public static final int PRE_CLASS_TEMPLATE_COUNT = NLPL0 + 1;
  // word classes of the context words (WordClasses), appended so older models still load: class of
  // w-1 and w+1 alone and with the token's shape, class of w-2 and w+2
  static final int CM1 = PRE_CLASS_TEMPLATE_COUNT;
  static final int CM1_S0 = CM1 + 1;
  static final int CP1 = CM1 + 2;
  static final int CP1_S0 = CM1 + 3;
  static final int CM2 = CM1 + 4;
  static final int CP2 = CM1 + 5;
  /** Class pairs: w-2 and w-1, w+1 and w+2 ("verb.communication|with"). */
  static final int CM2CM1 = CM1 + 6;
  static final int CP1CP2 = CM1 + 7;
  public static final int TEMPLATE_COUNT = CP1CP2 + 1;

  public static final String[] TEMPLATES = templates();

  /** Templates whose value is a token's lower form (run time resolves those once per token). */
  public static final int[] WORD_TEMPLATES = wordTemplates();

  private static int[] wordTemplates() {
    int[] t = new int[5 + 2 * SHAPE_COUNT];
    t[0] = W0;
    t[1] = WM1;
    t[2] = WM2;
    t[3] = WP1;
    t[4] = WP2;
    for (int s = 0; s < SHAPE_COUNT; s++) {
      t[5 + s] = WM1_BY_S0 + s;
      t[5 + SHAPE_COUNT + s] = WP1_BY_S0 + s;
    }
    return t;
  }

  /** The position of each template in {@link #WORD_TEMPLATES}, or -1. */
  public static final int[] WORD_SLOT = wordSlots();

  private static int[] wordSlots() {
    int[] slot = new int[TEMPLATE_COUNT];
    java.util.Arrays.fill(slot, -1);
    for (int k = 0; k < WORD_TEMPLATES.length; k++) {
      slot[WORD_TEMPLATES[k]] = k;
    }
    return slot;
  }

  private static String[] templates() {
    String[] t = new String[TEMPLATE_COUNT];
    String[] fixed = {"w0=", "w-1=", "w-2=", "w+1=", "w+2=", "s0=", "s-1=", "s+1=", "s-2=",
        "s+2=", "s-1s0=", "s0s+1=", "p3=", "x2=", "x3=", "x4=", "g0=", "g-1=", "g+1=", "cw0=",
        "cw-1=", "cw+1=", "sc=", "sc&s0=", "sc&g0=", "sc&cw0=", "k0=", "k-1=", "k+1=", "k-2=",
        "bos=", "bias=", "k+2="};
    System.arraycopy(fixed, 0, t, 0, fixed.length);
    for (int s = 0; s < SHAPE_COUNT; s++) {
      t[WM1_BY_S0 + s] = "w-1|" + SHAPES[s] + "=";
      t[WP1_BY_S0 + s] = "w+1|" + SHAPES[s] + "=";
    }
    t[PO] = "po=";
    t[PO_S0] = "po&s0=";
    t[NL0] = "nl0=";
    t[NL_S0] = "nl&s0=";
    t[NL_SC] = "sc&nl=";
    t[NLM1] = "nl-1=";
    t[NLP1] = "nl+1=";
    t[NLPL0] = "nlp0=";
    t[CM1] = "c-1=";
    t[CM1_S0] = "c-1&s0=";
    t[CP1] = "c+1=";
    t[CP1_S0] = "c+1&s0=";
    t[CM2] = "c-2=";
    t[CP2] = "c+2=";
    t[CM2CM1] = "c-2c-1=";
    t[CP1CP2] = "c+1c+2=";
    return t;
  }

  static final String BOS_WORD = "<s>";
  static final String EOS_WORD = "</s>";
  static final String NUM_WORD = "<num>";
  static final String ONE = "1";
  static final String[] GAZ = {"fn", "ln", "loc"};
  static final String[][] SHAPE_PAIRS = pairs(SHAPES, SHAPES);
  static final String[][] CASING_SHAPE = pairs(CASINGS, SHAPES);
  static final String[][] CASING_GAZ = pairs(CASINGS, GAZ);
  static final String[][] CASING_COMMON = pairs(CASINGS, new String[] {"n", "c"});
  static final String[][] SHAPE_COMMON = pairs(SHAPES, new String[] {"n", "c"});
  /** Name-likeness bin values: "0" to "15". */
  static final String[] BINS = bins();
  static final String[][] BIN_SHAPE = pairs(BINS, SHAPES);
  static final String[][] CASING_BIN = pairs(CASINGS, BINS);

  private static String[] bins() {
    String[] b = new String[NameLikeness.MAX_CUTS + 1];
    for (int k = 0; k < b.length; k++) {
      b[k] = Integer.toString(k).intern();
    }
    return b;
  }

  private static String[][] pairs(String[] a, String[] b) {
    String[][] out = new String[a.length][b.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        out[i][j] = (a[i] + "|" + b[j]).intern();
      }
    }
    return out;
  }

  private static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "to", "near",
      "of", "into", "via", "outside", "around", "across", "visiting", "visited", "toward",
      "towards");
  private static final Set<String> KIN = Set.of("mother", "father", "mom", "mum", "dad", "son",
      "daughter", "wife", "husband", "brother", "sister", "friend", "colleague", "boss",
      "neighbor", "neighbour", "partner", "spouse", "grandmother", "grandfather", "aunt",
      "uncle", "cousin", "niece", "nephew", "manager", "coworker", "fiance", "fiancee",
      "girlfriend", "boyfriend", "grandson", "granddaughter", "child", "baby", "guardian");
  /** Words that end or head organization names. */
  private static final Set<String> ORG_WORDS = Set.of("llc", "inc", "ltd", "limited", "corp",
      "corporation", "co", "company", "group", "gmbh", "ag", "sa", "sas", "srl", "spa", "bv",
      "nv", "plc", "oy", "ab", "kg", "bt", "zrt", "kft", "sro", "doo", "dd", "ooo",
      "hospital", "hospitals", "clinic", "clinics", "health", "healthcare", "medical", "bank",
      "insurance", "university", "college", "institute", "foundation", "trust", "partners",
      "associates", "asociados", "capital", "holdings", "services", "solutions", "systems",
      "pharmacy", "pharma", "labs", "laboratories", "center", "centre", "society", "association",
      "agency", "ministry", "council", "federal", "credit", "union", "fund", "technologies",
      "industries", "enterprises", "international", "global", "sons", "brothers", "fils", "cie",
      "und", "et", "és");
  private static final Set<String> SAY = Set.of("said", "says", "asked", "asks", "told",
      "called", "calls", "wrote", "writes", "emailed", "mentioned", "reports", "reported",
      "thinks", "thought", "wants", "needs", "will", "is", "was", "has", "had", "and");

  private final Set<String> first;
  private final Set<String> last;
  private final Set<String> place;
  private final Set<String> common;
  private final NameLikeness likeness;
  private final NameLikeness.Scorer likenessScorer;

  /**
   * @param first lower-case first names, @param last lower-case surnames, @param place
   *     lower-case words of place names, @param common lower-case common words
   */
  public NameFeatures(Set<String> first, Set<String> last, Set<String> place, Set<String> common) {
    this(first, last, place, common, NameLikeness.EMPTY);
  }

  /** The same with a name-likeness model ({@link NameLikeness#EMPTY} for none). */
  public NameFeatures(Set<String> first, Set<String> last, Set<String> place, Set<String> common,
      NameLikeness likeness) {
    this(first, last, place, common, likeness, likeness::bins);
  }

  private NameFeatures(Set<String> first, Set<String> last, Set<String> place,
      Set<String> common, NameLikeness likeness, NameLikeness.Scorer scorer) {
    this(Set.copyOf(first), Set.copyOf(last), Set.copyOf(place), Set.copyOf(common), likeness,
        scorer, true);
  }

  /**
   * The features over word sets the caller hands over and never touches again (the model reader's
   * fresh sets): wrapped, not copied, because the common-word lexicon has 140,000 words and
   * each copy of it costs tens of milliseconds of every guard's construction.
   */
  static NameFeatures owning(Set<String> first, Set<String> last, Set<String> place,
      Set<String> common, NameLikeness likeness) {
    return new NameFeatures(Collections.unmodifiableSet(first), Collections.unmodifiableSet(last),
        Collections.unmodifiableSet(place), Collections.unmodifiableSet(common), likeness,
        likeness::bins, true);
  }

  private NameFeatures(Set<String> first, Set<String> last, Set<String> place,
      Set<String> common, NameLikeness likeness, NameLikeness.Scorer scorer, boolean alreadyUnmodifiable) {
    this.first = first;
    this.last = last;
    this.place = place;
    this.common = common;
    this.likeness = likeness;
    this.likenessScorer = scorer;
    this.wordClasses = WordClasses.NONE;
    // one lookup per token: gazetteer bits 0-2, common-word bit 3, cue class from bit 4
    Map<String, Integer> f = new HashMap<>();
    for (String w : first) {
      f.merge(w, 1, (x, y) -> x | y);
    }
    for (String w : last) {
      f.merge(w, 2, (x, y) -> x | y);
    }
    for (String w : place) {
      f.merge(w, 4, (x, y) -> x | y);
    }
    for (String w : common) {
      f.merge(w, 8, (x, y) -> x | y);
    }
    for (Set<String> cueWords : List.of(Lexicon.titles(), Lexicon.patientWords(),
        Lexicon.greetings(), Lexicon.signOffs(), Lexicon.particles(), PREPOSITIONS, KIN, SAY,
        ORG_WORDS)) {
      for (String w : cueWords) {
        int cue = cueOf(w);
        if (cue != 0) {
          f.merge(w, cue << 4, (x, y) -> (x & 15) | y);
        }
      }
    }
    this.flags = Collections.unmodifiableMap(f); // built here, never changed; no second copy
  }

  private final Map<String, Integer> flags;
  private final WordClasses wordClasses;

  /** The same features sharing this one's word tables, with {@code classes} added. */
  private NameFeatures(NameFeatures base, WordClasses classes) {
    this.first = base.first;
    this.last = base.last;
    this.place = base.place;
    this.common = base.common;
    this.likeness = base.likeness;
    this.likenessScorer = base.likenessScorer;
    this.flags = base.flags;
    this.wordClasses = classes;
  }

  /**
   * The same features with the context words' classes ({@link WordClasses#NONE} for none): the
   * class templates emit the classes of the words at -2..+2.
   */
  public NameFeatures withWordClasses(WordClasses classes) {
    return new NameFeatures(this, classes);
  }

  public WordClasses wordClasses() {
    return wordClasses;
  }

  /**
   * Every word with a gazetteer, common-word or cue flag, lower case: bits 0-2 gazetteers (first
   * name, surname, place word), bit 3 common word, cue class from bit 4.
   */
  Map<String, Integer> flags() {
    return flags;
  }

  public Set<String> first() {
    return first;
  }

  public Set<String> last() {
    return last;
  }

  public Set<String> place() {
    return place;
  }

  public Set<String> common() {
    return common;
  }

  public NameLikeness likeness() {
    return likeness;
  }

  /**
   * The same features with the name-likeness bins taken from {@code scorer} (training: {@link
   * NameLikeness#leaveOneOut}); the model keeps {@link #likeness()}.
   */
  public NameFeatures withLikenessScorer(NameLikeness.Scorer scorer) {
    return new NameFeatures(first, last, place, common, likeness, scorer, true)
        .withWordClasses(wordClasses);
  }

  /** The per-token facts of one sentence; not thread-safe, belongs to one call. */
  public final class Sentence {
    final int n;
    final String[] lower;
    final int[] shape;
    final int[] gaz; // bit 0 first, bit 1 last, bit 2 place
    final boolean[] isCommon;
    final int[] cue;
    final int[] like; // NameLikeness bins, NameLikeness.NONE for none
    final int casing;
    final int[] wordClass; // WordClasses id, -1 for none

    Sentence(String[] tokens, int from, int to) {
      n = to - from;
      lower = new String[n];
      shape = new int[n];
      gaz = new int[n];
      isCommon = new boolean[n];
      cue = new int[n];
      like = new int[n];
      int upper = 0;
      int lowerCount = 0;
      int lowerContent = 0; // lower-case words other than short function words
      for (int i = 0; i < n; i++) {
        String tok = tokens[from + i];
        int s = shapeOf(tok);
        shape[i] = s;
        String l = s == NUM ? NUM_WORD : lowerOf(tok);
        lower[i] = l;
        if (s == CAP || s == CAPS || s == MIXED || s == INITIAL) {
          upper++;
        } else if (s == LOW) {
          lowerCount++;
          if (l.length() > 3) {
            lowerContent++;
          }
        }
        if (s <= MIXED) {
          Integer f = flags.get(l);
          if (f != null) {
            int v = f;
            gaz[i] = v & 7;
            isCommon[i] = (v & 8) != 0;
            cue[i] = v >>> 4;
          }
        }
        // only a word the common-word lexicon lacks gets a name-likeness: the lexicon already
        // says what a known word is, and its letters would only blur that
        like[i] = s <= MIXED && !isCommon[i] ? likenessScorer.bins(l) : NameLikeness.NONE;
      }
      wordClass = new int[n];
      for (int i = 0; i < n; i++) {
        wordClass[i] = wordClasses.classOf(lower[i]);
      }
      int caps = countCaps();
      casing = upper == 0 && lowerCount > 0 ? 1
          : lowerCount == 0 && upper > 1 && caps > 1 ? 2
          : lowerContent == 0 && upper - caps > 1 ? 3 : 0; // "Prior Authorization Request Form"
    }

    private int countCaps() {
      int caps = 0;
      for (int i = 0; i < n; i++) {
        if (shape[i] == CAPS) {
          caps++;
        }
      }
      return caps;
    }

    public int size() {
      return n;
    }

    /** The lower form of token {@code i} as the word features see it. */
    public String lower(int i) {
      return lower[i];
    }

    private void word(int template, int j, Sink out) {
      if (j < 0) {
        out.add(template, BOS_WORD);
      } else if (j >= n) {
        out.add(template, EOS_WORD);
      } else {
        out.addWord(template, j, lower[j]);
      }
    }

    public int shape(int i) {
      return shape[i];
    }

    /** Emits the features of position {@code i} except those of the previous label. */
    public void features(int i, Sink out) {
      int s0 = shape[i];
      int sm1 = i > 0 ? shape[i - 1] : NONE;
      int sp1 = i + 1 < n ? shape[i + 1] : NONE;
      out.add(BIAS, ONE);
      word(W0, i, out);
      word(WM1, i - 1, out);
      word(WM2, i - 2, out);
      word(WP1, i + 1, out);
      word(WP2, i + 2, out);
      out.add(S0, SHAPES[s0]);
      out.add(SM1, SHAPES[sm1]);
      out.add(SP1, SHAPES[sp1]);
      out.add(SM2, SHAPES[i > 1 ? shape[i - 2] : NONE]);
      out.add(SP2, SHAPES[i + 2 < n ? shape[i + 2] : NONE]);
      out.add(SM1S0, SHAPE_PAIRS[sm1][s0]);
      out.add(S0SP1, SHAPE_PAIRS[s0][sp1]);
      word(WM1_BY_S0 + s0, i - 1, out);
      word(WP1_BY_S0 + s0, i + 1, out);
      String l = lower[i];
      int len = l.length();
      if (s0 <= MIXED && len > 3) {
        out.addAffixes(i, l);
      }
      gazetteer(G0, gaz[i], out);
      if (i > 0) {
        gazetteer(GM1, gaz[i - 1], out);
      }
      if (i + 1 < n) {
        gazetteer(GP1, gaz[i + 1], out);
      }
      int c0 = isCommon[i] ? 1 : 0;
      out.add(CW0, SHAPE_COMMON[s0][c0]);
      if (i > 0 && isCommon[i - 1]) {
        out.add(CWM1, ONE);
      }
      if (i + 1 < n && isCommon[i + 1]) {
        out.add(CWP1, ONE);
      }
      out.add(SC, CASINGS[casing]);
      out.add(SC_S0, CASING_SHAPE[casing][s0]);
      out.add(SC_CW0, CASING_COMMON[casing][c0]);
      for (int g = 0; g < 3; g++) {
        if ((gaz[i] & (1 << g)) != 0) {
          out.add(SC_G0, CASING_GAZ[casing][g]);
        }
      }
      if (cue[i] != 0) {
        out.add(K0, CUES[cue[i]]);
      }
      if (i > 0 && cue[i - 1] != 0) {
        out.add(KM1, CUES[cue[i - 1]]);
      }
      if (i > 1 && cue[i - 2] != 0) {
        out.add(KM2, CUES[cue[i - 2]]);
      }
      if (i + 1 < n && cue[i + 1] != 0) {
        out.add(KP1, CUES[cue[i + 1]]);
      }
      if (i + 2 < n && cue[i + 2] != 0) {
        out.add(KP2, CUES[cue[i + 2]]);
      }
      if (i == 0) {
        out.add(BOS, ONE);
      }
      int lk = like[i];
      if (lk != NameLikeness.NONE) {
        int nb = lk & 0xFF;
        out.add(NL0, BINS[nb]);
        out.add(NL_S0, BIN_SHAPE[nb][s0]);
        out.add(NL_SC, CASING_BIN[casing][nb]);
        out.add(NLPL0, BINS[lk >>> 8]);
      }
      if (i > 0 && like[i - 1] != NameLikeness.NONE) {
        out.add(NLM1, BINS[like[i - 1] & 0xFF]);
      }
      if (i + 1 < n && like[i + 1] != NameLikeness.NONE) {
        out.add(NLP1, BINS[like[i + 1] & 0xFF]);
      }
      if (wordClasses.present()) {
        classes(i, s0, out);
      }
    }

    /** The class of the word at {@code j}, the edge classes outside the sentence, or -1. */
    private int classAt(int j) {
      return j < 0 ? wordClasses.bos() : j >= n ? wordClasses.eos() : wordClass[j];
    }

    private void classes(int i, int s0, Sink out) {
      int cm1 = classAt(i - 1);
      if (cm1 >= 0) {
        out.add(CM1, wordClasses.name(cm1));
        out.add(CM1_S0, wordClasses.withShape(cm1, s0));
      }
      int cp1 = classAt(i + 1);
      if (cp1 >= 0) {
        out.add(CP1, wordClasses.name(cp1));
        out.add(CP1_S0, wordClasses.withShape(cp1, s0));
      }
      int cm2 = classAt(i - 2);
      if (cm2 >= 0) {
        out.add(CM2, wordClasses.name(cm2));
      }
      int cp2 = classAt(i + 2);
      if (cp2 >= 0) {
        out.add(CP2, wordClasses.name(cp2));
      }
      if (cm2 >= 0 && cm1 >= 0) {
        out.add(CM2CM1, wordClasses.pair(cm2, cm1));
      }
      if (cp1 >= 0 && cp2 >= 0) {
        out.add(CP1CP2, wordClasses.pair(cp1, cp2));
      }
    }
  }

  /** The templates {@link #affixes} emits, in order. */
  public static final int[] AFFIX_TEMPLATES = {PRE3, SUF2, SUF3, SUF4};

  /** Prefix 3 and suffixes 2 to 4 of a lower form longer than 3 characters. */
  public static void affixes(String l, Sink out) {
    int len = l.length();
    out.add(PRE3, l.substring(0, 3));
    out.add(SUF2, l.substring(len - 2));
    out.add(SUF3, l.substring(len - 3));
    if (len > 4) {
      out.add(SUF4, l.substring(len - 4));
    }
  }

  private static void gazetteer(int template, int flags, Sink out) {
    for (int g = 0; g < 3; g++) {
      if ((flags & (1 << g)) != 0) {
        out.add(template, GAZ[g]);
      }
    }
  }

  /** Facts of the tokens {@code [from, to)} of {@code tokens}. */
  public Sentence sentence(String[] tokens, int from, int to) {
    return new Sentence(tokens, from, to);
  }

  private static int cueOf(String l) {
    if (Lexicon.isTitle(l)) {
      return 1;
    }
    if (Lexicon.isPatientWord(l)) {
      return 2;
    }
    if (Lexicon.isGreeting(l)) {
      return 3;
    }
    if (Lexicon.isSignOff(l)) {
      return 4;
    }
    if (Lexicon.isParticle(l)) {
      return 5;
    }
    if (PREPOSITIONS.contains(l)) {
      return 6;
    }
    if (KIN.contains(l)) {
      return 7;
    }
    if (SAY.contains(l)) {
      return 8;
    }
    if (ORG_WORDS.contains(l)) {
      return 9;
    }
    return 0;
  }

  static String lowerOf(String tok) {
    for (int k = 0; k < tok.length(); k++) {
      char c = tok.charAt(k);
      if (Character.isUpperCase(c)) {
        return tok.toLowerCase(Locale.ROOT);
      }
    }
    return tok;
  }

  static int shapeOf(String t) {
    int n = t.length();
    int up = 0;
    int low = 0;
    int dig = 0;
    for (int k = 0; k < n; k++) {
      char c = t.charAt(k);
      if (Character.isUpperCase(c)) {
        up++;
      } else if (Character.isLetter(c)) {
        low++;
      } else if (Character.isDigit(c)) {
        dig++;
      }
    }
    if (dig == n) {
      return NUM;
    }
    if (up + low == n) {
      if (up == 0) {
        return LOW;
      }
      if (n == 1) {
        return INITIAL;
      }
      if (low == 0) {
        return CAPS;
      }
      return up == 1 && Character.isUpperCase(t.charAt(0)) ? CAP : MIXED;
    }
    if (dig > 0 && up + low + dig == n) {
      return ALNUM;
    }
    return n == 1 ? PUNCT : OTHER;
  }
}
