package dev.veil.detectors.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.veil.detectors.internal.Shape;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The IPv6 candidate shape finds exactly what RE2/J finds with {@link IpAddressDetector#V6_REGEX}, on any window. */
class IpV6ShapeProperties {
  private static final Pattern RE2 = Pattern.compile(IpAddressDetector.V6_REGEX);
  private static final Shape SHAPE = Shape.compile(IpAddressDetector.V6_REGEX);

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789abcdefABCDEFgG").ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> seps = Arbitraries.of(":", "::", ".", " ", "-", "_", "\n", "\u212A", "\u0663", "é", "12:30:45",
        "192.168.0.1", "fe80::1", "2001:db8::8a2e:370:7334");
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, hex), net.jqwik.api.Tuple.of(3, seps))
        .list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 1000, seed = "20261129")
  void sameMatchesAsRe2(@ForAll("texts") String text, @ForAll @IntRange(max = 500) int a,
      @ForAll @IntRange(max = 500) int b) {
    int n = text.length();
    int from = a % 2 == 0 ? 0 : Math.min(a, b) % (n + 1);
    int to = a % 2 == 0 ? n : Math.max(from, Math.max(a, b) % (n + 1));
    List<Long> expected = new ArrayList<>();
    Matcher m = RE2.matcher(text.substring(from, to));
    while (m.find()) {
      expected.add((long) (m.start() + from) << 32 | (m.end() + from));
    }
    List<Long> actual = new ArrayList<>();
    for (int i = from; i < to; ) {
      long f = SHAPE.find(text, from, to, i);
      if (f < 0) {
        break;
      }
      actual.add(f);
      i = Math.max((int) f, (int) (f >>> 32) + 1);
    }
    assertEquals(expected, actual, "window " + from + ".." + to);
  }
}
