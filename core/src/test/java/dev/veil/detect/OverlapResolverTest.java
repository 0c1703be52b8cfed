package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.EntityType;
import dev.veil.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OverlapResolverTest {

  @Test
  void higherScoreWins() {
    Finding card = Finding.of(EntityType.CREDIT_CARD, 0, 19, 0.95, "cc");
    Finding phone = Finding.of(EntityType.PHONE_NUMBER, 5, 19, 0.6, "phone");
    assertEquals(List.of(card), OverlapResolver.resolve(List.of(phone, card)));
  }

  @Test
  void equalScoreLongerWins() {
    Finding a = Finding.of(EntityType.DATE, 0, 10, 0.8, "d");
    Finding b = Finding.of(EntityType.DATE, 0, 5, 0.8, "d");
    assertEquals(List.of(a), OverlapResolver.resolve(List.of(b, a)));
  }

  @Test
  void equalScoreAndLengthMoreSpecificTypeWins() {
    Finding ssn = Finding.of(EntityType.US_SSN, 0, 11, 0.8, "x");
    Finding other = Finding.of(EntityType.OTHER_ID, 0, 11, 0.8, "y");
    assertEquals(List.of(ssn), OverlapResolver.resolve(List.of(other, ssn)));
  }

  @Test
  void disjointFindingsAreAllKeptInOrder() {
    Finding a = Finding.of(EntityType.DATE, 20, 30, 0.8, "d");
    Finding b = Finding.of(EntityType.US_SSN, 0, 11, 0.9, "s");
    Finding c = Finding.of(EntityType.EMAIL_ADDRESS, 11, 20, 0.7, "e"); // touching, not overlapping
    assertEquals(List.of(b, c, a), OverlapResolver.resolve(List.of(a, b, c)));
  }

  @Property(tries = 300)
  void resultNeverOverlapsAndIsDeterministic(@ForAll("findings") List<Finding> findings) {
    List<Finding> result = OverlapResolver.resolve(findings);
    for (int i = 1; i < result.size(); i++) {
      assertTrue(result.get(i - 1).end() <= result.get(i).start(), "sorted and disjoint");
    }
    for (Finding r : result) {
      assertTrue(findings.contains(r) || findings.stream().anyMatch(f -> f.type() == r.type()
              && f.detector().equals(r.detector()) && f.score() == r.score() && f.start() <= r.start()
              && r.end() <= f.end()),
          () -> r + " is neither an input finding nor a part of one");
    }
    List<Finding> shuffled = new ArrayList<>(findings);
    Collections.shuffle(shuffled, new java.util.Random(findings.size()));
    assertEquals(result, OverlapResolver.resolve(shuffled), "order of detectors does not matter");
  }

  @Property(tries = 300)
  void everyDroppedFindingOverlapsAKeptOne(@ForAll("findings") List<Finding> findings) {
    List<Finding> result = OverlapResolver.resolve(findings);
    for (Finding f : findings) {
      if (f.span().isEmpty() || result.contains(f)) {
        continue;
      }
      assertTrue(result.stream().anyMatch(k -> k.span().overlaps(f.span()) && k.score() >= f.score()),
          () -> f + " was dropped without an overlapping winner of at least its score");
    }
  }

  @Property(tries = 300)
  void everyReportedCharacterStaysCovered(@ForAll("findings") List<Finding> findings) {
    List<Finding> result = OverlapResolver.resolve(findings);
    for (Finding f : findings) {
      for (int i = f.start(); i < f.end(); i++) {
        int c = i;
        assertTrue(result.stream().anyMatch(k -> k.start() <= c && c < k.end()),
            () -> "character " + c + " of " + f + " is no longer covered");
      }
    }
  }

  @Test
  void thePartOfALoserThatNoWinnerCoversIsKeptTrimmedToLettersAndDigits() {
    String text = "lives at 8775 Lincoln Boulevard.";
    Finding street = Finding.of(EntityType.STREET_ADDRESS, 9, 31, 0.8, "street");
    Finding name = Finding.of(EntityType.PERSON, 14, 31, 0.9, "ner");
    assertEquals(List.of(street.withSpan(new dev.veil.Span(9, 13)), name),
        OverlapResolver.resolve(List.of(street, name), text));
    assertEquals(List.of(street.withSpan(new dev.veil.Span(9, 14)), name),
        OverlapResolver.resolve(List.of(street, name)));
  }

  @Test
  void aLoserStraddlingTwoWinnersKeepsOnlyItsOwnMiddle() {
    Finding a = Finding.of(EntityType.DATE, 0, 5, 0.9, "d");
    Finding b = Finding.of(EntityType.DATE, 10, 15, 0.9, "d");
    Finding loser = Finding.of(EntityType.OTHER_ID, 3, 12, 0.5, "x");
    assertEquals(List.of(a, loser.withSpan(new dev.veil.Span(5, 10)), b),
        OverlapResolver.resolve(List.of(loser, b, a)));
  }

  /**
   * The resolver before clusters (one sorted map over all findings), kept verbatim as the
   * reference: the cluster sweep must give exactly its result.
   */
  @Property(tries = 1000)
  void sameResultAsResolvingAllFindingsInOneMap(@ForAll("findings") List<Finding> findings,
      @ForAll("texts") String text) {
    assertEquals(Reference.resolve(findings, null), OverlapResolver.resolve(findings));
    assertEquals(Reference.resolve(findings, text), OverlapResolver.resolve(findings, text));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab1 -.").ofLength(80);
  }

  private static final class Reference {
    private static final java.util.Comparator<Finding> PRIORITY =
        java.util.Comparator.comparingDouble(Finding::score).reversed()
            .thenComparing(java.util.Comparator.comparingInt((Finding f) -> f.span().length()).reversed())
            .thenComparing(java.util.Comparator.comparingInt((Finding f) -> f.type().specificity()).reversed())
            .thenComparingInt(Finding::start)
            .thenComparing(f -> f.type().name())
            .thenComparing(Finding::detector);

    static List<Finding> resolve(List<Finding> findings, CharSequence text) {
      if (findings.size() <= 1) {
        return List.copyOf(findings);
      }
      List<Finding> byPriority = new ArrayList<>(findings);
      byPriority.sort(PRIORITY);
      java.util.TreeMap<Integer, Finding> kept = new java.util.TreeMap<>();
      for (Finding f : byPriority) {
        if (f.span().isEmpty()) {
          continue;
        }
        var floor = kept.floorEntry(f.start());
        boolean overlapsFloor = floor != null && floor.getValue().end() > f.start();
        var ceiling = kept.ceilingEntry(f.start());
        if (!overlapsFloor && (ceiling == null || ceiling.getKey() >= f.end())) {
          kept.put(f.start(), f);
          continue;
        }
        int at = f.start();
        if (overlapsFloor) {
          at = floor.getValue().end();
        }
        List<int[]> gaps = new ArrayList<>();
        while (at < f.end()) {
          var next = kept.ceilingEntry(at);
          int gapEnd = next == null ? f.end() : Math.min(f.end(), next.getKey());
          if (gapEnd > at) {
            gaps.add(new int[] {at, gapEnd});
          }
          if (next == null || next.getKey() >= f.end()) {
            break;
          }
          at = next.getValue().end();
        }
        for (int[] g : gaps) {
          int st = g[0];
          int e = g[1];
          if (text != null) {
            while (st < e && !Character.isLetterOrDigit(text.charAt(st))) {
              st++;
            }
            while (e > st && !Character.isLetterOrDigit(text.charAt(e - 1))) {
              e--;
            }
          }
          if (e > st) {
            kept.put(st, f.withSpan(new dev.veil.Span(st, e)));
          }
        }
      }
      return List.copyOf(kept.values());
    }
  }

  @Provide
  Arbitrary<List<Finding>> findings() {
    Arbitrary<Finding> f = Combinators.combine(
        Arbitraries.of(EntityType.US_SSN, EntityType.DATE, EntityType.PHONE_NUMBER, EntityType.OTHER_ID),
        Arbitraries.integers().between(0, 60),
        Arbitraries.integers().between(0, 15),
        Arbitraries.of(0.3, 0.5, 0.8, 0.95),
        Arbitraries.of("a", "b"))
        .as((type, start, len, score, det) -> Finding.of(type, start, start + len, score, det));
    return f.list().ofMaxSize(25);
  }
}
