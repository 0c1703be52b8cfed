package dev.veil.detectors.phone;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A metadata pattern of libphonenumber (digits only: no anchors, lookaround or back references)
 * tested on national numbers, answered from the number's first three digits where they decide it
 * and kept per start (at most 1000 answers; a race computes one twice). For a full match: a start
 * on which no match path of the pattern reached the end of the three digits ({@link
 * Matcher#hitEnd}) begins no match. For a match at the start ({@code lookingAt}): a match within
 * the three digits matches every number that begins with them, and a start on which no path
 * reached their end matches none. Any other start runs the pattern on the whole number. Thread-safe.
 */
final class StartMemo {
  private static final int DIGITS = 3;
  private static final byte UNKNOWN = 0;
  private static final byte YES = 1;
  private static final byte NO = 2;
  private static final byte RUN = 3;

  private final Pattern pattern;
  private final boolean prefixOnly;
  private final byte[] starts = new byte[1000];

  private StartMemo(Pattern pattern, boolean prefixOnly) {
    this.pattern = pattern;
    this.prefixOnly = prefixOnly;
  }

  /** {@code pattern.matcher(nsn).matches()}. */
  static StartMemo fullMatch(Pattern pattern) {
    return new StartMemo(pattern, false);
  }

  /** {@code pattern.matcher(nsn).lookingAt()}. */
  static StartMemo lookingAt(Pattern pattern) {
    return new StartMemo(pattern, true);
  }

  Pattern pattern() {
    return pattern;
  }

  /** The pattern's answer for {@code nsn} (ASCII digits). */
  boolean test(String nsn) {
    if (nsn.length() < DIGITS) {
      return run(nsn);
    }
    int start = (nsn.charAt(0) - '0') * 100 + (nsn.charAt(1) - '0') * 10 + nsn.charAt(2) - '0';
    byte known = starts[start];
    if (known == UNKNOWN) {
      Matcher m = pattern.matcher(nsn.substring(0, DIGITS));
      if (prefixOnly) {
        known = m.lookingAt() ? YES : m.hitEnd() ? RUN : NO;
      } else {
        known = m.matches() || m.hitEnd() ? RUN : NO;
      }
      starts[start] = known;
    }
    return known == RUN ? run(nsn) : known == YES;
  }

  private boolean run(String nsn) {
    Matcher m = pattern.matcher(nsn);
    return prefixOnly ? m.lookingAt() : m.matches();
  }
}
