package dev.veil.detectors.pattern;

import com.google.re2j.Matcher;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.PatternDetector;

/** E-mail addresses (RFC 5322 dot-atom local part, a domain with a 2-24 letter TLD). */
public final class EmailDetector extends PatternDetector {
  public EmailDetector() {
    super("email", EntityType.EMAIL_ADDRESS,
        "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}\\b");
  }

  @Override
  protected boolean mayContain(String text) {
    return text.indexOf('@') >= 0;
  }

  @Override
  protected Finding score(String text, Matcher m) {
    return finding(m.start(), m.end(), 0.95);
  }
}
