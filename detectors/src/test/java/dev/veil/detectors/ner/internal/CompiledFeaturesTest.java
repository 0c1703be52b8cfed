package dev.veil.detectors.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The compiled features (word ids, rows in one array, sums in registers) against the string path
 * that training uses: every feature as "template=value" looked up in the model's tables one by
 * one. The label scores must be the same to the last bit, and so the spans and probabilities.
 */
class CompiledFeaturesTest {
  private static final VeilNameModel BUNDLED = BundledModel.read();

  /** Tokens as the tokenizer cuts them, from words the model knows and words it never saw. */
  @Provide
  Arbitrary<List<String>> sentences() {
    Arbitrary<String> known = Arbitraries.of("Dr", ".", "Anna", "anna", "ANNA", "Berg", "patient",
        "Patient", "said", "in", "London", "the", "The", "THE", "Hospital", "LLC", "Mr", "dear",
        "Dear", "regards", "van", "der", "of", ",", ":", "2024", "<num>", "Maria", "Lopez",
        "GmbH", "and", "mother", "called", "visited", "Oslo", "clinic", "BRONCHITIS", "J");
    Arbitrary<String> ascii = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> unicode = Arbitraries.of("Müller", "MÜLLER", "Ölçer", "ÖZ", "İstanbul",
        "ǅemal", "Ⅻ", "straße", "STRASSE", "Łódź", "Ελένη", "ΣΟΦΙΑ", "李", "José", "ß", "ﬁnn",
        "Ａｎｎａ", "𝐀𝐧𝐧𝐚", "é", "É", "ÉMILE", "a9", "Ab1", "—", "’", "x");
    Arbitrary<String> any = Arbitraries.strings().ofMinLength(1).ofMaxLength(6);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, known), net.jqwik.api.Tuple.of(3, ascii),
            net.jqwik.api.Tuple.of(1, digits), net.jqwik.api.Tuple.of(2, unicode),
            net.jqwik.api.Tuple.of(1, any))
        .list().ofMinSize(1).ofMaxSize(40);
  }

  @Property(tries = 300, seed = "20261129")
  void scoresAreTheStringPathsToTheLastBit(@ForAll("sentences") List<String> tokens) {
    String[] t = tokens.toArray(new String[0]);
    double[][] fast = BUNDLED.scores(t);
    double[][] strings = BUNDLED.scoresByFeatureStrings(t);
    for (int i = 0; i < t.length; i++) {
      for (int y = 0; y < fast[i].length; y++) {
        assertEquals(Double.doubleToRawLongBits(strings[i][y]),
            Double.doubleToRawLongBits(fast[i][y]), "token " + i + " label " + y);
      }
    }
  }

  @Property(tries = 300, seed = "20261129")
  void spansAreTheStringPaths(@ForAll("sentences") List<String> tokens) {
    String[] t = tokens.toArray(new String[0]);
    assertEquals(describe(BUNDLED.findByFeatureStrings(t)), describe(BUNDLED.find(t)));
  }

  @Property(tries = 100, seed = "20261129")
  void aSliceOfTokensDecodesLikeACopy(@ForAll("sentences") List<String> tokens) {
    String text = String.join(" ", tokens);
    Tokens t = Tokens.of(text);
    for (int k = 0; k < t.sentenceCount(); k++) {
      int from = t.sentenceFrom(k);
      int to = t.sentenceTo(k);
      assertEquals(describe(BUNDLED.find(t.slice(from, to))), describe(BUNDLED.find(t, from, to)));
    }
  }

  /** Longer than the thread's kept arrays: decoded with arrays of its own, same spans. */
  @Test
  void longSentenceDecodesLikeTheStringPath() {
    List<String> tokens = new ArrayList<>();
    String[] words = {"Pt", "Anna", "Berg", "was", "seen", "by", "Dr", ".", "Okafor", "in", "Leeds",
        "and", "then", "visited", "Oslo", "with", "her", "mother", "Maria", ","};
    while (tokens.size() < Workspace.KEPT_TOKENS + 100) {
      tokens.addAll(List.of(words));
    }
    String[] t = tokens.toArray(new String[0]);
    assertEquals(describe(BUNDLED.findByFeatureStrings(t)), describe(BUNDLED.find(t)));
    // and the thread's arrays still serve short sentences afterwards
    String[] shortOne = {"Dr", ".", "Okafor", "called"};
    assertEquals(describe(BUNDLED.findByFeatureStrings(shortOne)), describe(BUNDLED.find(shortOne)));
  }

  /** A model whose words have no weights and whose flags come from its word lists only. */
  @Test
  void wordsWithFlagsButNoWeightsScoreLikeTheStringPath() {
    Map<String, float[]> p = Map.of(
        "bias=1", new float[] {2f, 0f, 0f},
        "g0=fn", new float[] {0f, 3f, 0f},
        "x3=nna", new float[] {0f, 0.5f, 0f},
        "p3=ann", new float[] {0f, 0.25f, 0f},
        "w0=anna", new float[] {0f, 0.125f, 0.5f},
        "cw0=low|c", new float[] {1f, 0f, 0f},
        "po&s0=B-person|Cap", new float[] {0f, 0f, 6f});
    NameFeatures f = new NameFeatures(Set.of("anna", "berit"), Set.of("berg"), Set.of(),
        Set.of("walked", "home"));
    VeilNameModel m = VeilNameModel.of(Map.of(), new String[] {"O", "B-person", "I-person"}, f, p);
    for (String[] t : List.of(new String[] {"Anna", "Berit", "Berg", "walked", "home"},
        new String[] {"ANNA", "walked"}, new String[] {"Joanna", "Hanna", "anna"})) {
      double[][] fast = m.scores(t);
      double[][] strings = m.scoresByFeatureStrings(t);
      for (int i = 0; i < t.length; i++) {
        assertArrayEquals(strings[i], fast[i]);
      }
      assertEquals(describe(m.findByFeatureStrings(t)), describe(m.find(t)));
    }
  }

  /**
   * A model with name-likeness counts and a weight on every name-likeness feature value: the
   * bins reach the sums through word ids (cached per word) or, for unknown words, from the
   * token; both must give the string path's sums.
   */
  private static final VeilNameModel LIKENESS_MODEL = likenessModel();

  private static VeilNameModel likenessModel() {
    NameLikeness likeness = NameLikeness.learn(
        List.of("Anna", "Berit", "Berg", "Okafor", "Maria", "Lopez", "Kowalski", "Ilse"),
        List.of("walked", "home", "the", "said", "patient", "clinic", "invoice", "meeting"),
        List.of("London", "Oslo", "Leeds", "Hampshire"), new double[] {-0.5, 0, 0.5, 1},
        new double[] {0});
    NameFeatures f = new NameFeatures(Set.of("anna", "berit"), Set.of("berg"), Set.of("oslo"),
        Set.of("walked", "home", "the", "said"), likeness);
    Map<String, float[]> p = new java.util.HashMap<>();
    p.put("bias=1", new float[] {2f, 0f, 0f});
    p.put("w0=anna", new float[] {0f, 0.125f, 0.5f});
    p.put("po&s0=B-person|Cap", new float[] {0f, 0f, 6f});
    float v = 0.0625f;
    for (int b = 0; b < NameFeatures.BINS.length; b++) {
      String bin = NameFeatures.BINS[b];
      p.put("nl0=" + bin, new float[] {0f, v += 0.03125f, 0f});
      p.put("nl-1=" + bin, new float[] {v, 0f, 0.1f});
      p.put("nl+1=" + bin, new float[] {0f, 0.2f, v});
      p.put("nlp0=" + bin, new float[] {0.3f, v, 0f});
      for (String shape : NameFeatures.SHAPES) {
        p.put("nl&s0=" + bin + "|" + shape, new float[] {0f, v / 3, 0f});
      }
      for (String casing : NameFeatures.CASINGS) {
        p.put("sc&nl=" + casing + "|" + bin, new float[] {0f, 0f, v / 7});
      }
    }
    return VeilNameModel.of(Map.of(), new String[] {"O", "B-person", "I-person"}, f, p);
  }

  @Property(tries = 300, seed = "20261129")
  void nameLikenessScoresAreTheStringPathsToTheLastBit(
      @ForAll("sentences") List<String> tokens) {
    String[] t = tokens.toArray(new String[0]);
    for (int round = 0; round < 2; round++) { // the second round reads the cached word bins
      double[][] fast = LIKENESS_MODEL.scores(t);
      double[][] strings = LIKENESS_MODEL.scoresByFeatureStrings(t);
      for (int i = 0; i < t.length; i++) {
        for (int y = 0; y < fast[i].length; y++) {
          assertEquals(Double.doubleToRawLongBits(strings[i][y]),
              Double.doubleToRawLongBits(fast[i][y]), "token " + i + " label " + y);
        }
      }
    }
    assertEquals(describe(LIKENESS_MODEL.findByFeatureStrings(t)), describe(LIKENESS_MODEL.find(t)));
  }

  /**
   * A model with a word-class table (words with flags, words without, a class word only the
   * table knows, punctuation, numbers) and a weight on every class feature value, edges included:
   * the classes reach the sums through the token's word id; the sums must be the string path's.
   */
  static final WordClasses CLASSES = WordClasses.of(Map.ofEntries(
      Map.entry("said", "verb.communication"), Map.entry("called", "verb.communication"),
      Map.entry("visited", "verb.social"), Map.entry("mother", "noun.person"),
      Map.entry("clinic", "noun.artifact"), Map.entry("hospital", "noun.artifact"),
      Map.entry("patient", "noun.person"), Map.entry("the", "the"), Map.entry("in", "in"),
      Map.entry("and", "and"), Map.entry("of", "of"), Map.entry(",", ","), Map.entry(".", "."),
      Map.entry(":", ":"), Map.entry("<num>", "<num>"), Map.entry("straße", "noun.location"),
      Map.entry("müller", "noun.person"), Map.entry("dear", "dear"),
      Map.entry("walked", "verb.motion")));

  private static final VeilNameModel CLASS_MODEL = classModel();

  private static VeilNameModel classModel() {
    NameFeatures f = new NameFeatures(Set.of("anna", "berit"), Set.of("berg"), Set.of("oslo"),
        Set.of("walked", "home", "the", "said", "in")).withWordClasses(CLASSES);
    Map<String, float[]> p = new java.util.HashMap<>();
    p.put("bias=1", new float[] {2f, 0f, 0f});
    p.put("w0=anna", new float[] {0f, 0.125f, 0.5f});
    p.put("w-1=said", new float[] {0f, 0.75f, 0f});
    p.put("po&s0=B-person|Cap", new float[] {0f, 0f, 6f});
    float v = 0.0625f;
    String[] values = CLASSES.values();
    for (int c = 0; c < values.length; c++) {
      String name = values[c];
      p.put("c-1=" + name, new float[] {0f, v += 0.03125f, 0f});
      p.put("c+1=" + name, new float[] {v / 5, 0.1f, 0f});
      p.put("c-2=" + name, new float[] {0f, 0f, v / 3});
      p.put("c+2=" + name, new float[] {v / 9, 0f, 0.3f});
      for (String shape : NameFeatures.SHAPES) {
        p.put("c-1&s0=" + name + "|" + shape, new float[] {0f, v / 7, 0f});
        p.put("c+1&s0=" + name + "|" + shape, new float[] {v / 11, 0f, v / 13});
      }
      for (int d = 0; d < values.length; d += 2) { // every other pair: some have no weights
        p.put("c-2c-1=" + name + "|" + values[d], new float[] {0f, v / 17, 0f});
        p.put("c+1c+2=" + values[d] + "|" + name, new float[] {v / 19, 0f, 0.05f});
      }
    }
    return VeilNameModel.of(Map.of(), new String[] {"O", "B-person", "I-person"}, f, p);
  }

  @Property(tries = 300, seed = "20261129")
  void wordClassScoresAreTheStringPathsToTheLastBit(@ForAll("sentences") List<String> tokens) {
    String[] t = tokens.toArray(new String[0]);
    double[][] fast = CLASS_MODEL.scores(t);
    double[][] strings = CLASS_MODEL.scoresByFeatureStrings(t);
    for (int i = 0; i < t.length; i++) {
      for (int y = 0; y < fast[i].length; y++) {
        assertEquals(Double.doubleToRawLongBits(strings[i][y]),
            Double.doubleToRawLongBits(fast[i][y]), "token " + i + " label " + y);
      }
    }
    assertEquals(describe(CLASS_MODEL.findByFeatureStrings(t)), describe(CLASS_MODEL.find(t)));
  }

  /** The class weights do reach the sums: a frame's class moves a score, an unknown word's not. */
  @Test
  void classFeaturesMoveTheScores() {
    double[][] said = CLASS_MODEL.scores(new String[] {"called", "Okafor"});
    double[][] unknown = CLASS_MODEL.scores(new String[] {"zzqx", "Okafor"});
    assertTrue(said[1][1] > unknown[1][1]);
    double[][] strings = CLASS_MODEL.scoresByFeatureStrings(new String[] {"called", "Okafor"});
    assertArrayEquals(strings[1], said[1]);
  }

  private static List<String> describe(Span[] spans) {
    List<String> out = new ArrayList<>();
    for (Span s : spans) {
      out.add(s.getStart() + ":" + s.getEnd() + ":" + s.getType() + ":"
          + Double.doubleToRawLongBits(s.getProb()));
    }
    return out;
  }
}
