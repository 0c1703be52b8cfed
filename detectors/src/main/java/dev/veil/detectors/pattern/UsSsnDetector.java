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
    if (!isValid(m.group(1), m.group(3), m.group(5))) {
      return null;
    }
    String sep1 = m.group(2);
    String sep2 = m.group(4);
    boolean context = Context.near(text, m.start(), m.end(), CONTEXT.forLanguage(m.context().language()));
    double score;
    if (!sep1.isEmpty() && sep1.equals(sep2)) {
      score = sep1.equals("-") ? 0.85 : 0.6;
    } else if (sep1.isEmpty() && sep2.isEmpty()) {
      score = 0.35;
    } else {
      score = 0.3; // mixed separators: 123-45 6789
    }
    Finding f = finding(m.start(), m.end(), context ? Math.min(0.99, score + 0.4) : score);
    return context ? f.withAttribute(Finding.CONTEXT, "ssn") : f;
  }

  /** SSA validity rules for the three parts. */
  public static boolean isValid(String area, String group, String serial) {
    int a = Integer.parseInt(area);
    return a != 0 && a != 666 && a < 900 && !group.equals("00") && !serial.equals("0000");
  }
}
