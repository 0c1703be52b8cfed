package dev.veil.detectors.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VeilNameModelTest {
  private static final VeilNameModel BUNDLED = BundledModel.read();

  @ParameterizedTest
  @CsvSource({
      "anna, 0", "Anna, 1", "WHO, 2", "J, 3", "McKay, 4", "2024, 5", "A1, 6", "',', 7",
      "e-mail, 8", "Ölçer, 1", "ÖZ, 2"})
  void shapes(String token, int shape) {
    assertEquals(shape, NameFeatures.shapeOf(token));
  }

  @Test
  void lowerFormIsTheTokenItselfWhenAlreadyLower() {
    String t = "anna";
    assertTrue(NameFeatures.lowerOf(t) == t);
    assertEquals("anna", NameFeatures.lowerOf("ANNA"));
  }

  @Test
  void writeThenReadGivesTheSameDecisions() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BUNDLED.write(out);
    BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(out.toByteArray()));
    assertTrue(VeilNameModel.isVeilModel(in));
    VeilNameModel again = VeilNameModel.read(in);
    for (String s : List.of("Pt Jonas Berg flew in from Oslo yesterday .",
        "ask maria lopez to call the office in leeds", "THE INVOICE FOR ANNA KOWALSKI")) {
      String[] tokens = Tokens.of(s).slice(0, Tokens.of(s).size());
      assertArrayEquals(BUNDLED.find(tokens), again.find(tokens));
    }
  }

  @Test
  void rejectsOtherFiles() {
    assertThrows(IOException.class,
        () -> VeilNameModel.read(new ByteArrayInputStream("PK not ours".getBytes())));
  }

  /** A hand-made model: a capitalized word after "dr" is a person. */
  @Test
  void decodesHandMadeWeights() {
    Map<String, float[]> p = new HashMap<>();
    String[] labels = {"O", "B-person", "I-person"};
    p.put("bias=1", new float[] {2f, 0f, 0f});
    p.put("w-1|Cap=dr", new float[] {0f, 5f, 0f});
    p.put("po&s0=B-person|Cap", new float[] {0f, 0f, 6f});
    NameFeatures f = new NameFeatures(Set.of(), Set.of(), Set.of(), Set.of());
    VeilNameModel m = VeilNameModel.of(Map.of(), labels, f, p);
    Span[] spans = m.find(new String[] {"ask", "dr", "Okafor", "Bell", "now"});
    assertEquals(1, spans.length);
    assertEquals(new Span(2, 4, "person"), new Span(spans[0].getStart(), spans[0].getEnd(),
        spans[0].getType()));
    assertTrue(spans[0].getProb() > 0.5 && spans[0].getProb() <= 1.0);
  }

  /** The hand-made model's "dr" weight is too weak alone; a PERSON bias tips the decision. */
  @Test
  void personBiasTradesPrecisionForRecallAndTravelsWithTheFile() throws IOException {
    Map<String, float[]> p = new HashMap<>();
    String[] labels = {"O", "B-person", "I-person"};
    p.put("bias=1", new float[] {2f, 0f, 0f});
    p.put("w-1|Cap=dr", new float[] {0f, 1.5f, 0f});
    NameFeatures f = new NameFeatures(Set.of(), Set.of(), Set.of(), Set.of());
    VeilNameModel m = VeilNameModel.of(Map.of(), labels, f, p);
    String[] tokens = {"ask", "dr", "Okafor", "now"};
    assertEquals(0, m.find(tokens).length);
    VeilNameModel biased = m.withPersonBias(1.0);
    assertEquals("1.0", biased.info().get(VeilNameModel.PERSON_BIAS));
    assertEquals(1, biased.find(tokens).length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    biased.write(out);
    VeilNameModel again = VeilNameModel.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(1, again.find(tokens).length);
    assertThrows(IllegalArgumentException.class, () -> m.withPersonBias(Double.NaN));
  }

  /** Each token class as the decoder sees it; the class picks the token's PERSON bias. */
  @ParameterizedTest
  @CsvSource({
      // shape, common word, gazetteer bits, sentence casing (0 mixed, 1 lower), likeness bins
      // (-1 none; name-vs-place bin from bit 8, split at 2), class
      "0, false, 0, 1, 3, unknown-lower", "0, false, 0, 0, 3, unknown-lower-mixed",
      "1, false, 0, 0, -1, unknown-cased", "2, false, 0, 2, 515, unknown-cased",
      "4, false, 0, 0, 512, unknown-cased", "3, false, 0, 0, 256, unknown-cased-place",
      "1, false, 0, 0, 6, unknown-cased-place", "0, false, 0, 1, 6, unknown-lower",
      "1, false, 1, 0, 6, name-list", "0, false, 2, 1, 6, name-list",
      "1, true, 1, 0, -1, name-list-common", "0, true, 0, 1, -1, rest", "1, true, 4, 0, -1, rest",
      "1, false, 4, 0, 768, unknown-cased", "5, false, 0, 0, -1, rest", "7, false, 0, 1, -1, rest",
      "6, false, 1, 0, -1, rest"})
  void biasClasses(int shape, boolean common, int gazetteer, int casing, int like, String name) {
    assertEquals(name, VeilNameModel.BIAS_CLASSES[
        VeilNameModel.biasClass(shape, common, gazetteer, casing, like, 2)]);
  }

  /** A file with one PERSON bias (as every file before the classes) gives every class that bias. */
  @Test
  void aFileWithOneBiasGivesItToEveryClass() throws IOException {
    // a file as every file before the classes was written: the single key only
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    UNBIASED.withPersonBias(-0.5).write(one);
    VeilNameModel singleFile = VeilNameModel.read(new ByteArrayInputStream(one.toByteArray()));
    assertEquals("-0.5", singleFile.info().get(VeilNameModel.PERSON_BIAS));
    for (double b : singleFile.personBiases()) {
      assertEquals(-0.5, b);
    }
    double[] biases = {0.5, 1.5, -0.5, 2.0, -2.5, 0.0, 1.0};
    VeilNameModel classes = BUNDLED.withPersonBiases(biases);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    classes.write(out);
    VeilNameModel again = VeilNameModel.read(new ByteArrayInputStream(out.toByteArray()));
    assertArrayEquals(biases, again.personBiases());
    assertEquals("0.5", again.info().get(VeilNameModel.PERSON_BIAS));
    // back to one bias: the class keys go
    assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1, 1}, again.withPersonBias(1).personBiases());
    assertThrows(IllegalArgumentException.class,
        () -> BUNDLED.withPersonBiases(new double[] {1, 2}));
    assertThrows(IllegalArgumentException.class,
        () -> BUNDLED.withPersonBiases(new double[] {0, 0, 0, Double.NaN, 0, 0, 0}));
    assertThrows(IllegalArgumentException.class,
        () -> BUNDLED.withPersonBiases(new double[] {0, 0, 0, 0, 21, 0, 0}));
  }

  /** A bias on one class moves that class only: a hand-made model, one unknown word per case. */
  @Test
  void aClassBiasLiftsItsOwnTokensOnly() {
    Map<String, float[]> p = new HashMap<>();
    String[] labels = {"O", "B-person", "I-person"};
    p.put("bias=1", new float[] {2f, 0f, 0f});
    p.put("po=B-person", new float[] {0f, 0f, 1f}); // a span goes on rather than restarting
    p.put("po=I-person", new float[] {0f, 0f, 1f});
    NameFeatures f = new NameFeatures(Set.of("anna"), Set.of(), Set.of(), Set.of("ask", "now"));
    VeilNameModel m = VeilNameModel.of(Map.of(), labels, f, p);
    String[] tokens = {"Ask", "okafor", "Bell", "anna", "now"};
    assertEquals(List.of(), describe(m.find(tokens)));
    double[] b = new double[VeilNameModel.BIAS_CLASSES.length];
    b[VeilNameModel.UNKNOWN_LOWER_MIXED] = 3;
    assertEquals(List.of("1:2"), spans(m.withPersonBiases(b).find(tokens)));
    b[VeilNameModel.NAME_LIST] = 3;
    assertEquals(List.of("1:2", "3:4"), spans(m.withPersonBiases(b).find(tokens)));
    b[VeilNameModel.UNKNOWN_CASED] = 3;
    assertEquals(List.of("1:4"), spans(m.withPersonBiases(b).find(tokens)));
    b[VeilNameModel.REST] = 3;
    assertEquals(List.of("0:5"), spans(m.withPersonBiases(b).find(tokens)));
  }

  private static final double[] CLASS_BIASES = {0.7, 2.5, 1.5, -0.5, 1.0, -1.5, 3.0};

  /** The class biases decode alike through the compiled features and the feature strings. */
  @Property(tries = 200, seed = "20261129")
  void classBiasesDecodeLikeTheStringPath(@ForAll @StringLength(max = 120) String text) {
    VeilNameModel m = BUNDLED.withPersonBiases(CLASS_BIASES);
    Tokens t = Tokens.of(text + " anna okafor and Bell said hi to ngozi . Tell MARIA");
    String[] tokens = t.slice(0, t.size());
    assertEquals(describe(m.findByFeatureStrings(tokens)), describe(m.find(tokens)));
  }

  /**
   * Every class at bias 0 decodes as the model without any bias, and every class at one bias
   * as the single bias of the files before the classes.
   */
  @Property(tries = 200, seed = "20261129")
  void equalClassBiasesAreTheSingleBias(@ForAll @StringLength(max = 120) String text,
      @ForAll("biases") double bias) {
    Tokens t = Tokens.of(text + " thanks morris , see you in Leeds with anna");
    String[] tokens = t.slice(0, t.size());
    double[] zero = new double[VeilNameModel.BIAS_CLASSES.length];
    assertEquals(describe(UNBIASED.find(tokens)),
        describe(BUNDLED.withPersonBiases(zero).find(tokens)));
    double[] same = zero.clone();
    java.util.Arrays.fill(same, bias);
    assertEquals(describe(BUNDLED.withPersonBias(bias).find(tokens)),
        describe(BUNDLED.withPersonBiases(same).find(tokens)));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Double> biases() {
    return net.jqwik.api.Arbitraries.doubles().between(-5, 5);
  }

  /** The bundled weights with no bias key at all (info without "person-bias"). */
  private static final VeilNameModel UNBIASED = unbiased();

  private static VeilNameModel unbiased() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BUNDLED.write(out);
      VeilNameModel m = VeilNameModel.read(new ByteArrayInputStream(out.toByteArray()));
      Map<String, String> info = new java.util.LinkedHashMap<>(m.info());
      // the single bias and the class keys ("person-bias.rest", ...) with it
      info.keySet().removeIf(k -> k.equals(VeilNameModel.PERSON_BIAS)
          || k.startsWith(VeilNameModel.PERSON_BIAS + "."));
      return VeilNameModel.withInfo(m, info);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> spans(Span[] spans) {
    List<String> out = new ArrayList<>();
    for (Span s : spans) {
      out.add(s.getStart() + ":" + s.getEnd());
    }
    return out;
  }

  /** The word-class table travels with the file: same classes, same scores after reading. */
  @Test
  void wordClassesTravelWithTheFile() throws IOException {
    Map<String, float[]> p = new HashMap<>();
    String[] labels = {"O", "B-person", "I-person"};
    p.put("bias=1", new float[] {2f, 0f, 0f});
    p.put("c-1=verb.communication", new float[] {0f, 2.5f, 0f});
    p.put("c-1&s0=verb.communication|low", new float[] {0f, 0.5f, 0f});
    p.put("c+2=</s>", new float[] {0f, 0.25f, 0f});
    // "spoke" is a common word, "chatted" is not: the file keeps both kinds of table entry
    NameFeatures f = new NameFeatures(Set.of(), Set.of(), Set.of(), Set.of("spoke", "with",
        "about")).withWordClasses(WordClasses.of(Map.of("spoke", "verb.communication",
            "chatted", "verb.communication", "with", "with", "zebra", "noun.animal")));
    VeilNameModel m = VeilNameModel.of(Map.of(), labels, f, p);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    VeilNameModel again = VeilNameModel.read(new ByteArrayInputStream(out.toByteArray()));
    assertTrue(again.info().containsKey(VeilNameModel.WORD_CLASSES));
    WordClasses c = again.features().wordClasses();
    assertEquals(List.of("chatted", "spoke", "with", "zebra"), List.of(c.words()));
    assertEquals("verb.communication", c.name(c.classOf("chatted")));
    assertEquals("noun.animal", c.name(c.classOf("zebra")));
    for (String[] t : List.of(new String[] {"chatted", "kelvin"}, new String[] {"spoke", "with",
        "kelvin"}, new String[] {"Spoke", "kelvin", "zebra"})) {
      assertEquals(List.of(m.scores(t)[1][1], m.scores(t)[t.length - 1][1]),
          List.of(again.scores(t)[1][1], again.scores(t)[t.length - 1][1]));
      assertEquals(describe(m.find(t)), describe(again.find(t)));
    }
    assertEquals(1, again.find(new String[] {"chatted", "kelvin"}).length);
  }

  /**
   * A model file written before the word classes (fewer templates, no class section) loads, with
   * no class features: the file is rewritten here as the round-5 writer wrote it.
   */
  @Test
  void modelWrittenBeforeTheWordClassesLoads() throws IOException {
    NameFeatures f = new NameFeatures(Set.of(), Set.of(), Set.of(), Set.of("a"));
    VeilNameModel m = VeilNameModel.of(Map.of(), new String[] {"O", "B-person"}, f,
        Map.of("bias=1", new float[] {1f, 0f}, "w-1=a", new float[] {0f, 3f}));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    byte[] file = out.toByteArray();
    byte[] body = new java.util.zip.InflaterInputStream(
        new ByteArrayInputStream(file, 8, file.length - 8)).readAllBytes();
    // info, labels and word lists as the writer puts them; then the template count
    ByteArrayOutputStream prefix = new ByteArrayOutputStream();
    java.io.DataOutputStream p = new java.io.DataOutputStream(prefix);
    p.writeInt(0);
    p.writeInt(2);
    p.writeUTF("O");
    p.writeUTF("B-person");
    p.writeInt(0);
    p.writeInt(0);
    p.writeInt(0);
    p.writeInt(1);
    p.writeUTF("a");
    p.flush();
    int at = prefix.size();
    assertArrayEquals(prefix.toByteArray(), java.util.Arrays.copyOf(body, at));
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(body);
    assertEquals(NameFeatures.TEMPLATE_COUNT, b.getInt(at));
    int dropped = NameFeatures.TEMPLATE_COUNT - NameFeatures.PRE_CLASS_TEMPLATE_COUNT;
    for (int k = 1; k <= dropped; k++) {
      assertEquals(0, b.getInt(body.length - 4 * k)); // the class tables, empty
    }
    b.putInt(at, NameFeatures.PRE_CLASS_TEMPLATE_COUNT);
    ByteArrayOutputStream old = new ByteArrayOutputStream();
    old.write(file, 0, 8);
    try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(old)) {
      z.write(body, 0, body.length - 4 * dropped);
    }
    VeilNameModel again = VeilNameModel.read(new ByteArrayInputStream(old.toByteArray()));
    assertFalse(again.features().wordClasses().present());
    String[] t = {"a", "Okafor"};
    assertEquals(describe(m.find(t)), describe(again.find(t)));
    assertEquals(1, again.find(t).length);
  }

  @Property(tries = 200, seed = "20261129")
  void spansAreOrderedDisjointAndInside(@ForAll @StringLength(max = 200) String text) {
    Tokens t = Tokens.of(text);
    String[] tokens = t.slice(0, t.size());
    int end = 0;
    for (Span s : BUNDLED.find(tokens)) {
      assertTrue(s.getStart() >= end && s.getEnd() > s.getStart() && s.getEnd() <= tokens.length);
      assertTrue(s.getProb() >= 0 && s.getProb() <= 1);
      end = s.getEnd();
    }
  }

  @Property(tries = 100, seed = "20261129")
  void featuresDoNotDependOnOtherSentences(@ForAll @StringLength(max = 80) String a,
      @ForAll @StringLength(max = 80) String b) {
    // the decoder keeps no state: the same sentence gives the same spans before and after another
    Tokens ta = Tokens.of(a);
    String[] sa = ta.slice(0, ta.size());
    List<String> first = describe(BUNDLED.find(sa));
    Tokens tb = Tokens.of(b);
    BUNDLED.find(tb.slice(0, tb.size()));
    assertEquals(first, describe(BUNDLED.find(sa)));
  }

  private static List<String> describe(Span[] spans) {
    List<String> out = new ArrayList<>();
    for (Span s : spans) {
      out.add(s.getStart() + ":" + s.getEnd() + ":" + s.getType() + ":" + s.getProb());
    }
    return out;
  }
}
