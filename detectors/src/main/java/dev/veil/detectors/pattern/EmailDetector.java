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
  /** The address; {@link EmailMatcher} finds its matches by hand. */
  static final String REGEX = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
      // no \\b after the top-level domain: letters only, so it ends where digits or punctuation
      // are glued to it ("jane@example.org721"), and the address is still found
      + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}";

  public EmailDetector() {
    super("email", EntityType.EMAIL_ADDRESS, REGEX);
  }

  private static final dev.veil.detectors.internal.Keywords AT = dev.veil.detectors.internal.Keywords.of("@");

  @Override
  protected boolean handMatched() {
    return true;
  }

  @Override
  protected dev.veil.detectors.internal.WindowMatcher handMatcher() {
    return EmailMatcher.INSTANCE;
  }

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

  /** Keys glued to an address with '=' in logs and query strings ("user=jane@example.org"). */
  private static final java.util.Set<String> KEYS = java.util.Set.of("user", "username", "email", "e-mail", "mail",
      "to", "from", "cc", "bcc", "login", "recipient", "sender", "reply-to", "address", "addr", "contact", "account",
      "uid", "id");

  @Override
  protected Finding score(String text, Match m) {
    int s = m.start();
    int e = m.end();
    // a quote or bracket glued to the local part is not part of it
    while (s < e && "'`{|}".indexOf(text.charAt(s)) >= 0) {
      s++;
    }
    int eq = text.indexOf('=', s);
    if (eq > s && eq < e && text.lastIndexOf('@', e - 1) > eq
        && KEYS.contains(text.substring(s, eq).toLowerCase(java.util.Locale.ROOT))) {
      s = eq + 1;
    }
    e = tldEnd(text, e);
    return s < e ? finding(s, e, 0.95) : null;
  }

  /**
   * A lower-case top-level domain runs on into a capital only when a word is glued to the address
   * ("jane@example.orgPlease"): the address ends before the capital. Other glued letters stay in
   * the span (no list of domains can tell "example.organic" from "example.org" + "anic"), so the
   * address is still covered.
   */
  private static int tldEnd(String text, int end) {
    int dot = text.lastIndexOf('.', end - 1);
    if (dot < 0 || dot + 1 >= end || !Character.isLowerCase(text.charAt(dot + 1))) {
      return end;
    }
    for (int i = dot + 3; i < end; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return i;
      }
    }
    return end;
  }
}
