package dev.veil.detectors.special;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.DetectorInput;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecialCategoryDetectorTest {
  static final SpecialCategoryDetector DETECTOR = new SpecialCategoryDetector();

  static List<Finding> detect(String text) {
    return DETECTOR.detect(DetectorInput.of(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "I am a practising Catholic.|practising Catholic|RELIGIOUS_BELIEF|self",
      "My colleague is Jewish.|Jewish|RELIGIOUS_BELIEF|other",
      "He is Muslim and fasts in Ramadan.|Muslim|RELIGIOUS_BELIEF|other",
      "She wears a hijab at work.|wears a hijab|RELIGIOUS_BELIEF|other",
      "I have always been an atheist.|atheist|RELIGIOUS_BELIEF|self",
      "He is a member of the union.|member of the union|TRADE_UNION_MEMBERSHIP|other",
      "I pay union dues every month.|union dues|TRADE_UNION_MEMBERSHIP|self",
      "Ich bin Gewerkschaftsmitglied.|Gewerkschaftsmitglied|TRADE_UNION_MEMBERSHIP|self",
      "I'm a Democrat.|Democrat|POLITICAL_OPINION|self",
      "My father votes AfD.|AfD|POLITICAL_OPINION|other",
      "I voted for the Greens last year.|I voted for|POLITICAL_OPINION|self",
      "My wife is bisexual.|bisexual|SEX_LIFE_ORIENTATION|other",
      "As a gay man I am nervous.|gay|SEX_LIFE_ORIENTATION|other",
      "Her sexual orientation is private.|sexual orientation|SEX_LIFE_ORIENTATION|other",
      "She is Hispanic.|Hispanic|RACIAL_ETHNIC_ORIGIN|other",
      "The patient is a 45-year-old white male.|white|RACIAL_ETHNIC_ORIGIN|other",
      "My fingerprint template is stored by the bank.|fingerprint template|BIOMETRIC_DATA|self",
      "I enrolled my iris scan at the airport.|iris scan|BIOMETRIC_DATA|self",
  })
  void detects(String text, String value, EntityType type, String subject) {
    List<Finding> f = detect(text).stream().filter(x -> x.valueIn(text).equals(value)).toList();
    assertEquals(1, f.size(), () -> text + " -> " + detect(text));
    assertEquals(type, f.get(0).type());
    assertEquals(subject, f.get(0).attributes().get("subject"));
    assertTrue(f.get(0).attributes().containsKey("doc_category"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Write a function that returns the union of two sets.",
      "It was a cold day at the Christmas market.",
      "The Catholic church in the old town is from 1320.",
      "Our SSH key fingerprint changed.",
      "Black Friday sales start at the Asian market.",
      "Read the white paper before the meeting.",
      "The European Union and the Soviet Union.",
      "Draw a straight line between the points.",
      "Explain how Republicans and Democrats choose candidates.",
      "My wife bought white paint.",
      "I set up Face ID on my phone.",
  })
  void nothingAboutAPerson(String text) {
    List<Finding> f = detect(text).stream()
        .filter(x -> !"none".equals(x.attributes().get("subject"))).toList();
    assertEquals(List.of(), f, text);
  }

  @Test
  void generalMentionScoresLowerThanPersonal() {
    String general = "Biometric data such as fingerprints needs a legal basis.";
    String personal = "My fingerprints were taken at the border.";
    double g = detect(general).stream().mapToDouble(Finding::score).max().orElseThrow();
    double p = detect(personal).stream().mapToDouble(Finding::score).max().orElseThrow();
    assertTrue(p > g, g + " vs " + p);
  }

  @Test
  void noTermTextInToStringOrFindings() {
    String text = "My neighbour is Jewish and a member of the union; her husband is bisexual.";
    List<Finding> f = detect(text);
    assertEquals(3, f.size(), f::toString);
    String dump = (f.toString() + DETECTOR).toLowerCase();
    for (String secret : List.of("jewish", "member of", "bisexual", "neighbour", "husband")) {
      assertTrue(!dump.contains(secret), secret);
    }
  }

  @Test
  void userTerms() {
    SpecialCategoryDetector d = SpecialCategoryDetector.builder()
        .addTerms(EntityType.RELIGIOUS_BELIEF, List.of("?pastafarian"))
        .build();
    assertEquals(1, d.detect(DetectorInput.of("I am a Pastafarian.")).size());
    assertEquals(0, d.detect(DetectorInput.of("Pastafarian memes are funny.")).size());
  }
}
