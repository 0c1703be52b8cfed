package dev.veil.detectors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Shape} on generated regexes of its subset, against RE2/J: repeated classes bounded and
 * unbounded (one step that gives chars back, or none where the class cannot start what follows),
 * optional classes before and after overlapping ones, groups repeated with alternatives, {@code
 * \b}, {@code (?i)} with RE2's case-folding partners of 's' and 'k' (U+017F, U+212A). The same
 * (start, end) sequence on any window, whatever the shape's choice of step.
 */
class ShapeRepetitionProperties {
  private static final String[] CLASSES = {"a", "b", "[ab]", "[a-c]", "\\d", "[0-9a]", "[ -]", "[^a]", "[^ab0-9]",
      "\\.", "s", "k", "[A-Za-z]", "[A-Za-z0-9-]", "\\s", "_"};
  private static final String[] QUANTIFIERS = {"", "", "?", "*", "+", "{2}", "{0,3}", "{1,2}", "{2,5}", "{0,1}"};

  @Provide
  Arbitrary<String> regexes() {
    Arbitrary<String> cls = Arbitraries.of(CLASSES);
    Arbitrary<String> q = Arbitraries.of(QUANTIFIERS);
    Arbitrary<String> item = Combinators.combine(cls, q).as((c, k) -> c + k);
    Arbitrary<String> seq = item.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
    Arbitrary<String> group = Combinators.combine(seq, seq.optional(), Arbitraries.of("", "?", "+", "*", "{1,3}", "{2}"))
        .as((a, b, k) -> "(?:" + a + b.map(x -> "|" + x).orElse("") + ")" + k);
    Arbitrary<String> piece = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, item), net.jqwik.api.Tuple.of(2, group),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("\\b")));
    // a class without quantifier somewhere keeps the regex from matching the empty string (the
    // detectors' regexes never do; Shape's find loop does not report empty matches at a window end)
    return Combinators.combine(Arbitraries.of("", "", "(?i)"), piece.list().ofMaxSize(4), cls, piece.list().ofMaxSize(2))
        .as((flags, l, c, r) -> flags + String.join("", l) + c + String.join("", r));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("aabbcAB019 -_.sSkK\u017F\u212A\u00E9\n").ofMaxLength(30);
  }

  @Property(tries = 4000, seed = "20261129")
  void sameMatchesAsRe2(@ForAll("regexes") String regex, @ForAll("texts") String text,
      @ForAll @IntRange(max = 60) int a, @ForAll @IntRange(max = 60) int b) {
    Shape shape;
    try {
      shape = Shape.compile(regex);
    } catch (IllegalArgumentException outsideTheSubset) {
      return; // e.g. a repeated group that can match the empty string
    }
    int n = text.length();
    int from = Math.min(a, b) % (n + 1);
    int to = Math.max(from, Math.max(a, b) % (n + 1));
    if (a % 2 == 0) {
      from = 0;
      to = n;
    }
    assertEquals(re2(regex, text, from, to), shape(shape, text, from, to), regex + " on window " + from + ".." + to);
  }

  private static List<Long> re2(String regex, String text, int from, int to) {
    List<Long> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(new Slice(text, from, to));
    while (m.find()) {
      out.add((long) (m.start() + from) << 32 | (m.end() + from));
    }
    return out;
  }

  private static List<Long> shape(Shape shape, String text, int from, int to) {
    List<Long> out = new ArrayList<>();
    for (long m = shape.first(text, from, to); m >= 0; m = shape.next(text, from, to, m)) {
      out.add(m);
    }
    return out;
  }
}
