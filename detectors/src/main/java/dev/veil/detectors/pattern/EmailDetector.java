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

  /** The local part's atoms ({@code [A-Za-z0-9!#$%&'*+/=?^_`{|}~-]}) are searched from every position; try only their starts. */
  @Override
  protected boolean anchoredFreeStarts() {
    return true;
  }

  /**
   * A leftmost match never starts right after an atom char (the char before would extend it), and
   * its local part of atoms and points runs into the '@'.
   */
  @Override
  protected boolean mayStartAt(String text, int i) {
    if (!isAtomChar(text.charAt(i)) || i > 0 && isAtomChar(text.charAt(i - 1))) {
      return false;
    }
    // bounded: the windows reach at most about 128 chars before an '@'
    for (int j = i, end = Math.min(text.length(), i + 512); j < end; j++) {
      char c = text.charAt(j);
      if (c == '@') {
        return true;
      }
      if (!isAtomChar(c) && c != '.') {
        return false;
      }
    }
    return false;
  }

  private static final String ATOM_PUNCT = "!#$%&'*+/=?^_`{|}~-";

  private static boolean isAtomChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATOM_PUNCT.indexOf(c) >= 0;
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
