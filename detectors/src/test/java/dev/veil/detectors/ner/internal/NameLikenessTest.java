package dev.veil.detectors.ner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameLikenessTest {
  private static final List<String> NAMES = List.of("Anna", "Hanna", "Johanna", "Marianne",
      "Katarina", "Kowalski", "Nowak", "Okafor", "Adebayo", "Oluwaseun", "Svetlana", "Ivanova",
      "Giuseppe", "Rossi", "Françoise", "Dubois", "Søren", "Kierkegaard", "Björn", "Lindqvist");
  private static final List<String> COMMON = List.of("the", "and", "with", "invoice", "payment",
      "tomorrow", "meeting", "office", "please", "schedule", "appointment", "thanks", "report",
      "through", "should", "would", "which", "government", "statement", "development");
  private static final List<String> PLACES = List.of("London", "Manchester", "Birmingham",
      "Hampshire", "Wolverhampton", "Middlesbrough", "Portsmouth", "Edinburgh", "Aberdeen");
  private static final double[] CUTS = {-1.0, -0.5, 0.0, 0.5, 1.0, 1.5};
  private static final double[] PLACE_CUTS = {-0.4, 0.0, 0.4};
  private static final NameLikeness MODEL =
      NameLikeness.learn(NAMES, COMMON, PLACES, CUTS, PLACE_CUTS);
  private static final VeilNameModel BUNDLED = BundledModel.read();

  /** Every casing of every character folds alike (the score reads the folded letters only). */
  @Test
  void everyCharacterFoldsLikeItsOtherCases() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      char f = NameLikeness.foldChar(ch);
      assertEquals(f, NameLikeness.foldChar(Character.toUpperCase(ch)), "U+" + Integer.toHexString(c));
      assertEquals(f, NameLikeness.foldChar(Character.toLowerCase(ch)), "U+" + Integer.toHexString(c));
      assertEquals(f, NameLikeness.foldChar(Character.toTitleCase(ch)), "U+" + Integer.toHexString(c));
    }
  }

  @ParameterizedTest
  @CsvSource({"Anna, anna", "ÉMILE, emile", "Søren, soren", "Łódź, lodz", "Nguyễn, nguyen",
      "STRAẞE, strase", "İstanbul, istanbul", "ÇELİK, celik", "ΕΛΈΝΗ, ελένη"})
  void folds(String word, String folded) {
    assertEquals(folded, NameLikeness.fold(word));
  }

  @Test
  void namesScoreAboveCommonWords() {
    for (String[] pair : new String[][] {{"Joanna", "the"}, {"Ivanov", "payments"},
        {"Okafo", "meetings"}, {"Rossini", "development"}}) {
      double name = MODEL.scores(pair[0])[0];
      double word = MODEL.scores(pair[1])[0];
      assertTrue(name > word, pair[0] + " " + name + " vs " + pair[1] + " " + word);
    }
  }

  @Test
  void binsAreWithinTheCuts() {
    for (String w : List.of("", "a", "Anna", "the", "zzzzzzzz", "Ⅻ", "李")) {
      int b = MODEL.bins(w);
      assertTrue((b & 0xFF) < MODEL.nameBins() && (b >>> 8) < MODEL.placeBins(), w);
    }
    assertEquals(NameLikeness.NONE, NameLikeness.EMPTY.bins("Anna"));
  }

  /** Leaving a listed word out scores it close to a model learnt without it. */
  @Test
  void leaveOneOutIsTheModelWithoutTheWord() {
    List<String> without = new ArrayList<>(NAMES);
    without.remove("Okafor");
    NameLikeness smaller = NameLikeness.learn(without, COMMON, PLACES, CUTS, PLACE_CUTS);
    double[] loo = MODEL.scoresLeavingOut("OKAFOR", true, false, false);
    double[] direct = smaller.scores("okafor");
    assertEquals(direct[0], loo[0], 0.05);
    assertEquals(direct[1], loo[1], 0.05);
    assertTrue(loo[0] < MODEL.scores("Okafor")[0], "its own 3-grams made it more name-like");
  }

  @Test
  void writeThenReadGivesTheSameBins() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      MODEL.write(out);
    }
    NameLikeness again = NameLikeness.read(
        new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    for (String w : List.of("Anna", "meeting", "Wolverhampton", "Zbigniew", "q", "")) {
      assertEquals(MODEL.bins(w), again.bins(w), w);
    }
    byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
    assertThrows(IOException.class, () -> NameLikeness.read(
        new DataInputStream(new ByteArrayInputStream(cut))));
  }

  @Test
  void rejectsCutsOutOfOrder() {
    assertThrows(IllegalArgumentException.class,
        () -> NameLikeness.learn(NAMES, COMMON, PLACES, new double[] {1, 0}, PLACE_CUTS));
    assertThrows(IllegalArgumentException.class,
        () -> NameLikeness.learn(NAMES, COMMON, PLACES, new double[] {Double.NaN}, PLACE_CUTS));
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMinLength(0).ofMaxLength(20),
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
            .withCharRange('À', 'ɏ').ofMinLength(0).ofMaxLength(14),
        Arbitraries.of("", "a", "Ⅻ", "İ", "ı", "ß", "ẞ", "ǅ", "ς", "Σ", "ﬁ", "\u0000", "\u0307",
            "\uD835\uDC00", "\uD835", "𝐀𝐧𝐧𝐚", "Ａｎｎａ", "李", "ŉ", "Ǆemal"));
  }

  /** A random per-character recasing of {@code w}. */
  private static String recase(String w, long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(w.length());
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      int pick = r.nextInt(3);
      sb.append(pick == 0 ? Character.toUpperCase(c) : pick == 1 ? Character.toLowerCase(c)
          : Character.toTitleCase(c));
    }
    return sb.toString();
  }

  @Property(tries = 500, seed = "20261129")
  void sameBinsForAnyCasing(@ForAll("words") String word, @ForAll long seed) {
    for (NameLikeness m : List.of(MODEL, BUNDLED.features().likeness())) {
      int bins = m.bins(word);
      assertEquals(bins, m.bins(recase(word, seed)));
      assertEquals(bins, m.bins(word.toLowerCase(java.util.Locale.ROOT)), "lower form");
    }
  }

  @Property(tries = 500, seed = "20261129")
  void scoresAreFiniteAndDeterministic(@ForAll("words") String word) {
    double[] s = MODEL.scores(word);
    assertTrue(Double.isFinite(s[0]) && Double.isFinite(s[1]));
    double[] again = NameLikeness.learn(NAMES, COMMON, PLACES, CUTS, PLACE_CUTS).scores(word);
    assertEquals(Double.doubleToRawLongBits(s[0]), Double.doubleToRawLongBits(again[0]));
    assertEquals(Double.doubleToRawLongBits(s[1]), Double.doubleToRawLongBits(again[1]));
    double[] loo = MODEL.scoresLeavingOut(word, true, true, true);
    assertTrue(Double.isFinite(loo[0]) && Double.isFinite(loo[1]));
    int b = MODEL.bins(word);
    assertEquals(bin(s[0], CUTS) | bin(s[1], PLACE_CUTS) << 8, b, "bins are the scores cut");
  }

  private static int bin(double score, double[] cuts) {
    int b = 0;
    while (b < cuts.length && score >= cuts[b]) {
      b++;
    }
    return b;
  }
}
