package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OffsetMapTest {

  /** Ranges as the normalizer makes them: non-empty, never going backwards. */
  @Provide
  Arbitrary<int[][]> ranges() {
    return Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(60).flatMap(gaps ->
        Arbitraries.integers().between(1, 3).list().ofSize(gaps.size()).map(widths -> {
          int[][] out = new int[gaps.size()][];
          int at = 0;
          for (int i = 0; i < out.length; i++) {
            // a gap of 0 with the previous width 0 repeats the range (an expansion)
            int start = gaps.get(i) == 0 && i > 0 ? out[i - 1][0] : at + Math.max(gaps.get(i) - 1, 0);
            int end = start + widths.get(i);
            if (gaps.get(i) == 0 && i > 0) {
              end = out[i - 1][1];
            }
            out[i] = new int[] {start, end};
            at = Math.max(at, end);
          }
          return out;
        }));
  }

  @Property(tries = 500)
  void looksUpWhatWasAdded(@ForAll("ranges") int[][] ranges) {
    OffsetMap m = build(ranges);
    assertEquals(ranges.length, m.length());
    assertTrue(m.runs() <= ranges.length);
    for (int k = 0; k < ranges.length; k++) {
      assertEquals(ranges[k][0], m.start(k), "start of " + k);
      assertEquals(ranges[k][1], m.end(k), "end of " + k);
    }
  }

  @Property(tries = 500)
  void composesAsTheArraysDid(@ForAll("ranges") int[][] inner, @ForAll("ranges") int[][] outer) {
    // outer points into the text inner produced (length inner.length): clamp it there
    int n = inner.length;
    int[][] o = new int[outer.length][];
    for (int k = 0; k < outer.length; k++) {
      int s = Math.min(outer[k][0], n - 1);
      int e = Math.max(s + 1, Math.min(outer[k][1], n));
      o[k] = new int[] {s, e};
    }
    OffsetMap composed = build(o).over(build(inner));
    for (int k = 0; k < o.length; k++) {
      assertEquals(inner[o[k][0]][0], composed.start(k));
      assertEquals(inner[o[k][1] - 1][1], composed.end(k));
    }
  }

  @Test
  void copiedTextIsOneRunAndSpacedDigitsAnother() {
    OffsetMap.Builder b = new OffsetMap.Builder(2);
    for (int i = 0; i < 1000; i++) {
      b.add(i, i + 1);
    }
    for (int i = 0; i < 9; i++) {
      b.add(1000 + 2 * i, 1001 + 2 * i); // "5 3 6 2 2 8 1 1 9"
    }
    OffsetMap m = b.build();
    assertEquals(2, m.runs());
    assertEquals(1016, m.start(1008));
    assertThrows(IndexOutOfBoundsException.class, () -> m.start(1009));
    assertThrows(IndexOutOfBoundsException.class, () -> m.end(-1));
    assertEquals(List.of(0, 1), List.of(m.start(0), m.end(0)));
  }

  @Property(tries = 500)
  void copyingARangeIsAddingItsCharsOneByOne(@ForAll("ranges") int[][] before,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 40) int count,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3) int gap) {
    int from = before[before.length - 1][1] + gap - 1;
    from = Math.max(from, 0);
    OffsetMap.Builder one = new OffsetMap.Builder(1);
    OffsetMap.Builder bulk = new OffsetMap.Builder(1);
    for (int[] r : before) {
      one.add(r[0], r[1]);
      bulk.add(r[0], r[1]);
    }
    for (int k = 0; k < count; k++) {
      one.add(from + k, from + k + 1);
    }
    bulk.copy(from, count);
    OffsetMap a = one.build();
    OffsetMap b = bulk.build();
    assertEquals(a.length(), b.length());
    assertEquals(a.runs(), b.runs());
    for (int k = 0; k < a.length(); k++) {
      assertEquals(a.start(k), b.start(k));
      assertEquals(a.end(k), b.end(k));
    }
  }

  private static OffsetMap build(int[][] ranges) {
    OffsetMap.Builder b = new OffsetMap.Builder(1);
    for (int[] r : ranges) {
      b.add(r[0], r[1]);
    }
    return b.build();
  }
}
