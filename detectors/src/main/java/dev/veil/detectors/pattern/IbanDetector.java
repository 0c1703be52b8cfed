package dev.veil.detectors.pattern;

import dev.veil.detectors.internal.Match;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Scan;
import dev.veil.detectors.validate.Iban;

/**
 * IBANs of every registered country, with or without groups of four, validated by mod-97. A single
 * line break may stand where a group space would (an IBAN wrapped at the end of a line); mod-97
 * and the country's registered length keep two unrelated lines from passing as one IBAN.
 */
public final class IbanDetector extends PatternDetector {
  public IbanDetector() {
    super("iban", EntityType.IBAN, "\\b[A-Za-z]{2}\\d{2}(?:(?:[ ]|\\r?\\n)?[A-Za-z0-9]){11,30}\\b");
  }

  @Override
  protected boolean handMatched() {
    return true;
  }

  @Override
  protected int minDigits() {
    return 8;
  }

  @Override
  protected int[] windows(String text) {
    return dev.veil.detectors.internal.Windows.aroundDigitsShared(text, 4, 40);
  }

  /**
   * The country code and check digits: two letters, then two digits. The two digits start a digit
   * run (a letter precedes them), so only the starts of the text's digit runs are looked at.
   */
  @Override
  protected boolean acceptWindow(String text, int from, int to) {
    Scan scan = Scan.of(text);
    for (int r = scan.firstDigitRunEndingAfter(from), n = scan.digitRunCount(); r < n; r++) {
      int s = scan.digitRunStart(r);
      if (s + 1 >= to) {
        return false;
      }
      if (s - 2 >= from && scan.digitRunEnd(r) - s >= 2 && isLetter(text.charAt(s - 1))
          && isLetter(text.charAt(s - 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  @Override
  protected Finding score(String text, Match m) {
    String compact = Context.alnumUpper(m.group());
    String country = compact.substring(0, 2);
    int len = Iban.lengthFor(country);
    if (len < 0 || compact.length() < len) {
      return null;
    }
    // The pattern may run on into the next word: trim to the registered length.
    int end = m.start();
    int seen = 0;
    String raw = m.group();
    for (int i = 0; i < raw.length() && seen < len; i++) {
      if (Character.isLetterOrDigit(raw.charAt(i))) {
        seen++;
      }
      end = m.start() + i + 1;
    }
    if (!Iban.isValid(compact.substring(0, len)) || !Context.isDelimited(text, m.start(), end)) {
      return null;
    }
    return finding(m.start(), end, 0.97).withAttribute(Finding.COUNTRY, country)
        .withAttribute(Finding.VALIDATOR, "mod97");
  }
}
