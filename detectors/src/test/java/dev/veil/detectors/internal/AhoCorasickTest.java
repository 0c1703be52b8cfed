package dev.veil.detectors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

  private static Set<String> scan(AhoCorasick ac, List<String> patterns, String text) {
    Set<String> out = new TreeSet<>();
    ac.scan(text, (s, e, p) -> out.add(s + ":" + e + ":" + p));
    return out;
  }

  /** What a naive indexOf scan over the folded text finds. */
  private static Set<String> naive(List<String> patterns, String text) {
    Set<String> out = new TreeSet<>();
    String t = AhoCorasick.fold(text);
    for (int p = 0; p < patterns.size(); p++) {
      String pat = AhoCorasick.fold(patterns.get(p));
      for (int i = t.indexOf(pat); i >= 0; i = t.indexOf(pat, i + 1)) {
        out.add(i + ":" + (i + pat.length()) + ":" + p);
      }
    }
    return out;
  }

  private static AhoCorasick build(List<String> patterns) {
    AhoCorasick.Builder b = AhoCorasick.builder();
    patterns.forEach(b::add);
    return b.build();
  }

  @Test
  void findsOverlappingAndNestedPatterns() {
    List<String> p = List.of("he", "she", "his", "hers");
    Set<String> found = scan(build(p), p, "ushers");
    assertEquals(Set.of("1:4:1", "2:4:0", "2:6:3"), found);
  }

  @Test
  void isCaseAndAccentInsensitive() {
    List<String> p = List.of("diabète", "Schilddrüse");
    assertEquals(Set.of("0:7:0", "8:19:1"), scan(build(p), p, "DIABETE SCHILDDRUSE"));
  }

  @Test
  void foldKeepsLengthAndMapsApostrophes() {
    String s = "Parkinson\u2019s ÄÖÜ İ";
    assertEquals(s.length(), AhoCorasick.fold(s).length());
    assertEquals("parkinson's aou i", AhoCorasick.fold(s));
  }

  @Test
  void emptyPatternIsRejectedWithoutEcho() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AhoCorasick.builder().add(""));
    assertEquals("empty pattern", e.getMessage());
  }

  @Test
  void toStringHasNoPatternText() {
    AhoCorasick ac = build(List.of("secretterm"));
    assertFalse(ac.toString().contains("secretterm"));
  }

  @Test
  void nonLatinAndHighCharsWork() {
    List<String> p = List.of("糖尿病", "ab");
    assertEquals(naive(p, "x糖尿病ab糖尿病"), scan(build(p), p, "x糖尿病ab糖尿病"));
  }

  @Property(tries = 300)
  void findsExactlyWhatNaiveScanFinds(@ForAll("patterns") List<String> patterns,
      @ForAll("texts") String text) {
    assertEquals(naive(patterns, text), scan(build(patterns), patterns, text));
  }

  /** The transition table and the hashed goto function report the same matches in the same order. */
  @Property(tries = 300)
  void tableAndGotoFunctionAgree(@ForAll("widePatterns") List<String> patterns,
      @ForAll("wideTexts") String text, @ForAll boolean exact) {
    AhoCorasick.Builder table = AhoCorasick.builder();
    AhoCorasick.Builder intTable = AhoCorasick.builder().maxSmallStates(0);
    AhoCorasick.Builder hashed = AhoCorasick.builder().maxTable(0);
    if (exact) {
      table.exact();
      intTable.exact();
      hashed.exact();
    }
    patterns.forEach(table::add);
    patterns.forEach(intTable::add);
    patterns.forEach(hashed::add);
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    List<String> c = new ArrayList<>();
    table.build().scan(text, (s, e, p) -> a.add(s + ":" + e + ":" + p));
    hashed.build().scan(text, (s, e, p) -> b.add(s + ":" + e + ":" + p));
    intTable.build().scan(text, (s, e, p) -> c.add(s + ":" + e + ":" + p));
    assertEquals(b, a);
    assertEquals(b, c);
  }

  @Provide
  Arbitrary<List<String>> widePatterns() {
    return Arbitraries.strings().withChars("abAB'\u2019éÉкКµ\u212a\u0250\u0130ı ").ofMinLength(1)
        .ofMaxLength(5).list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> wideTexts() {
    return Arbitraries.strings().withChars("abAB'\u2019\u2018éÉкКµ\u212ak\u0250\u0130ıi x")
        .ofMaxLength(80);
  }

  @Provide
  Arbitrary<List<String>> patterns() {
    return Arbitraries.strings().withChars("abcAB'é").ofMinLength(1).ofMaxLength(5)
        .list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("abcABé' x").ofMaxLength(60);
  }

  @Test
  void manyPatternsStayLinear() {
    List<String> p = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      p.add("term" + i);
    }
    AhoCorasick ac = build(p);
    String text = "term1999 and term7 and term".repeat(100);
    assertEquals(naive(p, text), scan(ac, p, text));
  }
}
