package dev.veil.detectors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The lower-case copy built in the scan's token pass equals the one of a separate pass. */
class ScanLowerProperties {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("aZ09 -.|İıĲßΣΣς\u0130\ud83d\ude00\ud800Kk\u212a").ofMaxLength(40),
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().ascii().ofMaxLength(60));
  }

  @Property(tries = 1000, seed = "20261129")
  void lowerMatchesTheSeparatePass(@ForAll("texts") String text) {
    Scan scan = Scan.of(new String(text.toCharArray()));
    assertEquals(Scan.lowerSameLength(text.toCharArray()), scan.lower());
  }
}
