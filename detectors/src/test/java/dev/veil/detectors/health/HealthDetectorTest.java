package dev.veil.detectors.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthDetectorTest {
  static final HealthDetector DETECTOR = new HealthDetector();

  static List<Finding> detect(String text) {
    return DETECTOR.detect(DetectorInput.of(text));
  }

  static Finding only(String text, String value) {
    List<Finding> f = detect(text).stream().filter(x -> x.valueIn(text).equals(value)).toList();
    assertEquals(1, f.size(), () -> "expected one finding for the value in: " + text + " got " + detect(text));
    return f.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // text | matched value | type | kind | subject
      "I have type 2 diabetes.|type 2 diabetes|HEALTH_CONDITION|condition|self",
      "My wife was diagnosed with breast cancer.|breast cancer|HEALTH_CONDITION|condition|other",
      "Mr Smith's metformin dose is too high.|metformin|MEDICATION|drug|other",
      "Explain how metformin works.|metformin|MEDICATION|drug|none",
      "He takes bisoprolol every morning.|bisoprolol|MEDICATION|drug-morphology|other",
      "She was switched to candesartan.|candesartan|MEDICATION|drug-morphology|other",
      "I started erenumab injections.|erenumab|MEDICATION|drug-morphology|self",
      "Pt on esomeprazole since March.|esomeprazole|MEDICATION|drug|other",
      "my last HbA1c 7.2% was bad|HbA1c 7.2%|HEALTH_CONDITION|lab|self",
      "her eGFR 45 mL/min worries me|eGFR 45 mL/min|HEALTH_CONDITION|lab|other",
      "his LDL 3.1 mmol/L is high|LDL 3.1 mmol/L|HEALTH_CONDITION|lab|other",
      "patient INR 3.4 today|INR 3.4|HEALTH_CONDITION|lab|other",
      "ICD-10 code E11.9 for the claim of Ms Lee|E11.9|HEALTH_CONDITION|icd10|other",
      "PMH: HTN, CHF. Meds below.|HTN|HEALTH_CONDITION|abbreviation|other",
      "pt s/p appendectomy|s/p|HEALTH_CONDITION|abbreviation|other",
      "Take 500 mg b.i.d. with food, he said.|b.i.d.|MEDICATION|abbreviation|other",
      "Hx of asthma in the patient|Hx|HEALTH_CONDITION|abbreviation|other",
      "I got a BRCA1 mutation result from my genetic test.|BRCA1 mutation|GENETIC_DATA|genetic|self",
      "Meine Mutter hat Bluthochdruck.|Bluthochdruck|HEALTH_CONDITION|condition|other",
      "J'ai du diabète depuis 2019.|diabète|HEALTH_CONDITION|condition|self",
      "Mi padre tiene hipertensión.|hipertensión|HEALTH_CONDITION|condition|other",
      "Mijn vader heeft hartfalen.|hartfalen|HEALTH_CONDITION|condition|other",
      "Mia moglie ha il diabete.|diabete|HEALTH_CONDITION|condition|other",
      "Can people with asthma run marathons?|asthma|HEALTH_CONDITION|condition|none",
      "My daughter has a fever and a rash.|fever|HEALTH_CONDITION|symptom|other",
      "John has had depression for years.|depression|HEALTH_CONDITION|condition|other",
      "Is ibuprofen safe for me?|ibuprofen|MEDICATION|drug|self",
  })
  void detects(String text, String value, EntityType type, String kind, String subject) {
    Finding f = only(text, value);
    assertEquals(type, f.type());
    assertEquals(kind, f.attributes().get(HealthAttributes.KIND));
    assertEquals(subject, f.attributes().get(HealthAttributes.SUBJECT));
    assertTrue(f.attributes().containsKey(HealthAttributes.DOC_CATEGORY));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Parkinson's law says work expands to fill the time.",
      "It was a cold day at the Christmas market.",
      "The stroke of genius was the knight sacrifice.",
      "Explain the causes of the Great Depression.",
      "Our model produces hallucinations.",
      "The invoice was paid in CHF 2,100 last April.",
      "We met in April at the cholesterol-free bakery on Route A12.",
      "The B12 bus and the E10 road are closed.",
      "A fracture mechanics lecture about metal fatigue.",
      "Write a Python function for the union of two sets.",
  })
  void noHealthFindings(String text) {
    List<Finding> f = detect(text);
    assertEquals(List.of(), f, text);
  }

  @Test
  void personMentionScoresHigherThanGeneralMention() {
    double general = only("Explain how metformin works.", "metformin").score();
    double personal = only("My dad takes metformin.", "metformin").score();
    assertTrue(personal > general);
  }

  @Test
  void ambiguousTermNeedsAPerson() {
    assertEquals(List.of(), detect("A stroke is a medical emergency in general terms, per the leaflet."));
    assertEquals("other", only("My father had a stroke.", "stroke").attributes().get("subject"));
  }

  @Test
  void userExtendedLexicon() {
    HealthDetector d = HealthDetector.builder()
        .addTerms(EntityType.MEDICATION, List.of("zorbatrex"))
        .addTerms(EntityType.HEALTH_CONDITION, List.of("glimmer syndrome"))
        .addExclusions(List.of("glimmer syndrome band"))
        .build();
    String text = "I take zorbatrex for glimmer syndrome.";
    List<EntityType> types = d.detect(DetectorInput.of(text)).stream().map(Finding::type).toList();
    assertEquals(List.of(EntityType.HEALTH_CONDITION, EntityType.MEDICATION).stream().sorted().toList(),
        types.stream().sorted().toList());
    assertEquals(List.of(), d.detect(DetectorInput.of("The glimmer syndrome band played.")));
    assertEquals(List.of(), DETECTOR.detect(DetectorInput.of("I take zorbatrex daily.")));
  }

  @Test
  void noTermTextInToStringOrFindings() {
    String text = "My wife has trigeminal neuralgia and takes carbamazepine 200 mg b.i.d.";
    List<Finding> f = detect(text);
    assertFalse(f.isEmpty());
    String dump = f.toString() + DETECTOR;
    for (String secret : List.of("trigeminal", "neuralgia", "carbamazepine", "wife")) {
      assertFalse(dump.toLowerCase().contains(secret), secret);
    }
  }

  @Test
  void registeredAsService() {
    List<String> ids = ServiceLoader.load(Detector.class).stream()
        .map(p -> p.get().id()).collect(Collectors.toList());
    assertTrue(ids.contains(HealthDetector.ID));
    assertTrue(ids.contains(dev.veil.detectors.special.SpecialCategoryDetector.ID));
  }

  @Test
  void threadSafe() throws Exception {
    List<String> texts = List.of(
        "Pt is a 70 y/o M with PMH of HTN and CKD. Meds: lisinopril 10 mg daily.",
        "Explain how metformin works.",
        "Please pay invoice 12 from Globex, $4,200, due Friday.",
        "Mi madre tiene cáncer de mama y toma tamoxifeno.");
    List<List<Finding>> expected = texts.stream().map(HealthDetectorTest::detect).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            int k = i % texts.size();
            // new String: defeats the per-thread categorizer cache, exercising the model
            if (!detect(new String(texts.get(k))).equals(expected.get(k))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> r : results) {
        assertTrue(r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
