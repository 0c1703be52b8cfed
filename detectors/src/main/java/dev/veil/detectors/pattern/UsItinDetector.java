package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Words;

/**
 * US individual taxpayer identification numbers: 9XX-GG-XXXX with the group in 50-65, 70-88, 90-92
 * or 94-99 (IRS ranges). Dashed forms score high; a bare nine-digit run needs "ITIN" or "taxpayer".
 */
public final class UsItinDetector extends PatternDetector {
  static final Words CONTEXT = Words.en("itin", "taxpayer", "tax id", "tin", "individual taxpayer").build();

  public UsItinDetector() {
    super("us-itin", EntityType.US_ITIN, "\\b(9\\d{2})([- ]?)(\\d{2})([- ]?)(\\d{4})\\b");
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
    return "- ";
  }

  @Override
  protected Finding score(String text, Match m) {
    if (Context.insideLongerNumber(text, m.start(), m.end())) {
      return null;
    }
    // the parts from the offsets: 9XX, an optional separator, the group, an optional one, four
    int s = m.start();
    char sep1 = separatorAt(text, s + 3);
    int gs = s + 3 + (sep1 == 0 ? 0 : 1);
    char sep2 = separatorAt(text, gs + 2);
    int g = (text.charAt(gs) - '0') * 10 + text.charAt(gs + 1) - '0';
    if (!((g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || g >= 94)) {
      return null;
    }
    boolean same = sep1 == sep2;
    double score = same && sep1 == '-' ? 0.85 : same && sep1 != 0 ? 0.6 : 0.35;
    if (Context.near(text, m.start(), m.end(), CONTEXT.forLanguage(m.context().language()))) {
      score = Math.min(0.99, score + 0.45);
    }
    return finding(m.start(), m.end(), score);
  }

  /** The separator at {@code i} of a match, or 0 where a digit stands. */
  private static char separatorAt(String text, int i) {
    char c = text.charAt(i);
    return c >= '0' && c <= '9' ? 0 : c;
  }
}
