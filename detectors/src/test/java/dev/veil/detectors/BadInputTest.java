package dev.veil.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.detect.Detector;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile and degenerate input: no exception, no pathological slowdown, findings in bounds. */
class BadInputTest {
  private static final List<Detector> DETECTORS = AllDetectors.load();

  static Stream<String> odd() {
    return Stream.of("", " ", "\n", "0", "@", "|", "\\", "\\u", "\\u00", "\uD800", "\uDC00abc\uD800",
        "SSN \uD800536-22-8119\uDFFF", "\u0000\u0001\u0002 536\u000722\u00078119 \u007F", "----BEGIN PRIVATE KEY",
        "-----BEGIN RSA PRIVATE KEY-----", "password=", "MRN:", "| a |\n|---|\n| 1 |", "1 2 3 4 5 6 7 8 9 0 1 2 3",
        "one two three four five six seven eight nine ten", "x dot y at z dot", "\u200B\u00AD\u2060".repeat(50),
        "𝟓𝟑𝟔-𝟐𝟐-𝟖𝟏𝟏𝟗", "٥٣٦-٢٢-٨١١٩", "a".repeat(10_000), "9".repeat(70), "@".repeat(5000));
  }

  @ParameterizedTest
  @MethodSource("odd")
  void oddInputIsHandled(String text) {
    for (Detector d : DETECTORS) {
      for (Finding f : DetectorTables.run(d, text, GuardContext.defaults())) {
        assertTrue(f.start() >= 0 && f.end() <= text.length() && f.start() <= f.end(), d.id() + " out of bounds");
      }
    }
  }

  @Test
  void oneMegabyteOfDigitsFinishesQuickly() {
    String digits = "7".repeat(1 << 20);
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (Detector d : DETECTORS) {
        assertEquals(List.of(), DetectorTables.run(d, digits, GuardContext.defaults()), d.id());
      }
    });
  }

  @Test
  void oneMegabyteOfSpacedDigitsFinishesQuickly() {
    Random r = new Random(7);
    StringBuilder b = new StringBuilder();
    while (b.length() < (1 << 20)) {
      b.append((char) ('0' + r.nextInt(10))).append(r.nextInt(5) == 0 ? '-' : ' ');
    }
    String text = b.toString();
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (Detector d : DETECTORS) {
        for (Finding f : DetectorTables.run(d, text, GuardContext.defaults())) {
          assertTrue(f.end() <= text.length());
        }
      }
    });
  }

  @Test
  void tenMegabytesOfProseWithSomeIdentifiers() {
    String prose = ClinicalNote.twoKilobytes().replaceAll("[0-9]", "x");
    String ids = "Pt seen 03/14/1951, MRN: 00482913, call (212) 555-0143, SSN 536-22-8119, mail a.b@example.com. ";
    String text = (prose.repeat(20) + ids).repeat((10 << 20) / (prose.length() * 20 + ids.length()));
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      for (Detector d : DETECTORS) {
        for (Finding f : d.detect(new dev.veil.detect.DetectorInput(text, GuardContext.defaults()))) {
          assertTrue(f.end() <= text.length());
        }
      }
    });
  }
}
