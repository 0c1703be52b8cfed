package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Windows;

/**
 * E-mail addresses (RFC 5322 dot-atom local part, a domain with a 2-24 letter TLD). Runs only
 * around '@'; obfuscated forms ("jane dot doe at example dot com") are rewritten by the
 * normalizer first.
 */
public final class EmailDetector extends PatternDetector {
  public EmailDetector() {
    super("email", EntityType.EMAIL_ADDRESS,
        "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}\\b");
  }

  private static final dev.veil.detectors.internal.Keywords AT = dev.veil.detectors.internal.Keywords.of("@");

  @Override
  protected boolean mayContain(String text) {
    return text.indexOf('@') >= 0;
  }

  @Override
  protected int[] windows(String text) {
    // the local part before '@', the domain's letters, digits, dots and hyphens after it
    return Windows.aroundRuns(text, 64, 256, AT, EmailDetector::isDomainChar);
  }

  private static boolean isDomainChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
  }

  @Override
  protected Finding score(String text, Match m) {
    int s = m.start();
    // a quote or bracket glued to the local part is not part of it
    while (s < m.end() && "'`{|}".indexOf(text.charAt(s)) >= 0) {
      s++;
    }
    return finding(s, m.end(), 0.95);
  }
}
