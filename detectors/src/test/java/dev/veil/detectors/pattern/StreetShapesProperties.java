package dev.veil.detectors.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The street detector's tries agree with RE2/J's anchored match of the whole pattern: at a house
 * number the hand-written English form (with RE2/J for the French one) ends where RE2/J ends, and
 * the stricter start test never skips a position where the pattern matches and the base test
 * allowed a try. On text of street parts, near misses and chars whose letter class differs between
 * RE2/J's tables and the JDK's.
 */
class StreetShapesProperties {
  private static final Pattern ANCHORED = Pattern.compile("^(?:" + StreetAddressDetector.PATTERN + ")");

  @Property(tries = 3000)
  void triesMatchTheRe2Pattern(@ForAll("texts") String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      for (int to : new int[] {n, Math.max(i + 1, n - 3)}) {
        Matcher m = ANCHORED.matcher(text.substring(i, to));
        int expected = m.lookingAt() ? i + m.end() : -1;
        String where = describe(text, i, to);
        if (Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
          assertEquals(expected, StreetAddressDetector.matchAt(text, i, to), where);
        }
        if (expected >= 0 && StreetAddressDetector.mayStartAtLoosely(text, i)) {
          assertTrue(StreetAddressDetector.mayStart(text, i), where);
        }
      }
    }
  }

  private static String describe(String text, int from, int to) {
    StringBuilder b = new StringBuilder("[" + from + "," + to + ") of ");
    text.chars().forEach(c -> b.append(c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return b.toString();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> number = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(7);
    Arbitrary<String> words = Arbitraries.of("Main", "Oak", "maple", "O'Neil", "St.-Louis", "Élysée", "Ölberg",
        "\uD835\uDC00bc", "\u01C5x", "\u0528ab", "Ab\u08A0c", "X\u00B5", "Street", "St", "St.", "Streets", "Ave", "Avenue",
        "Rd", "Road", "Way", "Hill", "Mews", "Ln", "Dr", "Ct", "street", "N", "NW", "SE", "Nx", "Apt", "Apartment",
        "Suite", "Ste", "Unit", "Flat", "Floor", "Fl", "Room", "Rm", "#", "4B", "B", "b", "x", "_", "rue", "avenue",
        "bis", "ter", "Hauptstraße", "Dorpsweg", "Straße", "Str.", "Allee", "Am", "Im", "An der", "Via", "Viale",
        "Calle", "C/", "de la", "P.O. Box", "PO Box", "BP", "b.p.", "Postfach", "apartado", "Casella postale",
        "Springfield", "American", "Karl-Marx-Ring", "IL", "\u017Ftra\u00DFe", "STRASSE");
    Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "  ", "\t", "\n", "\u00A0", "\u000B", ",", ", ", ".", "-", "");
    return Arbitraries.oneOf(number, words, gap, gap).list().ofMinSize(1).ofMaxSize(10).map(l -> String.join("", l));
  }
}
