package dev.veil.detectors.secret;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Scan;
import dev.veil.detectors.internal.Windows;

/**
 * Generic secrets: a token of 20 or more base64/hex-like characters with high Shannon entropy
 * (at least 3.5 bits per character, letters and digits mixed) near a key word ("key", "token",
 * "secret", "bearer", "authorization"...). A random-looking string far from such words is not
 * reported (hashes, ids and base64 payloads are common in prompts).
 */
public final class HighEntropyTokenDetector extends PatternDetector {
  private static final String[] KEYS = {"key", "token", "secret", "bearer", "authorization", "auth", "credential",
      "api", "signature", "sig", "password", "access", "schlüssel", "clé", "clave", "chiave", "sleutel"};
  private static final dev.veil.detectors.internal.Keywords KEY_SET = dev.veil.detectors.internal.Keywords.of(KEYS);

  public HighEntropyTokenDetector() {
    super("high-entropy-token", EntityType.SECRET, "[A-Za-z0-9+/_=.~-]{20,512}");
  }

  @Override
  protected boolean mayContain(String text) {
    return Scan.of(text).containsAny(KEY_SET);
  }

  @Override
  protected int[] windows(String text) {
    return Windows.aroundWords(text, 40, 120, KEY_SET);
  }

  @Override
  protected Finding score(String text, Match m) {
    int s = m.start();
    int e = m.end();
    while (e > s && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == '-')) {
      e--;
    }
    if (e - s < 20 || (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1)))) {
      return null;
    }
    String v = text.substring(s, e);
    if (!mixed(v) || entropy(v) < 3.5 || v.contains("://") || v.indexOf('/') >= 0 && v.indexOf('/') == v.lastIndexOf('/') && v.length() < 30) {
      return null;
    }
    if (!Context.near(text, s, e, KEYS)) {
      return null;
    }
    return finding(s, e, 0.8).withAttribute("kind", "high-entropy");
  }

  static boolean mixed(String v) {
    boolean digit = false;
    boolean letter = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      digit |= Character.isDigit(c);
      letter |= Character.isLetter(c);
    }
    return digit && letter;
  }

  /** Shannon entropy in bits per character. */
  static double entropy(String v) {
    int[] counts = new int[128];
    int n = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < 128) {
        counts[c]++;
        n++;
      }
    }
    double h = 0;
    for (int c : counts) {
      if (c > 0) {
        double p = (double) c / n;
        h -= p * (Math.log(p) / Math.log(2));
      }
    }
    return h;
  }
}
