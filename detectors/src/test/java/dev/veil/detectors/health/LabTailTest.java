package dev.veil.detectors.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link LabTail} ends where RE2/J's lookingAt of the two tail patterns ends, on any window. */
class LabTailTest {

  /** RE2/J on the window, as ClinicalPatterns ran it before: end offset in the text, or -1. */
  private static int re2(Pattern p, String text, int from, int to) {
    Matcher m = p.matcher(text.substring(from, to));
    return m.lookingAt() ? from + m.end() : -1;
  }

  private static void assertAgrees(String text, int from, int to) {
    assertEquals(re2(ClinicalPatterns.LAB_TAIL, text, from, to), LabTail.lab(text, from, to),
        () -> "lab tail of [" + text + "] from " + from + " to " + to);
    assertEquals(re2(ClinicalPatterns.RATIO_TAIL, text, from, to), LabTail.ratio(text, from, to),
        () -> "ratio tail of [" + text + "] from " + from + " to " + to);
  }

  @ParameterizedTest
  @ValueSource(strings = {" 7.2%", " 45 mL/min/1.73 m²", " 45 ml/min/1,73m2x", " 45 ml/min/1.73 mx",
      " 3.1 mmol/L", " 150/95 mmHg", " 3.4", "-C 2.5 mmol/l", "s 140 mg/dL.", " is 9.1 X 10^9/L",
      " level was about 12 ng/mL,", " i 4 U/L", " t 5 u/l", " count 210 x10^9/l", "uration 98 %",
      " levels of ~ 30 µmol/L", " levels: 30 μmol/l", " Μiu/ml", " 12 ΜIU/ml", " ≥ 7 %", " < 5 mg",
      " 12345 mg/dl", " 7.255%", " 7,2 %a", " 80 bpm;", " 22 kg/m2", " 22 kg/m²", " 1 \u212a/µl",
      " 3 copie\u017f/ml", " 98 % ", " of 1.2", " was 1.25x", " = 7", ": 1,3.", "sodium", "",
      " 4 k/ul", " 4 /mm3", " 4 / 5 mg", " 4 /  mg", " 2 x 10 ^ 9/L", " 5 x 10^12/l!", " 5 x10^12/lx"})
  void examples(String tail) {
    String text = "HbA1c" + tail;
    assertAgrees(text, 5, text.length());
    assertAgrees(text + " and more text", 5, text.length());
    assertAgrees(text + "x", 5, text.length() + 1);
  }

  private static final List<String> PIECES = List.of(" ", "  ", "\t", "\n", "-c", "s", "S", "\u017f",
      " i", " t", " T", "count", "uration", " level", " levels", "level", "value", "result", "was",
      "is", "IS", "of", "=", ":", "at", "now", "today", "about", "~", "<", "≥", "7", "12", "1234",
      "12345", ".", ",", "5", "25", "/", "%", "mmol/mol", "mmol/l", "mg/dl", "MG/DL", "ml/min",
      "/1.73", "/1,73", "m2", "m²", "m", "g/dl", "g/l", "µmol/l", "μmol/L", "Μmol/l", "umol/l",
      "miu/l", "mu/l", "µiu/ml", "ng/ml", "ng/l", "pg/ml", "u/l", "iu/l", "meq/l", "mmhg", "mmHg",
      "x", "X", "10", "^", "9/l", "12/l", "k/µl", "\u212a/ul", "/µl", "/mm3", "copies/ml",
      "cells/mm3", "bpm", "kg/m2", "kg/m²", "a", "z", "_", "!", "é", "\ud83d\ude00", "\ud83d", "0");

  @Provide
  Arbitrary<String> tails() {
    return Arbitraries.of(PIECES).list().ofMaxSize(9).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void agreesWithRe2(@ForAll("tails") String tail, @ForAll("tails") String after) {
    String text = "INR" + tail + after;
    assertAgrees(text, 3, 3 + tail.length());
    assertAgrees(text, 3, text.length());
  }
}
