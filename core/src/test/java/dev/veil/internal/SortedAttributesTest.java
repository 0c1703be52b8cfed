package dev.veil.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SortedAttributesTest {

  /** Behaves as the unmodifiable TreeMap copy the finding held before: same entries, order, text. */
  @Property(tries = 300)
  void actsAsASortedImmutableCopy(@ForAll("maps") Map<String, String> m) {
    Map<String, String> expected = java.util.Collections.unmodifiableMap(new TreeMap<>(m));
    Map<String, String> a = SortedAttributes.copyOf(m);
    assertEquals(expected, a);
    assertEquals(a, expected);
    assertEquals(expected.hashCode(), a.hashCode());
    assertEquals(expected.toString(), a.toString());
    Map<String, String> again = SortedAttributes.with(SortedAttributes.copyOf(Map.of("zz", "1")), "zz", "1");
    if (!m.isEmpty()) {
      assertEquals(a, SortedAttributes.copyOf(new java.util.LinkedHashMap<>(m)));
      assertEquals(a.hashCode(), SortedAttributes.copyOf(new java.util.LinkedHashMap<>(m)).hashCode());
    }
    assertEquals(Map.of("zz", "1"), again);
    assertEquals(again, Map.of("zz", "1"));
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(a.keySet()));
    List<String> seen = new ArrayList<>();
    a.forEach((k, v) -> seen.add(k + "=" + v));
    List<String> want = new ArrayList<>();
    expected.forEach((k, v) -> want.add(k + "=" + v));
    assertEquals(want, seen);
    for (String k : List.of("a", "b", "country", "zz")) {
      assertEquals(expected.get(k), a.get(k));
      assertEquals(expected.containsKey(k), a.containsKey(k));
    }
    assertThrows(UnsupportedOperationException.class, () -> a.put("x", "y"));
    if (!a.isEmpty()) {
      assertThrows(UnsupportedOperationException.class, () -> a.entrySet().iterator().next().setValue("v"));
      assertThrows(UnsupportedOperationException.class, () -> a.keySet().clear());
    }
  }

  @Property(tries = 300)
  void withSetsOneKeyAndLeavesTheOriginal(@ForAll("maps") Map<String, String> m,
      @ForAll("keys") String key) {
    Map<String, String> a = SortedAttributes.copyOf(m);
    Map<String, String> expected = new TreeMap<>(m);
    expected.put(key, "new");
    assertEquals(expected, SortedAttributes.with(a, key, "new"));
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(SortedAttributes.with(a, key, "new").keySet()));
    assertEquals(new TreeMap<>(m), a);
  }

  @Test
  void aFindingWithAnotherSpanSharesItsAttributes() {
    Finding f = new Finding(EntityType.IBAN, Span.of(0, 22), 0.9, "iban",
        new HashMap<>(Map.of(Finding.COUNTRY, "DE", Finding.VALIDATOR, "mod97")));
    Finding moved = f.withSpan(Span.of(3, 25));
    assertSame(f.attributes(), moved.attributes());
    assertSame(f, f.withSpan(Span.of(0, 22)));
    assertEquals("Finding[IBAN [3, 25) score=0.90 detector=iban {country=DE, validator=mod97}]", moved.toString());
  }

  @Test
  void theCallersMapIsCopiedNotKept() {
    Map<String, String> mine = new HashMap<>(Map.of("a", "1", "b", "2"));
    Finding f = new Finding(EntityType.IBAN, Span.of(0, 2), 0.9, "iban", mine);
    mine.put("c", "3");
    assertEquals(Map.of("a", "1", "b", "2"), f.attributes());
    assertThrows(NullPointerException.class, () -> SortedAttributes.copyOf(nullKey()));
  }

  private static Map<String, String> nullKey() {
    Map<String, String> m = new HashMap<>();
    m.put(null, "x");
    m.put("a", "y");
    return m;
  }

  @Provide
  Arbitrary<Map<String, String>> maps() {
    return Arbitraries.maps(keys(), Arbitraries.strings().alpha().ofMaxLength(3)).ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.of("a", "b", "c", "country", "validator", "context", "subject", "zz");
  }
}
