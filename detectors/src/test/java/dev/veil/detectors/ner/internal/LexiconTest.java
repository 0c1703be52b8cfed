package dev.veil.detectors.ner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-table look-ups of Lexicon against its lists asked with a lower-case copy. */
class LexiconTest {
  private static final Set<String> EPONYM_SAMPLE = Set.of("disease", "syndrome", "test");

  @Provide
  Arbitrary<String> tokens() {
    return Arbitraries.oneOf(
        Arbitraries.of("Dr", "DR", "dr", "Mrs", "Patient", "PT", "Dear", "HI", "From", "Regards",
            "THANKS", "Disease", "Syndrome", "The", "Monday", "SEÑORA", "Señor", "señora", "İ",
            "Attn", "van", "Van", "De", "de", "Love", "ǅ", "x", "", "Hospital", "Sincerely"),
        Arbitraries.strings().ofMaxLength(8));
  }

  @Property(tries = 1000, seed = "20261129")
  void answersAsTheListsDo(@ForAll("tokens") String token) {
    String l = token.toLowerCase(Locale.ROOT);
    assertEquals(Lexicon.titles().contains(l), Lexicon.isTitle(token));
    assertEquals(Lexicon.patientWords().contains(l), Lexicon.isPatientWord(token));
    assertEquals(Lexicon.greetings().contains(l), Lexicon.isGreeting(token));
    assertEquals(Lexicon.signOffs().contains(l), Lexicon.isSignOff(token));
    assertEquals(Lexicon.particles().contains(token), Lexicon.isParticle(token));
    if (EPONYM_SAMPLE.contains(l)) {
      assertEquals(true, Lexicon.isEponymHead(token));
    }
  }
}
