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
