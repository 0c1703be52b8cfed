package dev.veil.detectors.pattern;

import dev.veil.detectors.internal.Match;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Scan;
import dev.veil.detectors.internal.Windows;

/**
 * URLs with a scheme ({@code http}, {@code https}, {@code ftp}) or starting with {@code www.};
 * trailing sentence punctuation is not part of the URL.
 */
public final class UrlDetector extends PatternDetector {
  public UrlDetector() {
    super("url", EntityType.URL, "(?i)\\b(?:(?:https?|ftp)://|www\\.)[^\\s<>\"'`]+");
  }

  private static final dev.veil.detectors.internal.Keywords MARKS =
      dev.veil.detectors.internal.Keywords.of("://", "www.");
  /** The chars a URL continues over in the pattern ({@code [^\\s<>"'`]}). */
  private static final String STOP = " \t\n\f\r<>\"'`";

  @Override
  protected boolean handMatched() {
    return true;
  }

  @Override
  protected boolean mayContain(String text) {
    return Scan.of(text).containsAny(MARKS);
  }

  @Override
  protected int[] windows(String text) {
    // from a little before the marker (the scheme) to the end of the run the pattern can match
    return Windows.aroundRuns(text, 16, 4096, MARKS, c -> STOP.indexOf(c) < 0);
  }

  @Override
  protected Finding score(String text, Match m) {
    int end = m.end();
    while (end > m.start() && ".,;:!?)]}".indexOf(text.charAt(end - 1)) >= 0) {
      // keep a closing parenthesis that has its opening one inside the URL
      char c = text.charAt(end - 1);
      if (c == ')' && text.substring(m.start(), end).indexOf('(') >= 0) {
        break;
      }
      end--;
    }
    if (end - m.start() < 8) {
      return null;
    }
    return finding(m.start(), end, 0.8);
  }
}
