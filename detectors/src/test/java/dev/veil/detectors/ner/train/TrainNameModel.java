package dev.veil.detectors.ner.train;

import dev.veil.Finding;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.ner.NameDetector;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import dev.veil.detectors.ner.internal.NameFeatures;
import dev.veil.detectors.ner.internal.NameLikeness;
import dev.veil.detectors.ner.internal.VeilNameModel;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

/**
 * Generates the corpus, trains the candidate name-finder models, picks the best on a development
 * set (training templates, unseen names) and writes it with a manifest into the module's
 * resources. Run from the repository root:
 *
 * <pre>./mvnw -q -B -pl detectors -am process-test-classes -Pner-train</pre>
 *
 * (add {@code -Dexec.args="--texts 3000 --out /tmp/x"} for a quick trial run)
 *
 * <p>Arguments (optional): {@code --texts N} training texts (default 20000), {@code --out DIR},
 * {@code --variants a,b} (names from {@link #VARIANTS}), {@code --grammar-share S} (share of
 * phrase-grammar texts), {@code --slot-share S} (share of those from {@link SlotGrammar}),
 * {@code --lower-share S} (share of texts recased to lower case), {@code --context-dropout P}
 * (share of token events trained without their neighbours' features, {@link ContextDropout}),
 * {@code --context-dropout-mode all|entity|duplicate}, {@code --context-dropout-groups
 * words,cues,flags,shapes}, {@code --context-dropout-keep-entity true|false}.
 */
public final class TrainNameModel {
  static final long SEED = 20261129L;
  static double GRAMMAR_SHARE = 0.6;
  static double LOWER_SHARE = 0.14;
  /** Share of the phrase-grammar texts drawn from the slot grammar ({@link SlotGrammar}). */
  static double SLOT_SHARE = 0.35;
  static double UPPER_SHARE = 0.07;
  static final String MODEL_FILE = "en-veil-names.bin";
  static final String MANIFEST_FILE = "en-veil-names.manifest.properties";
  /** Whether the model gets the character 3-gram name-likeness features ({@link NameLikeness}). */
  static boolean LIKENESS = true;
  /** Bin boundaries of the mean 3-gram log-ratio, person name against common word. */
  static double[] NAME_CUTS = {-1.0, -0.5, 0.0, 0.5, 1.0, 1.5};
  /** Bin boundaries of the mean 3-gram log-ratio, person name against place word. */
  static double[] PLACE_CUTS = {-0.4, 0.0, 0.4};
  /**
   * Feature templates left out of training (by name, e.g. "nl-1="), for comparing variants. By
   * default the name-vs-place bin: on the development sets it cost PERSON and ORGANIZATION
   * precision more than it gained (round 5, variant C against F in docs/evaluation-ner.md); and
   * of the word-class templates all but c-1, c+1, c-2, c+2: the class pairs cost PERSON precision
   * (and with the four alone, LOCATION F1) on the fresh development set, the class-with-shape pair
   * gained nothing over the four alone for 200 KB of weights (round 6, branch s6-class, variants
   * C1-C4 in evaluation-ner-notes.md).
   */
  static Set<String> DROP_TEMPLATES = Set.of("nlp0=", "c-1&s0=", "c+1&s0=", "c-2c-1=",
      "c+1c+2=");
  /**
   * Training-only context dropout ({@link ContextDropout}): the share of token events trained
   * without their neighbours' features, where it applies, and which neighbour templates.
   */
  static double DROPOUT_P = 0.35;
  static ContextDropout.Mode DROPOUT_MODE = ContextDropout.Mode.ALL;
  /**
   * The neighbouring words only: their cue classes and flags generalize across frames, the
   * words themselves are what a frame never seen in training has new (round 6, variant kw35).
   */
  static List<String> DROPOUT_GROUPS = List.of("words");
  /** Whether a dropped event keeps the neighbours inside its own gold entity. */
  static boolean DROPOUT_KEEP_ENTITY = true;
  static ContextDropout CONTEXT_DROPOUT = ContextDropout.NONE;

  private TrainNameModel() {}

  /**
   * A candidate model. {@code veil} variants use Veil's feature extractor ({@link NameFeatures})
   * and Viterbi decoder; the others use OpenNLP's generic feature generators (the previous model).
   */
  record Variant(String name, String algorithm, boolean veil, boolean gazetteers, int iterations,
      int cutoff, Map<String, String> extra) {}

  static final List<Variant> VARIANTS = List.of(
      new Variant("veil-perceptron", "PERCEPTRON", true, true, 100, 2, Map.of()),
      new Variant("veil-maxent-qn", "MAXENT_QN", true, true, 200, 2, Map.of()),
      new Variant("opennlp-features-perceptron", "PERCEPTRON", false, true, 150, 3, Map.of()));

  /** The variants trained by default; the others are trained when named with --variants. */
  static final List<String> DEFAULT_VARIANTS = List.of("veil-maxent-qn");

  public static void main(String[] args) throws Exception {
    int texts = 20000;
    List<String> variants = DEFAULT_VARIANTS;
    int devErrors = 0;
    boolean skipHeldOut = false;
    boolean devOnly = false;
    boolean tuneOnly = false;
    int printCorpus = 0;
    Double bias = null;
    boolean likenessReport = false;
    double[] classBiases = null;
    Path out = Paths.get("detectors/src/main/resources/dev/veil/detectors/ner");
    if (!Files.isDirectory(out)) {
      out = Paths.get("src/main/resources/dev/veil/detectors/ner"); // run from detectors/
    }
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--texts": texts = Integer.parseInt(args[i + 1]); break;
        case "--out": out = Paths.get(args[i + 1]); break;
        case "--variants": variants = List.of(args[i + 1].split(",")); break;
        case "--dev-errors": devErrors = Integer.parseInt(args[i + 1]); break;
        case "--skip-heldout": skipHeldOut = Boolean.parseBoolean(args[i + 1]); break;
        case "--dev-only": devOnly = Boolean.parseBoolean(args[i + 1]); break;
        case "--tune-only": tuneOnly = Boolean.parseBoolean(args[i + 1]); break;
        case "--print-corpus": printCorpus = Integer.parseInt(args[i + 1]); break;
        case "--bias": bias = Double.valueOf(args[i + 1]); break;
        case "--grammar-share": GRAMMAR_SHARE = Double.parseDouble(args[i + 1]); break;
        case "--lower-share": LOWER_SHARE = Double.parseDouble(args[i + 1]); break;
        case "--likeness": LIKENESS = Boolean.parseBoolean(args[i + 1]); break;
        case "--name-cuts": NAME_CUTS = doubles(args[i + 1]); break;
        case "--place-cuts": PLACE_CUTS = doubles(args[i + 1]); break;
        case "--drop-templates": DROP_TEMPLATES = Set.of(args[i + 1].split(",")); break;
        case "--likeness-report": likenessReport = Boolean.parseBoolean(args[i + 1]); break;
        case "--wordnet": CommonWords.wordNet = Boolean.parseBoolean(args[i + 1]); break;
        case "--slot-share": SLOT_SHARE = Double.parseDouble(args[i + 1]); break;
        case "--class-bias": CLASS_BIAS = Boolean.parseBoolean(args[i + 1]); break;
        case "--bias-groups": BIAS_GROUPS = args[i + 1]; break;
        case "--class-biases": classBiases = doubles(args[i + 1]); break;
        case "--word-classes": WordNetClasses.enabled = Boolean.parseBoolean(args[i + 1]); break;
        case "--context-dropout": DROPOUT_P = Double.parseDouble(args[i + 1]); break;
        case "--context-dropout-mode": DROPOUT_MODE = ContextDropout.Mode.parse(args[i + 1]); break;
        case "--context-dropout-groups": DROPOUT_GROUPS = ContextDropout.parseGroups(args[i + 1]); break;
        case "--context-dropout-keep-entity": DROPOUT_KEEP_ENTITY = Boolean.parseBoolean(args[i + 1]); break;
        default: throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    CONTEXT_DROPOUT = new ContextDropout(DROPOUT_P, DROPOUT_MODE, DROPOUT_GROUPS, SEED,
        DROPOUT_KEEP_ENTITY);
    Pools pools = new Pools(SEED);
    // every 5th training template is kept out of training and forms the development set, so
    // that selection rewards generalization to unseen contexts, not memorized templates
    List<String> trainWith = split(TrainingTemplates.WITH_ENTITIES, false);
    List<String> trainNo = split(TrainingTemplates.NO_ENTITIES, false);
    List<Labeled> train = new CorpusGenerator(pools, false, SEED)
        .recasing(LOWER_SHARE, UPPER_SHARE).slotShare(SLOT_SHARE).generate(trainWith, trainNo, texts, 0.5, GRAMMAR_SHARE);
    List<Labeled> dev = new CorpusGenerator(pools, true, SEED + 1).generate(
        split(TrainingTemplates.WITH_ENTITIES, true), split(TrainingTemplates.NO_ENTITIES, true),
        2000, 0.4);
    if (printCorpus > 0) {
      for (Labeled l : train.subList(0, Math.min(printCorpus, train.size()))) {
        StringBuilder sb = new StringBuilder(l.text());
        for (int k = l.gold().size() - 1; k >= 0; k--) {
          Labeled.Gold g = l.gold().get(k);
          sb.insert(g.end(), "]").insert(g.start(), "[" + g.type().charAt(0) + " ");
        }
        System.out.println(sb.toString().replace("\n", " / "));
      }
      return;
    }
    List<Labeled> freshDev = freshDevSet(pools);
    // the PERSON bias is tuned on both development sets together (never on the held-out set)
    List<Labeled> bothDev = new ArrayList<>(dev);
    bothDev.addAll(freshDev);
    if (tuneOnly) {
      // re-tune the PERSON bias of the model already in --out (no retraining) and record it
      VeilNameModel m;
      try (java.io.InputStream in = Files.newInputStream(out.resolve(MODEL_FILE))) {
        m = VeilNameModel.read(in);
      }
      Map<String, String> report = new java.util.TreeMap<>();
      m = tuneBias(m, dev, freshDev, report);
      try (OutputStream os = Files.newOutputStream(out.resolve(MODEL_FILE))) {
        m.write(os);
      }
      java.util.Properties old = new java.util.Properties();
      try (java.io.Reader r = Files.newBufferedReader(out.resolve(MANIFEST_FILE))) {
        old.load(r);
      }
      Map<String, String> merged = new java.util.TreeMap<>();
      old.forEach((k, v) -> merged.put((String) k, (String) v));
      merged.putAll(report);
      writeManifest(out, merged);
      return;
    }
    if (devOnly) {
      // score the model already in --out on the development set (for post-processing changes)
      Path modelFile = out.resolve(MODEL_FILE);
      if (bias != null || classBiases != null) {
        // score the model with other PERSON biases (a copy in a temp file)
        VeilNameModel m;
        try (java.io.InputStream in = Files.newInputStream(modelFile)) {
          m = VeilNameModel.read(in);
        }
        modelFile = Files.createTempFile("veil-ner-bias-", ".bin");
        modelFile.toFile().deleteOnExit();
        try (OutputStream os = Files.newOutputStream(modelFile)) {
          (classBiases != null ? m.withPersonBiases(classBiases) : m.withPersonBias(bias))
              .write(os);
        }
      }
      NameDetector d = NameDetector.builder().model(modelFile).build();
      System.out.println("dev " + score(d, dev).oneLine());
      System.out.println("fresh-dev " + score(d, freshDev).oneLine());
      printErrors(d, dev, devErrors);
      System.out.println("=== fresh-dev errors");
      printErrors(d, freshDev, devErrors);
      return;
    }
    List<Labeled> heldOut = EvaluateNames.heldOutSet(pools);
    List<NameSample> samples = Samples.toSamples(train);
    Map<String, Object> gaz = gazetteers(pools);
    Set<String> commonWords = CommonWords.build(trainWith, trainNo);
    // the 3-gram model reads the whole training pools (never the held-out-only ones)
    List<String> nameWords = poolWords(pools.firstTrain, pools.lastTrain);
    List<String> placeWords = poolWords(pools.placeTrain);
    NameLikeness likeness = LIKENESS
        ? NameLikeness.learn(nameWords, commonWords, placeWords, NAME_CUTS, PLACE_CUTS)
        : NameLikeness.EMPTY;
    if (likenessReport) {
      printLikeness(likeness, nameWords, commonWords, placeWords);
      return;
    }
    NameFeatures features = new NameFeatures(words(gaz, "gaz-first"), words(gaz, "gaz-last"),
        words(gaz, "gaz-place"), commonWords, likeness)
        .withWordClasses(WordNetClasses.classes());
    // training sees each listed word's score as if the word had not been listed (leave one out)
    NameFeatures trainingFeatures = features.withLikenessScorer(
        likeness.leaveOneOut(nameWords, commonWords, placeWords));
    System.out.printf(Locale.ROOT, "corpus: %d texts, %d sentences; gazetteers %s%n",
        train.size(), samples.size(), sizes(gaz));

    Files.createDirectories(out);
    Variant best = null;
    double bestScore = -1;
    Map<String, String> report = new java.util.TreeMap<>();
    for (Variant v : VARIANTS) {
      if (variants != null && !variants.contains(v.name())) {
        continue;
      }
      long t0 = System.nanoTime();
      Path tmp = Files.createTempFile("veil-ner-", ".bin");
      try (OutputStream os = Files.newOutputStream(tmp)) {
        if (v.veil()) {
          Map<String, String> tuned = new java.util.TreeMap<>();
          tuneBias(trainVeil(v, samples, trainingFeatures, features), dev, freshDev, tuned)
              .write(os);
          tuned.forEach((key, value) -> report.put("variant." + v.name() + "." + key, value));
        } else {
          train(v, samples, gaz).serialize(os);
        }
      }
      long trainMs = (System.nanoTime() - t0) / 1_000_000;
      NameDetector detector = NameDetector.builder().model(tmp).build();
      Scores devScores = score(detector, dev);
      Scores freshScores = score(detector, freshDev);
      Scores heldScores = skipHeldOut ? new Scores() : score(detector, heldOut);
      if (devErrors > 0) {
        printErrors(detector, dev, devErrors);
      }
      double selection = devScores.f1("person") + devScores.f1("location")
          + devScores.f1("organization");
      long size = Files.size(tmp);
      System.out.printf(Locale.ROOT, "%s: train %d ms, %d bytes%n  dev  %s%n  fresh-dev  %s%n  held %s%n",
          v.name(), trainMs, size, devScores.oneLine(), freshScores.oneLine(), heldScores.oneLine());
      String k = "variant." + v.name() + ".";
      report.put(k + "trainMillis", Long.toString(trainMs));
      report.put(k + "bytes", Long.toString(size));
      for (String type : Scores.TYPES) {
        report.put(k + "dev." + type + ".f1", fmt(devScores.f1(type)));
        report.put(k + "freshdev." + type + ".precision", fmt(freshScores.precision(type)));
        report.put(k + "freshdev." + type + ".recall", fmt(freshScores.recall(type)));
        report.put(k + "freshdev." + type + ".f1", fmt(freshScores.f1(type)));
        if (!skipHeldOut) { // an empty score set would read as 1.000
          report.put(k + "heldout." + type + ".precision", fmt(heldScores.precision(type)));
          report.put(k + "heldout." + type + ".recall", fmt(heldScores.recall(type)));
          report.put(k + "heldout." + type + ".f1", fmt(heldScores.f1(type)));
        }
      }
      if (selection > bestScore) {
        bestScore = selection;
        best = v;
        Files.copy(tmp, out.resolve(MODEL_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        report.put("trainMillis", Long.toString(trainMs));
      }
      Files.delete(tmp);
    }
    report.put("selected", best.name());
    report.put("selectedBy", "sum of PERSON, LOCATION, ORGANIZATION F1 on the development set "
        + "(every 5th training template, left out of training; half the names unseen); the "
        + "held-out set is reported, never used to choose");
    report.put("algorithm", best.algorithm());
    report.put("iterations", Integer.toString(best.iterations()));
    report.put("cutoff", Integer.toString(best.cutoff()));
    report.put("trainerParams", best.extra().isEmpty() ? "defaults"
        : new java.util.TreeMap<>(best.extra()).toString());
    report.put("features", best.veil()
        ? VEIL_FEATURES + (likeness.present() ? LIKENESS_FEATURES : "")
        : featureSummary(best.gazetteers()));
    report.put("commonWords", Integer.toString(features.common().size()));
    report.put("wordClasses", !features.wordClasses().present() ? "none"
        : features.wordClasses().size() + " classes of " + WordNetClasses.table().size()
        + " words (WordNet 3.1 lexicographer file of the most frequent sense; function words, "
        + "punctuation and numbers their own class); templates c-1, c+1, c-2, c+2 unless left out");
    report.put("nameLikeness", !likeness.present() ? "none"
        : "character 3-grams of " + NameLikeness.folded(nameWords).size() + " name words, "
        + NameLikeness.folded(commonWords).size() + " common words, "
        + NameLikeness.folded(placeWords).size() + " place words (training pools); name cuts "
        + java.util.Arrays.toString(NAME_CUTS) + ", place cuts "
        + java.util.Arrays.toString(PLACE_CUTS) + "; left out of training: "
        + (DROP_TEMPLATES.isEmpty() ? "none" : new java.util.TreeSet<>(DROP_TEMPLATES)));
    report.put("seed", Long.toString(SEED));
    if (CONTEXT_DROPOUT.active()) { // absent at p = 0, so that manifest reads as before
      report.put("contextDropout", CONTEXT_DROPOUT.describe() + " (training only)");
    }
    report.put("corpus.texts", Integer.toString(train.size()));
    report.put("corpus.sentences", Integer.toString(samples.size()));
    report.put("corpus.trainingTemplates", Integer.toString(
        trainWith.size() + trainNo.size()) + " (+ phrase grammar; "
        + (TrainingTemplates.WITH_ENTITIES.size() + TrainingTemplates.NO_ENTITIES.size()
        - trainWith.size() - trainNo.size()) + " more kept for the development set)");
    report.put("corpus.mix", Math.round(GRAMMAR_SHARE * 100)
        + "% phrase grammar (" + Math.round(SLOT_SHARE * 100) + "% of it from the slot grammar); "
        + "of the rest, 50% no-entity templates; "
        + Math.round(LOWER_SHARE * 100) + "% recased to lower case, "
        + Math.round(UPPER_SHARE * 100) + "% to upper case");
    report.put("gazetteerShare", Double.toString(GAZETTEER_SHARE));
    report.put("gazetteers", sizes(gaz));
    report.put("opennlp", "2.5.6");
    report.put("command", "./mvnw -q -B -pl detectors -am process-test-classes -Pner-train");
    String biasKey = "variant." + best.name() + "." + VeilNameModel.PERSON_BIAS;
    if (report.containsKey(biasKey)) {
      report.put(VeilNameModel.PERSON_BIAS, report.get(biasKey));
      report.put(VeilNameModel.PERSON_BIAS + ".rule", report.get(biasKey + ".rule"));
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(report).entrySet()) {
        if (e.getKey().startsWith(biasKey + ".")) { // the class biases and how they were tuned
          report.put(e.getKey().substring(("variant." + best.name() + ".").length()),
              e.getValue());
        }
      }
    }
    writeManifest(out, report);
    System.out.println("selected " + best.name() + " -> " + out.resolve(MODEL_FILE));
  }

  /**
   * The second development set: {@link FreshDevTemplates}, sentence shapes the training templates
   * do not have (never trained on), filled like the first development set.
   */
  static List<Labeled> freshDevSet(Pools pools) {
    return new CorpusGenerator(pools, true, SEED + 3).generate(FreshDevTemplates.WITH_ENTITIES,
        FreshDevTemplates.NO_ENTITIES, 2000, 0.4);
  }

  private static void writeManifest(Path out, Map<String, String> report) throws IOException {
    StringBuilder sb = new StringBuilder("# Veil name-finder model manifest (generated by TrainNameModel)\n");
    report.forEach((k, v) -> sb.append(k).append('=').append(v.replace("\n", " ")).append('\n'));
    Files.writeString(out.resolve(MANIFEST_FILE), sb.toString(), StandardCharsets.UTF_8);
  }

  /** PERSON recall the bias is tuned to reach on the development set (the issue's target). */
  static final double TARGET_RECALL = 0.93;

  /**
   * Whether {@link #tuneBias} gives the token classes of {@link VeilNameModel#BIAS_CLASSES}
   * biases of their own after the single-bias sweep ({@code --class-bias}).
   */
  static boolean CLASS_BIAS = true;

  /**
   * The bias classes tuned together ({@code --bias-groups}): groups separated by "|", classes of
   * a group by ","; each group is one free parameter. A class named in no group keeps the single
   * bias. Four by default: the place split of capitalized unknown words ended at the value of
   * its neighbour when tuned on its own (round 6 in evaluation-ner-notes.md).
   */
  static String BIAS_GROUPS = "rest|unknown-lower,unknown-lower-mixed"
      + "|unknown-cased,unknown-cased-place|name-list,name-list-common";

  /** The grid every group's bias is searched on. */
  static final double CLASS_BIAS_MIN = -3;
  static final double CLASS_BIAS_MAX = 4;
  static final double CLASS_BIAS_STEP = 0.5;

  /**
   * How far the LOCATION F1 of either development set may fall below its value at the single
   * bias with the best PERSON F1 while the class biases are tuned: lifting PERSON on unknown
   * words takes spans from LOCATION, whose F1 has little margin.
   */
  static final double LOCATION_SLACK = 0.01;

  /**
   * Picks the PERSON biases on the two development sets (never the held-out set). First a single
   * bias for every token: the best PERSON F1 over both sets together among biases whose PERSON
   * recall reaches {@link #TARGET_RECALL}; when none does, the best F1 overall. Then, with {@link
   * #CLASS_BIAS}, coordinate descent over the groups of {@link #BIAS_GROUPS}, starting at that
   * bias: each group in turn takes the grid value with the best score by the same rule among the
   * values that keep both sets' LOCATION F1 within {@link #LOCATION_SLACK} of its value at the
   * single bias with the best PERSON F1 (when the start breaks that floor, the first value that
   * keeps it wins over the start); rounds repeat until none moves (at most 3). Records the sweep
   * and the descent in {@code report}.
   */
  static VeilNameModel tuneBias(VeilNameModel model, List<Labeled> dev, List<Labeled> freshDev,
      Map<String, String> report) throws IOException {
    BiasTrials trials = new BiasTrials(model, dev, freshDev);
    int classes = VeilNameModel.BIAS_CLASSES.length;
    double bestBias = 0;
    Scores[] best = null;
    Scores[] bestF1 = null; // the single bias with the best PERSON F1, recall aside
    StringBuilder sweep = new StringBuilder();
    for (double bias = -2; bias <= 3.001; bias += 0.5) {
      double[] b = new double[classes];
      java.util.Arrays.fill(b, bias);
      Scores[] sc = trials.score(b);
      Scores both = sc[2];
      System.out.printf(Locale.ROOT, "bias %.2f: both %s location F1 dev %.3f fresh %.3f%n",
          bias, both.oneLine(), sc[0].f1("location"), sc[1].f1("location"));
      sweep.append(String.format(Locale.ROOT, "%s%.2f:P%.3f/R%.3f/F%.3f", sweep.length() == 0
          ? "" : " ", bias, both.precision("person"), both.recall("person"),
          both.f1("person")));
      if (best == null || better(both, best[2])) {
        bestBias = bias;
        best = sc;
      }
      if (bestF1 == null || both.f1("person") > bestF1[2].f1("person") + 1e-12) {
        bestF1 = sc;
      }
    }
    boolean reaches = best[2].recall("person") >= TARGET_RECALL;
    report.put(VeilNameModel.PERSON_BIAS, Double.toString(bestBias));
    report.put(VeilNameModel.PERSON_BIAS + ".rule", reaches
        ? "best PERSON F1 among biases with PERSON recall >= " + TARGET_RECALL
            + " on both development sets together (dev + fresh-dev)"
        : "no bias reached PERSON recall " + TARGET_RECALL + " on both development sets "
            + "together (dev + fresh-dev); best PERSON F1 there");
    report.put(VeilNameModel.PERSON_BIAS + ".sweep", sweep.toString());
    System.out.println("person bias " + bestBias);
    if (!CLASS_BIAS) {
      return model.withPersonBias(bestBias);
    }
    int[][] groups = groups(BIAS_GROUPS);
    double[] biases = new double[classes];
    java.util.Arrays.fill(biases, bestBias);
    double locDev = bestF1[0].f1("location") - LOCATION_SLACK;
    double locFresh = bestF1[1].f1("location") - LOCATION_SLACK;
    boolean feasible = best[0].f1("location") >= locDev && best[1].f1("location") >= locFresh;
    StringBuilder descent = new StringBuilder();
    boolean moved = true;
    for (int round = 1; round <= 3 && moved; round++) {
      moved = false;
      for (int[] group : groups) {
        double from = biases[group[0]];
        double pick = from;
        for (double v = CLASS_BIAS_MIN; v <= CLASS_BIAS_MAX + 1e-9; v += CLASS_BIAS_STEP) {
          double[] b = biases.clone();
          for (int c : group) {
            b[c] = v;
          }
          Scores[] sc = trials.score(b);
          System.out.printf(Locale.ROOT, "  %s=%.2f: both person P%.3f/R%.3f/F%.3f; location F1 "
              + "dev %.3f fresh %.3f%n", VeilNameModel.BIAS_CLASSES[group[0]], v,
              sc[2].precision("person"), sc[2].recall("person"), sc[2].f1("person"),
              sc[0].f1("location"), sc[1].f1("location"));
          boolean ok = sc[0].f1("location") >= locDev && sc[1].f1("location") >= locFresh;
          if (ok && (!feasible || better(sc[2], best[2]))) {
            best = sc;
            pick = v;
            feasible = true;
          }
        }
        for (int c : group) {
          biases[c] = pick;
        }
        if (pick != from) {
          moved = true;
        }
        descent.append(String.format(Locale.ROOT, "%s%d:%s=%.2f:P%.3f/R%.3f/F%.3f",
            descent.length() == 0 ? "" : " ", round, VeilNameModel.BIAS_CLASSES[group[0]], pick,
            best[2].precision("person"), best[2].recall("person"), best[2].f1("person")));
        System.out.printf(Locale.ROOT, "round %d %s -> %.2f: dev %s | fresh %s%n", round,
            VeilNameModel.BIAS_CLASSES[group[0]], pick, best[0].oneLine(), best[1].oneLine());
      }
    }
    for (int c = 0; c < classes; c++) {
      report.put(VeilNameModel.PERSON_BIAS + "." + VeilNameModel.BIAS_CLASSES[c],
          Double.toString(biases[c]));
    }
    // the file's single bias is the class "rest"'s (what a reader before the classes applies)
    report.put(VeilNameModel.PERSON_BIAS + ".single", Double.toString(bestBias));
    report.put(VeilNameModel.PERSON_BIAS,
        Double.toString(biases[List.of(VeilNameModel.BIAS_CLASSES).indexOf("rest")]));
    report.put(VeilNameModel.PERSON_BIAS + ".classes.groups", BIAS_GROUPS + " ("
        + groups.length + " free parameters)");
    report.put(VeilNameModel.PERSON_BIAS + ".classes.rule", "coordinate descent from the single "
        + "bias over the groups, grid " + CLASS_BIAS_MIN + " to " + CLASS_BIAS_MAX + " step "
        + CLASS_BIAS_STEP + ", same rule as the single bias on both development sets together, "
        + "LOCATION F1 of each set at most " + LOCATION_SLACK + " below its value at the single "
        + "bias with the best PERSON F1; " + trials.count() + " trials; "
        + String.format(Locale.ROOT, "dev PERSON P/R/F1 %.3f/%.3f/%.3f, fresh-dev %.3f/%.3f/%.3f, "
        + "both %.3f/%.3f/%.3f, LOCATION F1 dev %.3f fresh-dev %.3f",
        best[0].precision("person"), best[0].recall("person"), best[0].f1("person"),
        best[1].precision("person"), best[1].recall("person"), best[1].f1("person"),
        best[2].precision("person"), best[2].recall("person"), best[2].f1("person"),
        best[0].f1("location"), best[1].f1("location")));
    report.put(VeilNameModel.PERSON_BIAS + ".classes.descent", descent.toString());
    System.out.println("person biases " + java.util.Arrays.toString(biases) + " after "
        + trials.count() + " trials");
    return model.withPersonBiases(biases);
  }

  /** True when {@code a} beats {@code b} by the bias rule: reaching the recall target first, then PERSON F1. */
  private static boolean better(Scores a, Scores b) {
    boolean ra = a.recall("person") >= TARGET_RECALL;
    boolean rb = b.recall("person") >= TARGET_RECALL;
    return ra != rb ? ra : a.f1("person") > b.f1("person") + 1e-12;
  }

  /** The class indices of each group of a {@link #BIAS_GROUPS} string. */
  static int[][] groups(String spec) {
    List<String> names = List.of(VeilNameModel.BIAS_CLASSES);
    List<int[]> out = new ArrayList<>();
    Set<Integer> seen = new java.util.HashSet<>();
    for (String g : spec.split("\\|")) {
      String[] parts = g.split(",");
      int[] group = new int[parts.length];
      for (int k = 0; k < parts.length; k++) {
        int c = names.indexOf(parts[k].trim());
        if (c < 0 || !seen.add(c)) {
          throw new IllegalArgumentException("unknown or repeated bias class " + parts[k]);
        }
        group[k] = c;
      }
      out.add(group);
    }
    return out.toArray(new int[0][]);
  }

  /**
   * Scores of the model with given class biases on dev, fresh-dev and both, each configuration
   * scored once.
   */
  private static final class BiasTrials {
    private final VeilNameModel model;
    private final List<Labeled> dev;
    private final List<Labeled> freshDev;
    private final Map<String, Scores[]> done = new HashMap<>();

    BiasTrials(VeilNameModel model, List<Labeled> dev, List<Labeled> freshDev) {
      this.model = model;
      this.dev = dev;
      this.freshDev = freshDev;
    }

    int count() {
      return done.size();
    }

    Scores[] score(double[] biases) throws IOException {
      String key = java.util.Arrays.toString(biases);
      Scores[] known = done.get(key);
      if (known != null) {
        return known;
      }
      Path tmp = Files.createTempFile("veil-ner-bias-", ".bin");
      Scores[] sc;
      try {
        try (OutputStream os = Files.newOutputStream(tmp)) {
          model.withPersonBiases(biases).write(os);
        }
        NameDetector d = NameDetector.builder().model(tmp).build();
        Scores a = TrainNameModel.score(d, dev);
        Scores b = TrainNameModel.score(d, freshDev);
        Scores both = new Scores();
        for (String t : Scores.TYPES) {
          for (int k = 0; k < 3; k++) {
            both.counts.get(t)[k] = a.counts.get(t)[k] + b.counts.get(t)[k];
          }
        }
        sc = new Scores[] {a, b, both};
      } finally {
        Files.delete(tmp);
      }
      done.put(key, sc);
      return sc;
    }
  }

  static TokenNameFinderModel train(Variant v, List<NameSample> samples, Map<String, Object> gaz)
      throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, v.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, v.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, v.cutoff());
    params.put("Threads", 2);
    Map<String, Object> resources = v.gazetteers() ? gaz : new HashMap<>();
    TokenNameFinderFactory factory = TokenNameFinderFactory.create(null,
        featureXml(v.gazetteers()).getBytes(StandardCharsets.UTF_8), resources, new BioCodec());
    return NameFinderME.train("en", null, new CollectionObjectStream<>(samples), params, factory);
  }

  static final String VEIL_FEATURES = "one hand-written extractor (NameFeatures), per token once "
      + "per sentence: window(-2..+2) lower-cased token and shape; shape bigrams; previous and "
      + "next word given the current shape; prefix 3, suffixes 2-4; window(-1..+1) gazetteer "
      + "flags (first names, surnames, place words); common-word flag with shape, window(-1..+1); "
      + "cue-word class window(-2..+2) (title, patient, greeting, sign-off, particle, place "
      + "preposition, kin, reporting verb, organization word); sentence casing "
      + "(lower/upper/title/mixed) alone and with "
      + "shape, gazetteer and common-word flags; sentence begin; previous label and previous "
      + "label with shape; first-order Viterbi over BIO labels";

  static final String LIKENESS_FEATURES = "; name-likeness of the token's letters (character "
      + "3-grams, case and accents folded, mean log-ratio person name vs common word, cut into "
      + "bins), for words the common-word lexicon lacks: alone, with shape, with sentence "
      + "casing, window(-1..+1)";

  /** Trains weights with OpenNLP's event trainer over Veil's features (gold previous labels). */
  static VeilNameModel trainVeil(Variant v, List<NameSample> samples,
      NameFeatures trainingFeatures, NameFeatures features) throws IOException {
    Set<Integer> dropped = new java.util.HashSet<>();
    for (int t = 0; t < NameFeatures.TEMPLATE_COUNT; t++) {
      if (DROP_TEMPLATES.contains(NameFeatures.TEMPLATES[t])) {
        dropped.add(t);
      }
    }
    List<Event> events = events(samples, trainingFeatures, dropped, CONTEXT_DROPOUT);
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, v.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, v.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, v.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, 2);
    params.put("DataIndexer", "OnePass");
    v.extra().forEach(params::put);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
    AbstractModel model = (AbstractModel) trainer.train(new CollectionObjectStream<>(events));
    Object[] data = model.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    Map<String, float[]> predicates = new HashMap<>();
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      float[] w = new float[outcomes.length];
      int[] o = e.getValue().getOutcomes();
      double[] p = e.getValue().getParameters();
      boolean any = false;
      for (int k = 0; k < o.length; k++) {
        w[o[k]] = (float) p[k];
        any |= p[k] != 0;
      }
      if (any) {
        predicates.put(e.getKey(), w);
      }
    }
    Map<String, String> info = new java.util.LinkedHashMap<>();
    info.put("variant", v.name());
    info.put("algorithm", v.algorithm());
    info.put("seed", Long.toString(SEED));
    return VeilNameModel.of(info, outcomes, features, predicates);
  }

  /**
   * The training events over Veil's features (gold previous labels), with the templates in
   * {@code dropped} left out and {@code dropout} applied (training only; {@link
   * ContextDropout#NONE} leaves every event as it was).
   */
  static List<Event> events(List<NameSample> samples, NameFeatures trainingFeatures,
      Set<Integer> dropped, ContextDropout dropout) {
    List<Event> events = new ArrayList<>();
    List<Event> copies = new ArrayList<>();
    for (int si = 0; si < samples.size(); si++) {
      NameSample sample = samples.get(si);
      String[] tokens = sample.getSentence();
      String[] labels = new String[tokens.length];
      java.util.Arrays.fill(labels, "O");
      int[] entity = new int[tokens.length];
      java.util.Arrays.fill(entity, -1);
      opennlp.tools.util.Span[] names = sample.getNames();
      for (int e = 0; e < names.length; e++) {
        opennlp.tools.util.Span sp = names[e];
        for (int k = sp.getStart(); k < sp.getEnd(); k++) {
          labels[k] = (k == sp.getStart() ? "B-" : "I-") + sp.getType();
          entity[k] = e;
        }
      }
      boolean copy = dropout.active() && dropout.mode() == ContextDropout.Mode.DUPLICATE
          && sample.getNames().length > 0 && dropout.chosenSentence(si);
      NameFeatures.Sentence s = trainingFeatures.sentence(tokens, 0, tokens.length);
      for (int i = 0; i < tokens.length; i++) {
        boolean drop = dropout.active() && switch (dropout.mode()) {
          case ALL -> dropout.chosen(si, i);
          case ENTITY -> !labels[i].equals("O") && dropout.chosen(si, i);
          case DUPLICATE -> false;
        };
        String prev = i == 0 ? VeilNameModel.startLabel() : labels[i - 1];
        events.add(event(s, i, labels[i], prev, dropped, drop ? dropout : null, entity));
        if (copy) {
          copies.add(event(s, i, labels[i], prev, dropped, dropout, entity));
        }
      }
    }
    events.addAll(copies);
    return events;
  }

  private static Event event(NameFeatures.Sentence s, int i, String label, String prev,
      Set<Integer> dropped, ContextDropout dropout, int[] entity) {
    List<String> ctx = new ArrayList<>(56);
    s.features(i, (t, value) -> {
      if (!dropped.contains(t) && (dropout == null || !dropout.drops(t, i, entity))) {
        ctx.add(NameFeatures.TEMPLATES[t] + value);
      }
    });
    ctx.add(NameFeatures.TEMPLATES[NameFeatures.PO] + prev);
    ctx.add(NameFeatures.TEMPLATES[NameFeatures.PO_S0]
        + VeilNameModel.prevShapeValue(prev, s.shape(i)));
    return new Event(label, ctx.toArray(new String[0]));
  }

  /** Development-set errors (never held-out ones), for looking at what the model gets wrong. */
  private static void printErrors(NameDetector detector, List<Labeled> dev, int max) {
    int shown = 0;
    for (Labeled l : dev) {
      Set<String> gold = new java.util.TreeSet<>();
      for (Labeled.Gold g : l.gold()) {
        gold.add(g.type() + ":" + l.text().substring(g.start(), g.end()) + "@" + g.start());
      }
      Set<String> found = new java.util.TreeSet<>();
      for (Finding f : detector.detect(DetectorInput.of(l.text()))) {
        found.add(Scores.typeName(f.type()) + ":" + f.valueIn(l.text()) + "@" + f.start());
      }
      if (!gold.equals(found) && shown++ < max) {
        Set<String> fn = new java.util.TreeSet<>(gold);
        fn.removeAll(found);
        Set<String> fp = new java.util.TreeSet<>(found);
        fp.removeAll(gold);
        System.out.println("DEV | " + l.text().replace("\n", " / ") + "\n   missed " + fn
            + "\n   wrong " + fp);
      }
    }
  }

  private static double[] doubles(String csv) {
    if (csv.isEmpty()) {
      return new double[0];
    }
    String[] parts = csv.split(",");
    double[] out = new double[parts.length];
    for (int k = 0; k < parts.length; k++) {
      out[k] = Double.parseDouble(parts[k].trim());
    }
    return out;
  }

  /** The single words of pool values (names and places of several words are split). */
  @SafeVarargs
  static List<String> poolWords(List<String>... pools) {
    List<String> out = new ArrayList<>();
    for (List<String> pool : pools) {
      for (String v : pool) {
        for (String w : v.split("[\\s\\-]+")) {
          if (!w.isEmpty() && !PLACE_STOP.contains(w.toLowerCase(Locale.ROOT))) {
            out.add(w);
          }
        }
      }
    }
    return out;
  }

  /** Quantiles of the leave-one-out scores per word class, to choose bin cuts. */
  private static void printLikeness(NameLikeness likeness, List<String> names,
      Set<String> common, List<String> places) {
    Set<String> n = NameLikeness.folded(names);
    Set<String> c = NameLikeness.folded(common);
    Set<String> p = NameLikeness.folded(places);
    for (String[] cls : new String[][] {{"names", "0"}, {"common", "1"}, {"places", "2"}}) {
      Set<String> words = cls[1].equals("0") ? n : cls[1].equals("1") ? c : p;
      List<double[]> sc = new ArrayList<>();
      for (String w : new java.util.TreeSet<>(words)) {
        sc.add(likeness.scoresLeavingOut(w, n.contains(w), c.contains(w), p.contains(w)));
      }
      for (int dim = 0; dim < 2; dim++) {
        double[] v = new double[sc.size()];
        for (int k = 0; k < v.length; k++) {
          v[k] = sc.get(k)[dim];
        }
        java.util.Arrays.sort(v);
        StringBuilder sb = new StringBuilder();
        for (double q : new double[] {0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95}) {
          sb.append(String.format(Locale.ROOT, " q%.2f=%.2f", q, v[(int) (q * (v.length - 1))]));
        }
        System.out.println(cls[0] + " (" + v.length + ") " + (dim == 0 ? "name-vs-common" : "name-vs-place") + sb);
      }
    }
  }

  private static Set<String> words(Map<String, Object> gaz, String name) {
    Set<String> out = new java.util.HashSet<>();
    for (StringList entry : (Dictionary) gaz.get(name)) {
      if (entry.size() == 1) {
        out.add(entry.getToken(0).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  static Scores score(NameDetector detector, List<Labeled> texts) {
    Scores s = new Scores();
    for (Labeled l : texts) {
      List<Finding> found = detector.detect(DetectorInput.of(l.text()));
      s.add(l, found);
    }
    return s;
  }

  static String featureSummary(boolean gazetteers) {
    return "window(-2..+2) token class; window(-2..+2) lower-cased token; prefixes and suffixes "
        + "up to 4 chars; token-pair (bigram) names; definition; sentence begin"
        + (gazetteers ? "; window(-1..+1) gazetteers: first names, surnames, place words" : "");
  }

  static String featureXml(boolean gazetteers) {
    String fg = "opennlp.tools.util.featuregen.";
    StringBuilder x = new StringBuilder();
    x.append("<featureGenerators cache=\"true\" name=\"nameFinder\">\n");
    x.append(window(2, "<generator class=\"" + fg + "TokenClassFeatureGeneratorFactory\"/>"));
    x.append(window(2, "<generator class=\"" + fg + "TokenFeatureGeneratorFactory\">"
        + "<bool name=\"lowercase\">true</bool></generator>"));
    x.append("<generator class=\"" + fg + "PrefixFeatureGeneratorFactory\"><int name=\"length\">4</int></generator>\n");
    x.append("<generator class=\"" + fg + "SuffixFeatureGeneratorFactory\"><int name=\"length\">4</int></generator>\n");
    x.append("<generator class=\"" + fg + "BigramNameFeatureGeneratorFactory\"/>\n");
    x.append("<generator class=\"" + fg + "DefinitionFeatureGeneratorFactory\"/>\n");
    x.append("<generator class=\"" + fg + "SentenceFeatureGeneratorFactory\">"
        + "<bool name=\"begin\">true</bool><bool name=\"end\">false</bool></generator>\n");
    if (gazetteers) {
      String gz = "dev.veil.detectors.ner.internal.GazetteerFeatureGeneratorFactory";
      for (String[] d : new String[][] {{"gaz-first", "fn"}, {"gaz-last", "ln"}, {"gaz-place", "loc"}}) {
        x.append(window(1, "<generator class=\"" + gz + "\"><str name=\"dict\">" + d[0]
            + "</str><str name=\"prefix\">" + d[1] + "</str></generator>"));
      }
    }
    x.append("</featureGenerators>\n");
    return x.toString();
  }

  private static String window(int n, String inner) {
    return "<generator class=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
        + "<int name=\"prevLength\">" + n + "</int><int name=\"nextLength\">" + n + "</int>"
        + inner + "</generator>\n";
  }

  /**
   * Gazetteers from the training pools only (held-out-only names stay unseen), and only
   * {@link #GAZETTEER_SHARE} of those: names the gazetteer lacks teach the model to find a name
   * from its shape and context too, as it must for most names at run time.
   */
  static Map<String, Object> gazetteers(Pools pools) {
    Map<String, Object> m = new HashMap<>();
    m.put("gaz-first", dictionary(sample(pools.firstTrain), false));
    m.put("gaz-last", dictionary(sample(pools.lastTrain), false));
    List<String> placeWords = new ArrayList<>();
    for (String p : sample(pools.placeTrain)) {
      for (String w : p.split("[\\s\\-]+")) {
        if (w.length() >= 3 && !PLACE_STOP.contains(w.toLowerCase(Locale.ROOT))) {
          placeWords.add(w);
        }
      }
    }
    m.put("gaz-place", dictionary(placeWords, true));
    return m;
  }

  static final double GAZETTEER_SHARE = 0.7;

  private static List<String> split(List<String> templates, boolean dev) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < templates.size(); i++) {
      if ((i % 5 == 0) == dev) {
        out.add(templates.get(i));
      }
    }
    return out;
  }

  private static List<String> sample(List<String> all) {
    List<String> out = new ArrayList<>();
    for (String v : all) {
      if (Math.floorMod((v + "#gaz").hashCode(), 100) < GAZETTEER_SHARE * 100) {
        out.add(v);
      }
    }
    return out;
  }

  private static final Set<String> PLACE_STOP = Set.of("new", "san", "los", "las", "city",
      "the", "north", "south", "east", "west", "port", "fort", "saint", "lake", "mount",
      "and", "del", "des", "upon", "island", "islands", "republic", "united", "county", "land");

  private static Dictionary dictionary(List<String> entries, boolean wordsOnly) {
    Set<String> words = new LinkedHashSet<>();
    for (String e : entries) {
      String w = e.toLowerCase(Locale.ROOT).trim();
      if (!w.isEmpty() && (w.indexOf(' ') < 0 || !wordsOnly)) {
        if (w.indexOf(' ') < 0) {
          words.add(w);
        }
      }
    }
    Dictionary d = new Dictionary(false);
    for (String w : words) {
      d.put(new StringList(w));
    }
    return d;
  }

  private static String sizes(Map<String, Object> gaz) {
    StringBuilder sb = new StringBuilder();
    new java.util.TreeMap<>(gaz).forEach((k, v) -> sb.append(k).append(':')
        .append(((Dictionary) v).size()).append(' '));
    return sb.toString().trim();
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }
}
