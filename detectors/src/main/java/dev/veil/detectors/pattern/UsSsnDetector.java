package dev.veil.detectors.pattern;

import com.google.re2j.Matcher;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.PatternDetector;

/**
 * US social security numbers, {@code AAA-GG-SSSS}, under the SSA's rules: the area is not 000, 666
 * or 900-999, the group is not 00, the serial is not 0000. Dashed or spaced forms score high; a
 * bare nine-digit run needs a context word ("SSN", "social security") to be reported.
 */
public final class UsSsnDetector extends PatternDetector {
  private static final String[] CONTEXT = {
    "ssn", "ss#", "ss #", "social security", "social sec", "soc sec", "ssa", "taxpayer"
  };

  public UsSsnDetector() {
    super("us-ssn", EntityType.US_SSN, "\\b(\\d{3})([- .]?)(\\d{2})([- .]?)(\\d{4})\\b");
  }

  @Override
  protected boolean mayContain(String text) {
    return hasDigit(text);
  }

  @Override
  protected Finding score(String text, Matcher m) {
    if (!Context.isDelimited(text, m.start(), m.end()) || isInsideLongerNumber(text, m.start(), m.end())) {
      return null;
    }
    if (!isValid(m.group(1), m.group(3), m.group(5))) {
      return null;
    }
    String sep1 = m.group(2);
    String sep2 = m.group(4);
    boolean context = Context.near(text, m.start(), m.end(), CONTEXT);
    double score;
    if (!sep1.isEmpty() && sep1.equals(sep2)) {
      score = sep1.equals("-") ? 0.85 : 0.6;
    } else if (sep1.isEmpty() && sep2.isEmpty()) {
      score = 0.35;
    } else {
      score = 0.3; // mixed separators: 123-45 6789
    }
    if (context) {
      score = Math.min(0.99, score + 0.4);
    }
    return finding(m.start(), m.end(), score);
  }

  /** SSA validity rules for the three parts. */
  public static boolean isValid(String area, String group, String serial) {
    int a = Integer.parseInt(area);
    return a != 0 && a != 666 && a < 900 && !group.equals("00") && !serial.equals("0000");
  }

  private static boolean isInsideLongerNumber(String text, int start, int end) {
    // "123-45-6789-12" or "1.123.45.6789" belong to some other identifier.
    if (start >= 2 && isSep(text.charAt(start - 1)) && Character.isDigit(text.charAt(start - 2))) {
      return true;
    }
    return end + 1 < text.length() && isSep(text.charAt(end)) && Character.isDigit(text.charAt(end + 1));
  }

  private static boolean isSep(char c) {
    return c == '-' || c == '.' || c == '/';
  }
}
