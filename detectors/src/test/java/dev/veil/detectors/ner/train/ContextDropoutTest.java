package dev.veil.detectors.ner.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detectors.ner.internal.NameFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.model.Event;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Context dropout is deterministic, hits about p of the events and keeps the token's own evidence. */
class ContextDropoutTest {
  private static final List<String> ALL_GROUPS = List.of("words", "cues", "flags", "shapes");
  /** Templates that describe the token itself (or the previous label): never dropped. */
  private static final Set<String> INTRINSIC = Set.of("w0=", "s0=", "p3=", "x2=", "x3=", "x4=",
      "g0=", "cw0=", "sc=", "sc&s0=", "sc&g0=", "sc&cw0=", "k0=", "bos=", "bias=", "po=",
      "po&s0=", "nl0=", "nl&s0=", "sc&nl=", "nlp0=");

  private static final NameFeatures FEATURES = new NameFeatures(Set.of("anna", "mei"),
      Set.of("okafor"), Set.of("lagos"), Set.of("is", "coming", "to", "the", "office", "thanks",
          "so", "much", "going", "with", "yeah", "and", "are", "too"));

  private static List<NameSample> samples() {
    return List.of(
        new NameSample(new String[] {"is", "anna", "coming", "to", "the", "lagos", "office", "?"},
            new Span[] {new Span(1, 2, "person"), new Span(5, 6, "location")}, true),
        new NameSample(new String[] {"thanks", "so", "much", "Mei", "Okafor", "!", "!"},
            new Span[] {new Span(3, 5, "person")}, false),
        new NameSample(new String[] {"yeah", "that", "works", "too", "."}, new Span[0], false),
        new NameSample(new String[] {"going", "to", "Lagos", "with", "bo", "and", "Tomas"},
            new Span[] {new Span(2, 3, "location"), new Span(4, 5, "person"),
                new Span(6, 7, "person")}, false));
  }

  private static List<NameSample> manySamples(int copies) {
    List<NameSample> out = new ArrayList<>();
    for (int k = 0; k < copies; k++) {
      out.addAll(samples());
    }
    return out;
  }

  @Test
  void intrinsicTemplatesAreNeverDropped() {
    ContextDropout d = new ContextDropout(1, ContextDropout.Mode.ALL, ALL_GROUPS, 1);
    int droppedCount = 0;
    for (int t = 0; t < NameFeatures.TEMPLATES.length; t++) {
      String name = NameFeatures.TEMPLATES[t];
      if (INTRINSIC.contains(name)) {
        assertFalse(d.drops(t), name);
      }
      droppedCount += d.drops(t) ? 1 : 0;
    }
    // 4 words + 2 x 10 shape-given words, 4 cues, 6 flags, 6 shapes
    assertEquals(40, droppedCount);
    ContextDropout defaults = new ContextDropout(1, ContextDropout.Mode.ALL,
        ContextDropout.WORDS_CUES_FLAGS, 1);
    for (String name : List.of("s-1=", "s+1=", "s-1s0=", "s0s+1=", "w0=", "g0=")) {
      assertFalse(defaults.droppedTemplates().contains(name), name);
    }
    for (String name : List.of("w-1=", "w+2=", "w-1|Cap=", "k-2=", "g+1=", "cw-1=", "nl+1=")) {
      assertTrue(defaults.droppedTemplates().contains(name), name);
    }
  }

  @Test
  void aDroppedEventKeepsExactlyTheIntrinsicFeatures() {
    List<NameSample> samples = samples();
    List<Event> plain = TrainNameModel.events(samples, FEATURES, Set.of(), ContextDropout.NONE);
    ContextDropout d = new ContextDropout(1, ContextDropout.Mode.ALL, ALL_GROUPS, 5);
    List<Event> dropped = TrainNameModel.events(samples, FEATURES, Set.of(), d);
    assertEquals(plain.size(), dropped.size());
    for (int k = 0; k < plain.size(); k++) {
      assertEquals(plain.get(k).getOutcome(), dropped.get(k).getOutcome());
      List<String> expected = new ArrayList<>();
      for (String f : plain.get(k).getContext()) {
        if (!d.droppedTemplates().contains(template(f))) {
          expected.add(f);
        }
      }
      assertEquals(expected, Arrays.asList(dropped.get(k).getContext()));
      for (String f : dropped.get(k).getContext()) {
        assertTrue(INTRINSIC.contains(template(f)), f);
      }
    }
  }

  /** The template name of an OpenNLP predicate, e.g. "w-1|Cap=" of "w-1|Cap=the". */
  private static String template(String predicate) {
    String best = "";
    for (String t : NameFeatures.TEMPLATES) {
      if (predicate.startsWith(t) && t.length() > best.length()) {
        best = t;
      }
    }
    return best;
  }

  @Test
  void zeroDropoutLeavesEveryEventAsItWas() {
    List<NameSample> samples = manySamples(3);
    List<Event> plain = TrainNameModel.events(samples, FEATURES, Set.of(), ContextDropout.NONE);
    for (ContextDropout.Mode mode : ContextDropout.Mode.values()) {
      List<Event> zero = TrainNameModel.events(samples, FEATURES, Set.of(),
          new ContextDropout(0, mode, ALL_GROUPS, 9));
      assertEquals(plain.size(), zero.size());
      for (int k = 0; k < plain.size(); k++) {
        assertArrayEquals(plain.get(k).getContext(), zero.get(k).getContext());
      }
    }
  }

  @Test
  void theChoiceIsAFunctionOfSeedSentenceAndPosition() {
    ContextDropout a = new ContextDropout(0.35, ContextDropout.Mode.ALL, ALL_GROUPS, 42);
    ContextDropout b = new ContextDropout(0.35, ContextDropout.Mode.ALL, ALL_GROUPS, 42);
    ContextDropout other = new ContextDropout(0.35, ContextDropout.Mode.ALL, ALL_GROUPS, 43);
    int differs = 0;
    for (int s = 0; s < 2000; s++) {
      for (int i = 0; i < 10; i++) {
        assertEquals(a.chosen(s, i), b.chosen(s, i));
        differs += a.chosen(s, i) != other.chosen(s, i) ? 1 : 0;
      }
    }
    assertTrue(differs > 4000, "another seed chooses other events: " + differs);
    List<NameSample> samples = manySamples(5);
    List<Event> first = TrainNameModel.events(samples, FEATURES, Set.of(), a);
    List<Event> second = TrainNameModel.events(samples, FEATURES, Set.of(), b);
    for (int k = 0; k < first.size(); k++) {
      assertArrayEquals(first.get(k).getContext(), second.get(k).getContext());
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.2, 0.35, 0.5, 1.0})
  void theShareOfChosenEventsIsAboutP(double p) {
    ContextDropout d = new ContextDropout(p, ContextDropout.Mode.ALL, ALL_GROUPS, 20261129L);
    int chosen = 0;
    int n = 0;
    Set<Integer> chosenPositions = new HashSet<>();
    for (int s = 0; s < 20000; s++) {
      for (int i = 0; i < 12; i++) {
        n++;
        if (d.chosen(s, i)) {
          chosen++;
          chosenPositions.add(i);
        }
      }
    }
    assertEquals(p, chosen / (double) n, 0.01);
    if (p > 0) {
      assertEquals(12, chosenPositions.size(), "every position can be chosen");
    }
  }

  @Test
  void entityModeOnlyTouchesEntityTokens() {
    List<NameSample> samples = manySamples(50);
    List<Event> plain = TrainNameModel.events(samples, FEATURES, Set.of(), ContextDropout.NONE);
    List<Event> entity = TrainNameModel.events(samples, FEATURES, Set.of(),
        new ContextDropout(0.5, ContextDropout.Mode.ENTITY, ContextDropout.WORDS_CUES_FLAGS, 3));
    int changed = 0;
    int entityEvents = 0;
    for (int k = 0; k < plain.size(); k++) {
      boolean same = Arrays.equals(plain.get(k).getContext(), entity.get(k).getContext());
      if (plain.get(k).getOutcome().equals("O")) {
        assertTrue(same);
      } else {
        entityEvents++;
        changed += same ? 0 : 1;
      }
    }
    assertEquals(0.5, changed / (double) entityEvents, 0.1);
  }

  @Test
  void duplicateModeAddsContextFreeCopiesOfEntitySentences() {
    List<NameSample> samples = manySamples(50);
    List<Event> plain = TrainNameModel.events(samples, FEATURES, Set.of(), ContextDropout.NONE);
    ContextDropout d = new ContextDropout(0.35, ContextDropout.Mode.DUPLICATE,
        ContextDropout.WORDS_CUES_FLAGS, 3);
    List<Event> dup = TrainNameModel.events(samples, FEATURES, Set.of(), d);
    for (int k = 0; k < plain.size(); k++) {
      assertArrayEquals(plain.get(k).getContext(), dup.get(k).getContext());
    }
    int expectedCopies = 0;
    int entitySentences = 0;
    int chosenSentences = 0;
    for (int s = 0; s < samples.size(); s++) {
      if (samples.get(s).getNames().length > 0) {
        entitySentences++;
        if (d.chosenSentence(s)) {
          chosenSentences++;
          expectedCopies += samples.get(s).getSentence().length;
        }
      }
    }
    assertEquals(plain.size() + expectedCopies, dup.size());
    assertEquals(0.35, chosenSentences / (double) entitySentences, 0.1);
    for (Event copy : dup.subList(plain.size(), dup.size())) {
      for (String f : copy.getContext()) {
        assertFalse(d.droppedTemplates().contains(template(f)), f);
      }
    }
  }

  @Test
  void keepInsideEntityKeepsOnlyTheNeighboursOfTheSameName() {
    List<NameSample> samples = samples();
    ContextDropout d = new ContextDropout(1, ContextDropout.Mode.ALL, ALL_GROUPS, 5, true);
    List<Event> events = TrainNameModel.events(samples, FEATURES, Set.of(), d);
    // sentence 2 is "thanks so much Mei Okafor ! !": events 8..14
    List<String> mei = Arrays.asList(events.get(8 + 3).getContext());
    assertTrue(mei.contains("w+1=okafor") && mei.contains("w+1|Cap=okafor")
        && mei.contains("g+1=ln"), mei.toString());
    assertFalse(mei.contains("w-1=much") || mei.contains("w+2=!") || mei.contains("s-1=low"),
        mei.toString());
    List<String> okafor = Arrays.asList(events.get(8 + 4).getContext());
    assertTrue(okafor.contains("w-1=mei") && okafor.contains("g-1=fn"), okafor.toString());
    assertFalse(okafor.contains("w+1=!") || okafor.contains("w-2=much"), okafor.toString());
    List<String> much = Arrays.asList(events.get(8 + 2).getContext());
    for (String f : much) {
      assertTrue(INTRINSIC.contains(template(f)), f);
    }
    for (int t = 0; t < NameFeatures.TEMPLATES.length; t++) {
      if (d.drops(t)) {
        int off = ContextDropout.offsetOf(NameFeatures.TEMPLATES[t]);
        assertTrue(off != 0 && Math.abs(off) <= 2, NameFeatures.TEMPLATES[t]);
      }
    }
  }

  @Test
  void badSettingsAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> new ContextDropout(1.5, ContextDropout.Mode.ALL, ALL_GROUPS, 1));
    assertThrows(IllegalArgumentException.class,
        () -> new ContextDropout(Double.NaN, ContextDropout.Mode.ALL, ALL_GROUPS, 1));
    assertThrows(IllegalArgumentException.class,
        () -> new ContextDropout(0.2, ContextDropout.Mode.ALL, List.of("neighbours"), 1));
    assertThrows(IllegalArgumentException.class, () -> ContextDropout.Mode.parse("some"));
  }
}
