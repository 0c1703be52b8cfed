package dev.veil.detectors.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.veil.detectors.internal.Scan;
import dev.veil.detectors.internal.Windows;
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
 * The hand-written window tests of {@link DeviceIdDetector} agree with its patterns: a window is
 * accepted for the IMEI pattern exactly when the pattern matches in it, and the MAC windows hold
 * every MAC match of the digit windows.
 */
class DeviceIdWindowsProperties {
  private static final Pattern IMEI = Pattern.compile(DeviceIdDetector.IMEI);
  private final DeviceIdDetector detector = new DeviceIdDetector();

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(16);
    Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789abcdefABCDEFg").ofMinLength(1).ofMaxLength(3);
    Arbitrary<String> other = Arbitraries.of(" ", "-", ":", "--", " -", "_", "x", "é", "٣", "\n", ".", "IMEI ");
    Arbitrary<String> mac = Combinators.combine(Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(2),
            Arbitraries.of(":", "-", ":", "-", ".", ""))
        .as((pair, sep) -> pair + sep).list().ofMinSize(4).ofMaxSize(7).map(l -> String.join("", l));
    return Arbitraries.oneOf(digits, hex, other, mac).list().ofMaxSize(24).map(l -> String.join("", l));
  }

  @Property(tries = 2000, seed = "20261129")
  void imeiWindowAcceptedExactlyWhenThePatternMatches(@ForAll("texts") String text,
      @ForAll @IntRange(max = 120) int a, @ForAll @IntRange(max = 120) int b) {
    Scan.clear();
    int from = Math.min(Math.min(a, b), text.length());
    int to = Math.min(Math.max(a, b), text.length());
    boolean matches = IMEI.matcher(text.subSequence(from, to)).find();
    assertEquals(matches, detector.acceptWindow(text, from, to), () -> "[" + text + "] " + from + "-" + to);
  }

  @Property(tries = 2000, seed = "20261129")
  void macWindowsHoldEveryMacMatch(@ForAll("texts") String text) {
    Scan.clear();
    assertEquals(matches(text, Windows.aroundDigits(text, 2, 2)), matches(text, DeviceIdDetector.macWindows(text)),
        text);
  }

  private static List<String> matches(String text, int[] windows) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k + 1 < windows.length; k += 2) {
      Matcher m = DeviceIdDetector.MAC.matcher(text.subSequence(windows[k], windows[k + 1]));
      while (m.find()) {
        out.add((windows[k] + m.start()) + "-" + (windows[k] + m.end()));
      }
    }
    return out;
  }
}
