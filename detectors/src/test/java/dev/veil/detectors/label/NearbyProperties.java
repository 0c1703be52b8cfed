package dev.veil.detectors.label;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.detectors.internal.Context;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Nearby#near} answers as {@link Context#near} does (same words, windows and table headers)
 * for lines shorter than {@link Nearby#CELL}; it only does less work.
 */
class NearbyProperties {
  private static final String[] WORDS = {"tel", "phone", "my number", "nhs"};

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
            Arbitraries.of("tel", "Tel.", "phone", "phones", "telephone", "my number", "my", "number", "NHS", "nhs1",
                "| Phone |", "|---|", "| x |", "|", "\n", " ", ", ", "hotel", "4158234410", "x"))
        .list().ofMaxSize(40).map(l -> String.join(" ", l));
  }

  @Property(tries = 1000, seed = "20261129")
  void sameAnswerAsContextNear(@ForAll("texts") String text, @ForAll @IntRange(max = 400) int at,
      @ForAll @IntRange(min = 1, max = 12) int length) {
    int start = Math.min(at, text.length());
    int end = Math.min(text.length(), start + length);
    if (text.lines().anyMatch(l -> l.length() >= Nearby.CELL)) {
      return;
    }
    assertEquals(Context.near(text, start, end, WORDS), Nearby.near(text, start, end, WORDS), text);
  }
}
