package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Words;

/**
 * US social security numbers, {@code AAA-GG-SSSS}, under the SSA's rules: the area is not 000, 666
 * or 900-999, the group is not 00, the serial is not 0000. Dashed forms score high, spaced or
 * dotted forms medium; a bare nine-digit run needs a context word ("SSN", "social security") to be
 * reported.
 */
public final class UsSsnDetector extends PatternDetector {
  static final Words CONTEXT = Words.en("ssn", "ss#", "ss #", "ssn#", "social security", "social sec", "soc sec",
          "ssa", "social")
      .de("sozialversicherungsnummer", "us-sozialversicherungsnummer")
      .fr("numéro de sécurité sociale", "sécurité sociale")
      .es("número de seguro social", "seguro social")
      .it("numero di previdenza sociale", "previdenza sociale")
      .nl("sofinummer", "social security-nummer")
      .build();

  public UsSsnDetector() {
    super("us-ssn", EntityType.US_SSN, "\\b(\\d{3})([- .]?)(\\d{2})([- .]?)(\\d{4})\\b");
  }

  @Override
  protected boolean handMatched() {
    return true;
  }

  @Override
  protected int minDigits() {
    return 9;
  }

  @Override
  protected String digitSeparators() {
    return "- .";
  }

  @Override
  protected Finding score(String text, Match m) {
    if (!Context.isDelimited(text, m.start(), m.end()) || Context.insideLongerNumber(text, m.start(), m.end())) {
      return null;
    }
    // the parts from the offsets: three digits, an optional separator, two, an optional one, four
    int s = m.start();
    char sep1 = separatorAt(text, s + 3);
    int g = s + 3 + (sep1 == 0 ? 0 : 1);
    char sep2 = separatorAt(text, g + 2);
    int serial = g + 2 + (sep2 == 0 ? 0 : 1);
    if (!isValid(text, s, g, serial)) {
      return null;
    }
    boolean context = Context.near(text, m.start(), m.end(), CONTEXT.forLanguage(m.context().language()));
    double score;
    if (sep1 != 0 && sep1 == sep2) {
      score = sep1 == '-' ? 0.85 : 0.6;
    } else if (sep1 == 0 && sep2 == 0) {
      score = 0.35;
    } else {
      score = 0.3; // mixed separators: 123-45 6789
    }
    Finding f = finding(m.start(), m.end(), context ? Math.min(0.99, score + 0.4) : score);
    return context ? f.withAttribute(Finding.CONTEXT, "ssn") : f;
  }

  /** The separator at {@code i} of a match, or 0 where a digit stands. */
  private static char separatorAt(String text, int i) {
    char c = text.charAt(i);
    return c >= '0' && c <= '9' ? 0 : c;
  }

  /** {@link #isValid(String, String, String)} on the parts starting at {@code area}, {@code group}, {@code serial}. */
  private static boolean isValid(String text, int area, int group, int serial) {
    int a = (text.charAt(area) - '0') * 100 + (text.charAt(area + 1) - '0') * 10 + text.charAt(area + 2) - '0';
    boolean group00 = text.charAt(group) == '0' && text.charAt(group + 1) == '0';
    boolean serial0000 = text.startsWith("0000", serial);
    return a != 0 && a != 666 && a < 900 && !group00 && !serial0000;
  }

  /** SSA validity rules for the three parts. */
  public static boolean isValid(String area, String group, String serial) {
    int a = Integer.parseInt(area);
    return a != 0 && a != 666 && a < 900 && !group.equals("00") && !serial.equals("0000");
  }
}
