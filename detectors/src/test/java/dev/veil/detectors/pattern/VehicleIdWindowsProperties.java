package dev.veil.detectors.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.re2j.Pattern;
import dev.veil.detectors.internal.Scan;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link VehicleIdDetector} accepts a window for its VIN pattern exactly when the pattern matches
 * there, also with the chars RE2/J's case folding adds (Kelvin sign, long s) and near misses in
 * length.
 */
class VehicleIdWindowsProperties {
  private static final Pattern VIN = Pattern.compile(VehicleIdDetector.VIN);
  private final VehicleIdDetector detector = new VehicleIdDetector();

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> run = Arbitraries.strings().withChars("0123456789ABHJNPRZabhjnprzIOQioq\u212A\u017F")
        .ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> vinLike = Arbitraries.strings().withChars("0123456789ABCDEFGHJKLMNPRSTUVWXYZ").ofMinLength(15)
        .ofMaxLength(19);
    Arbitrary<String> other = Arbitraries.of(" ", "-", "_", "é", "٣", "\n", ".", "VIN: ");
    return Arbitraries.oneOf(run, vinLike, other).list().ofMaxSize(10).map(l -> String.join("", l));
  }

  @Property(tries = 2000, seed = "20261129")
  void windowAcceptedExactlyWhenThePatternMatches(@ForAll("texts") String text, @ForAll @IntRange(max = 90) int a,
      @ForAll @IntRange(max = 90) int b) {
    Scan.clear();
    int from = a % 4 == 0 ? 0 : Math.min(Math.min(a, b), text.length());
    int to = a % 4 == 0 ? text.length() : Math.min(Math.max(a, b), text.length());
    assertEquals(VIN.matcher(text.subSequence(from, to)).find(), detector.acceptWindow(text, from, to),
        () -> "[" + text + "] " + from + "-" + to);
  }
}
