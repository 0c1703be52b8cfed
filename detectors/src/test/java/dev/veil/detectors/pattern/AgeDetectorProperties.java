package dev.veil.detectors.pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.detectors.DetectorTables;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Every age over 89 in every written form is found with the number as its span; ages up to 89 never are. */
class AgeDetectorProperties {
  private static final AgeDetector DETECTOR = new AgeDetector();
  /** {@code %s} is the number. */
  private static final List<String> FORMS = List.of("a %s-year-old woman", "%s years old", "%s years of age",
      "%s y/o", "%sy/o", "%s yo", "%syo", "%s y.o.", "%s-yr-old", "aged %s", "age: %s", "Age %s", "at the age of %s",
      "until age %s", "she's %s now", "he is %s", "turned %s", "my grandma is %s", "%s Jahre alt", "%s-jährige",
      "âgée de %s ans", "%s años", "%s anni", "%s jaar", "w wieku %s lat", "%s år");

  @Property(tries = 400)
  void everyAgeOver89IsFoundInEveryForm(@ForAll @IntRange(min = 90, max = 130) int age, @ForAll("forms") String form,
      @ForAll("prose") String before, @ForAll("tails") String after) {
    String number = Integer.toString(age);
    String phrase = String.format(form, number);
    String text = before + phrase + after;
    int start = before.length() + phrase.indexOf(number);
    List<Finding> found = DetectorTables.run(DETECTOR, text, GuardContext.defaults());
    assertTrue(found.stream().anyMatch(f -> f.start() == start && f.end() == start + number.length()),
        () -> "not found: " + text + " -> " + found);
  }

  @Property(tries = 300)
  void agesUpTo89AreNeverReported(@ForAll @IntRange(min = 10, max = 89) int age, @ForAll("forms") String form,
      @ForAll("prose") String before) {
    String text = before + String.format(form, age);
    assertTrue(DetectorTables.run(DETECTOR, text, GuardContext.defaults()).isEmpty(), text);
  }

  @Provide
  Arbitrary<String> forms() {
    return Arbitraries.of(FORMS);
  }

  @Provide
  Arbitrary<String> tails() {
    return Arbitraries.of("", ".", ", lives alone", " with CHF", ";", "\n", "!");
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of("", "Pt ", "HPI: ", "Note 12/03: ", "seen today, ", "\n");
  }
}
