package dev.veil.detectors.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences here are written for this test: none is a training template. */
class NameDetectorTest {
  private static final NameDetector DETECTOR = new NameDetector();

  private static Set<String> values(Detector d, String text, EntityType type) {
    return d.detect(DetectorInput.of(text)).stream()
        .filter(f -> f.type() == type)
        .map(f -> f.valueIn(text))
        .collect(Collectors.toSet());
  }

  @Test
  void bundledModelLoadsAndDeclaresItsTypes() {
    assertEquals("ner-names", DETECTOR.id());
    assertEquals(Set.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION),
        DETECTOR.entityTypes());
  }

  @Test
  void registeredForServiceLoader() {
    boolean found = false;
    for (Detector d : ServiceLoader.load(Detector.class)) {
      found |= d instanceof NameDetector;
    }
    assertTrue(found);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Could you shorten this note about Margaret Oyelaran before I send it?|Margaret Oyelaran",
      "Dr. Vasquez-Lindqvist thinks the knee needs another scan.|Vasquez-Lindqvist",
      "Dear Mr O'Donnell,\\nYour statement is attached.|O'Donnell",
      "Patient: Tomasz Wierzbicki\\nReason: chest pain|Tomasz Wierzbicki",
      "Yours truly,\\nHelena van der Berg|Helena van der Berg",
      "pt Ngozi Eze c/o dizziness since the weekend|Ngozi Eze",
      "Nurse Hope says the wound looks clean.|Hope",
  })
  void findsPersonNames(String text, String name) {
    String t = text.replace("\\n", "\n");
    assertTrue(values(DETECTOR, t, EntityType.PERSON).contains(name),
        () -> "expected a PERSON span for case: " + text.hashCode());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "What are the first signs of Parkinson's disease in older adults?",
      "Children with Down syndrome often have low muscle tone.",
      "Is Crohn's disease more common in smokers?",
      "Bell's palsy usually gets better on its own.",
      "Start Lisinopril 10 mg and stop Metformin until the kidney tests are back.",
      "I hope the bill will be smaller next month.",
      "Blood pressure rose after the second dose.",
      "Will the insurance cover an MRI in March?",
      "Explain the difference between a Roth IRA and a 401k.",
      "for (int i = 0; i < names.length; i++) { System.out.println(names[i]); }",
      "Write to john@example.com or to maria.lopez@clinic.org for the forms.",
      "Note: lives at 8775 Lincoln Boulevard since May.",
      "Deliver to 12 Kennedy St and call first.",
      "Patient <EMAIL_ADDRESS_1>, SSN <US_SSN_1>.",
      "Patient [EMAIL_ADDRESS_1], DOB [DATE_1], MRN [MEDICAL_RECORD_NUMBER_1].",
      "Patient Education: Managing asthma at home",
      "The new Member Portal opens on Monday.",
  })
  void doesNotFlagEponymsDrugsOrWordsAsPersons(String text) {
    assertEquals(Set.of(), values(DETECTOR, text, EntityType.PERSON));
  }

  @Test
  void streetNamesAreNotNamesOrPlaces() {
    for (String text : List.of("Note: lives at 4737 Highland Lane #849", "Moved to 12 Kennedy Street last May.")) {
      assertEquals(Set.of(), values(DETECTOR, text, EntityType.PERSON), text);
      assertEquals(Set.of(), values(DETECTOR, text, EntityType.LOCATION), text);
    }
    // German street forms and post-office boxes: only the city after them is a place
    for (String text : List.of("Der Patient wohnt Frankfurter Weg 70, Hamburg.", "Sie wohnt Münchner Str. 23, Köln.",
        "Die Patientin wohnt Zum Brunnen 156, Hamburg.", "Er wohnt An der Linde 111, Hamburg.",
        "Remit payment to P.O. Box 65639, Portland, OR 97201.")) {
      assertEquals(Set.of(), values(DETECTOR, text, EntityType.PERSON), text);
      for (String place : values(DETECTOR, text, EntityType.LOCATION)) {
        assertTrue(Set.of("Hamburg", "Köln", "Portland").contains(place), text + ": " + place);
      }
    }
  }

  @Test
  void wordsInsideUrlsAreNotNamesOrPlaces() {
    String text = "Note: link https://patient.clinic-rheinland.de/share/QLry2yGBuf18?dl=1 and www.Berlin-Charite.de/Anna";
    for (EntityType type : List.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION)) {
      assertEquals(Set.of(), values(DETECTOR, text, type), type.name());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Address: 42 Willow Lane, Brookline, MA 02446.|Brookline",
      "Send the forms to 9 Orchard Road, Whitcombe, NH 03301 by Friday.|Whitcombe",
      "Mailing address:\\n17 Alder Court\\nWest Harlow, VT 05001|West Harlow",
  })
  void cityOfAPostalAddressIsAPlace(String raw, String city) {
    String text = raw.replace("\\n", "\n");
    assertTrue(values(DETECTOR, text, EntityType.LOCATION).contains(city), text);
    assertFalse(values(DETECTOR, text, EntityType.PERSON).contains(city), text);
    assertFalse(values(DETECTOR, text, EntityType.ORGANIZATION).contains(city), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "pt adriano tolerated the procedure well.|adriano",
      "PT ADRIANO TOLERATED THE PROCEDURE WELL.|ADRIANO",
      "ok so zelka pls review the draft before friday|zelka",
  })
  void personSpansInOneCaseSentencesDoNotTakeCommonWords(String text, String name) {
    for (String v : values(DETECTOR, text, EntityType.PERSON)) {
      assertEquals(name, v, text);
    }
  }

  /** A middle or leading initial and a name particle stay inside the name the model found. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Visiting hours for Maurice Q. Brandvik are noon to two.|Maurice Q. Brandvik",
      "The form was signed by Ottoline R. Vasquez yesterday.|Ottoline R. Vasquez",
      "Meeting with J. Andersen and K. Holm about the rollout|K. Holm",
      "the papers were sent by joana da silva this morning|joana da silva",
  })
  void initialsAndParticlesStayInsideTheName(String text, String name) {
    assertTrue(values(DETECTOR, text, EntityType.PERSON).contains(name),
        text + " -> " + values(DETECTOR, text, EntityType.PERSON));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Contact Q. Brandvik today about the invoice.|Q. Brandvik",
      "Dear R. Vasquez, your card has shipped.|R. Vasquez",
  })
  void aWordBeforeAnInitialJoinsOnlyWhenItCanBeAName(String text, String name) {
    assertEquals(Set.of(name), values(DETECTOR, text, EntityType.PERSON), text);
  }

  /** Chat and shouted sentences are read a second time written in mixed case. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "is oyelaran picking up the kids from the gym on Friday?|oyelaran",
      "SORRY, OYELARAN WILL BE LATE TO THE MEETING|OYELARAN",
      "hey can you ask tomasz to call me back|tomasz",
  })
  void namesInSingleCaseOrLowerCaseStartingSentencesAreFound(String text, String name) {
    assertEquals(Set.of(name), values(DETECTOR, text, EntityType.PERSON), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "return items.stream().map(o -> o.total).sum();",
      "lol ok see u at the mall",
      "pls send the invoice to accounts payable asap",
      "if (cfg == null) { cfg = defaults; }",
      "Rewrite the parser to use async/await and return early on errors.",
      "Start GLP-1 agonists if the HbA1c stays high; check COVID-19 status first.",
      "ssn",
      "mail",
      "status",
  })
  void lowerCaseChatAndCodeWithoutNamesStayEmpty(String text) {
    assertEquals(List.of(), DETECTOR.detect(DetectorInput.of(text)), text);
  }

  /** A family relation after a possessive, and "who" after a name, say it is a person. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "We called Okonkwo's daughter about the results.|Okonkwo",
      "Refill requested by Maribel Ostrander’s husband.|Maribel Ostrander",
      "Looping in Brum who owns the migration.|Brum",
  })
  void possessiveRelationsAndWhoMarkPersons(String text, String name) {
    assertTrue(values(DETECTOR, text, EntityType.PERSON).contains(name),
        text + " -> " + values(DETECTOR, text, EntityType.PERSON));
    assertFalse(values(DETECTOR, text, EntityType.LOCATION).contains(name), text);
  }

  @Test
  void otherMentionsOfANameFoundByARuleArePersonsToo() {
    String text = "Seen by Dr. Qotrunnada Vexlaar today.\nvexlaar: ok\nVEXLAAR AGREES, QOTRUNNADA TOO.";
    Set<String> found = values(DETECTOR, text, EntityType.PERSON);
    assertTrue(found.containsAll(Set.of("Qotrunnada Vexlaar", "vexlaar", "VEXLAAR", "QOTRUNNADA")),
        found.toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Attendees: Qotrunnada Vexlaar, Ilsabet and Dr. Brønnum|Qotrunnada Vexlaar;Ilsabet;Brønnum",
      "Our landlord, Zelkaro Vexlaar, has not answered.|Zelkaro Vexlaar",
  })
  void peopleInListsAndAppositionsAreFound(String text, String names) {
    Set<String> found = values(DETECTOR, text, EntityType.PERSON);
    assertTrue(found.containsAll(Set.of(names.split(";"))), found.toString());
  }

  @ParameterizedTest
  @CsvSource({"Your Monthly Statement Is Ready", "Quarterly Pension Summary Is Ready"})
  void titleCaseHeadingsAreNotPersons(String text) {
    assertEquals(Set.of(), values(DETECTOR, text, EntityType.PERSON), text);
  }

  @Test
  void rosterNamesAreAlwaysFound() {
    NameDetector d = NameDetector.builder().roster(List.of("Zyxo Qwertyanski")).build();
    String text = "the results for zyxo qwertyanski came back; Qwertyanski is fine.";
    assertEquals(Set.of("zyxo qwertyanski", "Qwertyanski"), values(d, text, EntityType.PERSON));
  }

  @Test
  void rulesCanBeSwitchedOff() {
    NameDetector d = NameDetector.builder().rules(false).build();
    assertTrue(d.toString().contains("rules=false"));
  }

  @Test
  void sameResultsFromManyThreads() throws Exception {
    List<String> texts = List.of(
        "Dear Ms Adeyemi,\nYour claim with Northwind Insurance was approved.",
        "Pt Jonas Berg flew in from Oslo yesterday with his daughter Ingrid.",
        "Parkinson's disease is treated with levodopa.",
        "Kind regards,\nPriya Raman\nRiverside Credit Union",
        "Ask Dr. Okafor whether Helena can start Eliquis.");
    List<List<Finding>> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(DETECTOR.detect(DetectorInput.of(t)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int w = 0; w < 8; w++) {
        final int offset = w;
        results.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            int k = (i + offset) % texts.size();
            if (!expected.get(k).equals(DETECTOR.detect(DetectorInput.of(texts.get(k))))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void userModelFileLoadsThroughTheBuilder(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("custom.bin");
    try (InputStream in = NameDetector.class.getResourceAsStream(NameDetector.BUNDLED_MODEL)) {
      Files.copy(in, model);
    }
    NameDetector custom = NameDetector.builder().model(model).build();
    String text = "Please forward the letter to Dr. Abernathy at Mercy Health.";
    assertEquals(DETECTOR.detect(DetectorInput.of(text)), custom.detect(DetectorInput.of(text)));
  }

  @Test
  void plainOpenNlpModelFileLoadsThroughTheBuilder(@TempDir Path dir) throws IOException {
    // a user's model as OpenNLP's own trainer writes it (default feature generators)
    List<NameSample> samples = new ArrayList<>();
    String[][] sentences = {
        {"Yesterday", "Zorblat", "Quimby", "signed", "the", "form", "."},
        {"The", "form", "was", "signed", "by", "Zorblat", "Quimby", "."},
        {"We", "called", "Zorblat", "Quimby", "about", "the", "form", "."},
        {"The", "form", "is", "ready", "."}};
    for (int k = 0; k < 20; k++) {
      for (String[] s : sentences) {
        int at = java.util.Arrays.asList(s).indexOf("Zorblat");
        Span[] names = at < 0 ? new Span[0] : new Span[] {new Span(at, at + 2, "person")};
        samples.add(new NameSample(s, names, true));
      }
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ITERATIONS_PARAM, 30);
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    TokenNameFinderModel trained = NameFinderME.train("en", null,
        new CollectionObjectStream<>(samples), params, new TokenNameFinderFactory());
    Path file = dir.resolve("user-opennlp.bin");
    try (OutputStream os = Files.newOutputStream(file)) {
      trained.serialize(os);
    }
    NameDetector d = NameDetector.builder().model(file).rules(false).build();
    assertEquals(Set.of("Zorblat Quimby"),
        values(d, "We called Zorblat Quimby about the form.", EntityType.PERSON));
  }

  @Test
  void brokenModelFileGivesTypedErrorWithoutContent(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.bin");
    Files.writeString(bad, "Margaret Oyelaran is not a model");
    NameModelException e = assertThrows(NameModelException.class,
        () -> NameDetector.builder().model(bad).build());
    assertFalse(e.getMessage().contains("Margaret"));
    assertThrows(NameModelException.class,
        () -> NameDetector.builder().model(dir.resolve("missing.bin")).build());
  }

  @Test
  void nothingLeaksIntoToStrings() {
    String secret = "Ottoline Featherstonehaugh";
    NameDetector d = NameDetector.builder().roster(List.of(secret)).build();
    List<Finding> found = d.detect(DetectorInput.of("Dear " + secret + ", welcome."));
    assertFalse(found.isEmpty());
    assertFalse(d.toString().contains("Ottoline") || d.toString().contains("Feather"));
    for (Finding f : found) {
      assertFalse(f.toString().contains("Ottoline") || f.toString().contains("Feather"));
      assertTrue(f.attributes().values().stream().noneMatch(v -> v.contains("Feather")));
    }
  }

  @Property(tries = 150, seed = "20261129")
  void spansStayInsideAnyText(@ForAll @StringLength(max = 300) String text) {
    for (Finding f : DETECTOR.detect(DetectorInput.of(text))) {
      assertTrue(f.start() >= 0 && f.end() <= text.length() && f.start() < f.end());
      assertTrue(f.score() >= 0 && f.score() <= 1);
    }
  }
  /**
   * In a sentence with capitals, a lower-case word at the edge of a model span is trimmed, but
   * a span made only of lower-case words the lexicon lacks is a name written in lower case, as
   * chat text writes them.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "can you ask oluwaseun to send the slides before Monday? | oluwaseun",
      "hey, is siobhan joining the call on Tuesday? | siobhan",
      "please remind tadeusz about the MRI on Monday | tadeusz"})
  void lowerCaseNameInAMixedCaseSentence(String text, String name) {
    assertEquals(Set.of(name), values(DETECTOR, text, EntityType.PERSON));
  }

  /** A lower-case tool name is no person, written bare or as code. */
  @Test
  void lowerCaseToolNameInAMixedCaseSentenceIsNoPerson() {
    assertEquals(Set.of(), values(DETECTOR, "Run kubectl apply before the Friday deploy",
        EntityType.PERSON));
    assertEquals(Set.of(), values(DETECTOR, "Run `kubectl apply` before the Friday deploy",
        EntityType.PERSON));
    assertEquals(Set.of(), values(DETECTOR, "Run kubectl apply -f deploy.yaml before Friday",
        EntityType.PERSON));
  }
}
