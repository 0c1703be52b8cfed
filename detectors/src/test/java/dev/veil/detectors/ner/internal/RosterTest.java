package dev.veil.detectors.ner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RosterTest {
  private static final Roster ROSTER = new Roster(List.of(
      "Grace Okafor", "Jean-Luc Moreau", "Anneke de Vries", "Li", "Grace Okafor-Smith"));

  private static List<String> matches(Roster roster, String text) {
    Tokens t = Tokens.of(text);
    List<String> out = new ArrayList<>();
    for (int[] s : roster.find(t)) {
      out.add(text.substring(t.start(s[0]), t.end(s[1] - 1)));
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Please call Grace Okafor today.|Grace Okafor",
      "please call GRACE OKAFOR today|GRACE OKAFOR",
      "Mrs Okafor is here.|Okafor",
      "Jean-Luc Moreau was discharged.|Jean-Luc Moreau",
      "Seen with Anneke de Vries and Li.|Anneke de Vries,Li",
      "Grace Okafor-Smith, not Grace Okafor.|Grace Okafor-Smith,Grace Okafor",
      "Lithium was started.|",
      "Okafors are many.|",
      "Grace Okaforx|",
  })
  void findsWholeTokenNamesCaseInsensitively(String text, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected.split(","));
    assertEquals(want, matches(ROSTER, text));
  }

  @ParameterizedTest
  @CsvSource({"Vries is a surname", "nothing here"})
  void particleSurnameAloneIsMatchedOnlyAsLastToken(String text) {
    // "de Vries" adds "Vries" as a surname entry (last token, 3+ letters)
    assertEquals(text.startsWith("Vries") ? List.of("Vries") : List.of(), matches(ROSTER, text));
  }

  @Property(tries = 200)
  void matchesAreNonOverlappingAndInsideText(@ForAll @StringLength(max = 200) String text) {
    Roster r = new Roster(List.of("a b", "b", "Grace"));
    Tokens t = Tokens.of(text);
    int lastEnd = 0;
    for (int[] s : r.find(t)) {
      assertTrue(s[0] >= lastEnd && s[1] > s[0] && s[1] <= t.size());
      lastEnd = s[1];
    }
  }

  @ParameterizedTest
  @CsvSource({"Grace Okafor"})
  void toStringHasNoNames(String name) {
    assertFalse(new Roster(List.of(name)).toString().contains("Grace"));
    assertEquals(0, new Roster(List.of()).find(Tokens.of("Grace Okafor")).size());
  }
}
