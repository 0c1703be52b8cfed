package dev.veil.detectors.ner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The folding look-up against a HashMap of lower-case copies. */
class LowerTableTest {
  private static final List<String> WORDS = List.of("anna", "berg", "dr", "patient", "the",
      "müller", "straße", "i̇stanbul", "a", "", "o'neil", "<num>", "ann", "nna", "na");

  @Provide
  Arbitrary<String> tokens() {
    return Arbitraries.oneOf(Arbitraries.of(WORDS).map(w -> w.toUpperCase(Locale.ROOT)),
        Arbitraries.of(WORDS), Arbitraries.of("Anna", "BeRg", "DR", "Patient", "tHe", "Müller",
            "İstanbul", "STRASSE", "Ann", "NNA"),
        Arbitraries.strings().ofMaxLength(8),
        Arbitraries.strings().withCharRange('A', 'z').ofMaxLength(5));
  }

  @Property(tries = 1000, seed = "20261129")
  void findsWhatAMapOfLowerFormsFinds(@ForAll("tokens") String token) {
    Map<String, Integer> ids = new HashMap<>();
    LowerTable.Builder b = new LowerTable.Builder();
    for (String w : WORDS) {
      ids.put(w, b.add(w));
    }
    LowerTable table = b.build();
    LowerTable fromMap = new LowerTable(ids);
    int expected = ids.getOrDefault(token.toLowerCase(Locale.ROOT), -1);
    if (LowerTable.isAscii(token, 0, token.length())) {
      assertEquals(expected, table.getFolded(token, 0, token.length()));
      assertEquals(expected, fromMap.getFolded(token, 0, token.length()));
    }
    assertEquals(expected, table.get(token.toLowerCase(Locale.ROOT)));
    assertEquals(ids.getOrDefault(token, -1), fromMap.get(token));
    // a region of a longer string
    String padded = "xx" + token + "yy";
    assertEquals(ids.getOrDefault(token, -1), table.get(padded, 2, 2 + token.length()));
  }

  @Property(tries = 200, seed = "20261129")
  void builderGivesDistinctStringsConsecutiveIds(@ForAll Set<String> words) {
    LowerTable.Builder b = new LowerTable.Builder();
    int id = 0;
    for (String w : words) {
      assertEquals(id++, b.add(w));
    }
    for (String w : words) {
      assertEquals(b.add(w), b.build().get(w)); // adding again returns the id it has
    }
    assertEquals(words.size(), b.size());
  }
}
