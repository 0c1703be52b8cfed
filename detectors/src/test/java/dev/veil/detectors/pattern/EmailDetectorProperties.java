package dev.veil.detectors.pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.detectors.DetectorTables;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An address glued to other characters is still found, and its span is exactly the address. */
class EmailDetectorProperties {
  private static final EmailDetector DETECTOR = new EmailDetector();

  @Property(tries = 300)
  void anAddressGluedToDigitsOrPunctuationIsFoundExactly(@ForAll("addresses") String address,
      @ForAll("before") String before, @ForAll("after") String after) {
    String text = "note " + before + address + after + " end";
    int start = 5 + before.length();
    assertFound(text, start, start + address.length(), true);
  }

  @Property(tries = 300)
  void anAddressGluedToLettersOnEitherSideIsStillCovered(@ForAll("addresses") String address,
      @ForAll("letters") String before, @ForAll("letters") String after) {
    String text = "note " + before + address + after + " end";
    int start = 5 + before.length();
    assertFound(text, start, start + address.length(), false);
  }

  private static void assertFound(String text, int start, int end, boolean exact) {
    List<Finding> found = DetectorTables.run(DETECTOR, text, GuardContext.defaults());
    boolean ok = found.stream().anyMatch(f -> exact ? f.start() == start && f.end() == end
        : f.start() <= start && f.end() >= end);
    assertTrue(ok, () -> "not found " + (exact ? "exactly" : "covered") + " in: " + text + " -> " + found);
  }

  @Provide
  Arbitrary<String> addresses() {
    Arbitrary<String> atom = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> tld = Arbitraries.of("com", "org", "de", "fr", "co.uk", "io", "health");
    return net.jqwik.api.Combinators.combine(atom, atom.optional(), label, tld)
        .as((a, b, l, t) -> a + b.map(x -> "." + x).orElse("") + "@" + l + "." + t);
  }

  /** Characters that cannot continue a local part: a found address starts right after them. */
  @Provide
  Arbitrary<String> before() {
    return Arbitraries.of("", " ", "mailto:", "<", "(", "[", "\"", "\n", ":", ",", ";", "@ ", "user=", "to=");
  }

  /** Digits and punctuation glued after the top-level domain. */
  @Provide
  Arbitrary<String> after() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> punct = Arbitraries.of("", ".", ",", ";", ">", ")", "]", "\"", "\n", "!", "?", ":", "/", "_x", "-");
    return net.jqwik.api.Combinators.combine(punct, digits.optional()).as((p, d) -> d.orElse("") + p);
  }

  @Provide
  Arbitrary<String> letters() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(0).ofMaxLength(8);
  }
}
