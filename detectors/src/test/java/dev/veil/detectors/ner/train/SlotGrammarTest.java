package dev.veil.detectors.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The slot grammar's texts are well formed and their gold spans are what the pools put there. */
class SlotGrammarTest {
  private static Pools pools;

  @BeforeAll
  static void pools() {
    pools = new Pools(TrainNameModel.SEED);
  }

  private static List<Labeled> texts(long seed, int n) {
    return new CorpusGenerator(pools, false, seed).slotShare(1.0)
        .generate(List.of("{PER} called."), List.of("Nothing here."), n, 0.5, 1.0);
  }

  @Test
  void everySlotIsFilledAndGoldSpansAreTrimmedAndOrdered() {
    for (Labeled l : texts(7, 3000)) {
      assertFalse(l.text().matches("(?s).*\\{[A-Za-z]+(:[A-Za-z]+)?}.*"), l.text());
      int last = -1;
      for (Labeled.Gold g : l.gold()) {
        assertTrue(g.start() >= last && g.end() > g.start() && g.end() <= l.text().length());
        String v = l.text().substring(g.start(), g.end());
        assertEquals(v.strip(), v);
        last = g.end();
      }
    }
  }

  @Test
  void personValuesComeFromTheTrainingPools() {
    Set<String> parts = new HashSet<>();
    for (List<String> pool : List.of(pools.firstTrain, pools.lastTrain)) {
      for (String v : pool) {
        for (String w : v.toLowerCase(Locale.ROOT).split("[ -]")) {
          parts.add(w);
        }
      }
    }
    for (String v : Pools.particleLast()) {
      for (String w : v.toLowerCase(Locale.ROOT).split("[ -]")) {
        parts.add(w);
      }
    }
    int persons = 0;
    for (Labeled l : texts(11, 2000)) {
      for (Labeled.Gold g : l.gold()) {
        if (!g.type().equals("person")) {
          continue;
        }
        persons++;
        for (String w : l.text().substring(g.start(), g.end()).toLowerCase(Locale.ROOT)
            .split("[ -]")) {
          // an initial ("J.") or a name part from the training pools, never a held-out value
          assertTrue(w.matches("\\p{L}\\.") || parts.contains(w) || w.isEmpty(), w);
        }
      }
    }
    assertTrue(persons > 1000, "persons " + persons);
  }

  @Test
  void namesAppearInManyRolesAndCasings() {
    int lowerNames = 0;
    int upperNames = 0;
    int possessive = 0;
    int afterComma = 0;
    for (Labeled l : texts(13, 3000)) {
      String t = l.text();
      for (Labeled.Gold g : l.gold()) {
        String v = t.substring(g.start(), g.end());
        if (!g.type().equals("person") || !Character.isLetter(v.charAt(0))) {
          continue;
        }
        boolean lowerText = t.equals(t.toLowerCase(Locale.ROOT));
        lowerNames += !lowerText && v.equals(v.toLowerCase(Locale.ROOT)) ? 1 : 0;
        boolean upperText = t.equals(t.toUpperCase(Locale.ROOT));
        upperNames += !upperText && v.length() > 2 && v.equals(v.toUpperCase(Locale.ROOT)) ? 1 : 0;
        possessive += t.startsWith("'s", g.end()) ? 1 : 0;
        afterComma += g.start() >= 2 && t.startsWith(", ", g.start() - 2) ? 1 : 0;
      }
    }
    assertTrue(lowerNames > 50 && upperNames > 20 && possessive > 50 && afterComma > 50,
        lowerNames + " " + upperNames + " " + possessive + " " + afterComma);
  }

  @Test
  void eponymStemsAreNotCommonWords() {
    Set<String> common = CommonWords.build(List.of(), List.of());
    for (String stem : List.of("parkinson", "wilson", "crohn", "hashimoto", "kaposi")) {
      assertFalse(common.contains(stem), stem);
    }
  }

  @Test
  void sameSeedSameTexts() {
    assertEquals(texts(5, 200), texts(5, 200));
    assertEquals(SlotGrammar.sentence(new Random(3)), SlotGrammar.sentence(new Random(3)));
  }
}
