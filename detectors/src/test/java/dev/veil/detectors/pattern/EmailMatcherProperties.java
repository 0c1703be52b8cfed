package dev.veil.detectors.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link EmailMatcher} finds exactly what RE2/J finds with {@link EmailDetector#REGEX}: the same
 * (start, end) sequence on any window. The texts are built from local parts, '@', labels of every
 * length around the 63-char limit (with hyphens at either end), long chains of labels, top-level
 * domains around 2 and 24 letters, doubled dots, and chars RE2 treats its own way (U+017F and
 * U+212A, which fold onto 's' and 'k' only under (?i), non-ASCII letters and digits, '_').
 */
class EmailMatcherProperties {
  private static final Pattern RE2 = Pattern.compile(EmailDetector.REGEX);

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> atom = Arbitraries.strings().withChars("abcXYZ019!#$%&'*+/=?^_`{|}~-").ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> label = Arbitraries.strings().withChars("abcdKkSsXZ0189-").ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> longLabel = Arbitraries.integers().between(58, 66)
        .map(n -> "a" + "b-".repeat(n / 2).substring(0, Math.max(0, n - 2)) + "c");
    Arbitrary<String> tld = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzKS").ofMinLength(1).ofMaxLength(27);
    Arbitrary<String> chain = Arbitraries.integers().between(2, 40).map(n -> "a.".repeat(n));
    Arbitrary<String> odd = Arbitraries.of("@", "@", ".", "..", ".@", "@.", " ", "\n", "_", "-", "\u017F", "\u212A",
        "é", "\u0663", "\uFF21", "(", "<", ">", ",", ";", ":", "\"", "'", "|", "=", "user=", "mailto:", "1", "com",
        "a@b.cd", "x.y@z.org", "@example.com", ".co.uk");
    Arbitrary<String> chunk = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, atom), net.jqwik.api.Tuple.of(4, label), net.jqwik.api.Tuple.of(1, longLabel),
        net.jqwik.api.Tuple.of(3, tld), net.jqwik.api.Tuple.of(1, chain), net.jqwik.api.Tuple.of(6, odd));
    return chunk.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 3000, seed = "20261129")
  void sameMatchesAsRe2InAnyWindow(@ForAll("texts") String text, @ForAll @IntRange(max = 400) int a,
      @ForAll @IntRange(max = 400) int b) {
    int n = text.length();
    int from = Math.min(a, b) % (n + 1);
    int to = Math.max(from, Math.max(a, b) % (n + 1));
    if (a % 3 == 0) {
      from = 0;
      to = n;
    }
    assertEquals(re2(text, from, to), hand(text, from, to), "window " + from + ".." + to);
  }

  @Property(tries = 1000, seed = "20261129")
  void sameMatchesFromAnyStart(@ForAll("texts") String text, @ForAll @IntRange(max = 400) int a) {
    int n = text.length();
    int start = a % (n + 1);
    Matcher m = RE2.matcher(text);
    long found = EmailMatcher.INSTANCE.find(text, 0, n, start);
    boolean re2 = start <= n && m.find(start);
    assertEquals(re2 ? (long) m.start() << 32 | m.end() : -1L, found, "from " + start);
  }

  @Test
  void longLabelChainsAndHostileRunsAgreeWithRe2() {
    String[] texts = {
        "x@" + "a.".repeat(5_000), "a.".repeat(5_000) + "a@b", "x@" + "a.".repeat(5_000) + "com",
        "x@" + ("a".repeat(60) + "-.").repeat(300), "@".repeat(3_000) + "a@b.cd",
        ("a@" + "b".repeat(63) + ".cd ").repeat(50), ("a@" + "b".repeat(64) + ".cd ").repeat(50),
        "a@b." + "c".repeat(30), "a@1.2.3.4", "a@b.c.d.e1.f-g.hh", "a..b@c.de", "a.@b.cd", "\u212A@b.cd",
        "a@b\u017F.cd", "a@b.c\u212A", "jane@example.orgPlease", "_a@b.co"};
    for (String t : texts) {
      assertEquals(re2(t, 0, t.length()), hand(t, 0, t.length()), () -> t.length() > 80 ? t.substring(0, 80) : t);
    }
  }

  private static List<Long> re2(String text, int from, int to) {
    List<Long> out = new ArrayList<>();
    Matcher m = RE2.matcher(text.substring(from, to));
    while (m.find()) {
      out.add((long) (m.start() + from) << 32 | (m.end() + from));
    }
    return out;
  }

  private static List<Long> hand(String text, int from, int to) {
    List<Long> out = new ArrayList<>();
    EmailMatcher h = EmailMatcher.INSTANCE;
    for (long m = h.first(text, from, to); m >= 0; m = h.next(text, from, to, m)) {
      out.add(m);
    }
    return out;
  }
}
