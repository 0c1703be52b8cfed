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

  @Override
  protected boolean mayContain(String text) {
    return text.contains("://") || Scan.of(text).containsAny("www.");
  }

  @Override
  protected int[] windows(String text) {
    return Windows.aroundWords(text, 16, 4096, "://", "www.");
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
