package dev.veil.detectors.secret;

import com.google.re2j.Pattern;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Windows;
import java.util.ArrayList;
import java.util.List;

/**
 * PEM and OpenSSH private keys: from the {@code -----BEGIN ... PRIVATE KEY-----} line to its END
 * line, or to the end of the text when the key was cut off (a partial key is still a secret).
 */
public final class PrivateKeyDetector extends PatternDetector {
  private static final Pattern END = Pattern.compile("-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----");

  public PrivateKeyDetector() {
    super("private-key", EntityType.SECRET, "-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----");
  }

  @Override
  protected boolean mayContain(String text) {
    return text.contains("-----BEGIN ");
  }

  @Override
  protected int[] windows(String text) {
    return Windows.aroundWords(text, 0, 80, "-----begin ");
  }

  @Override
  protected Finding score(String text, Match m) {
    return null;
  }

  @Override
  public List<Finding> detect(DetectorInput input) {
    String text = input.text();
    if (!mayContain(text)) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    List<int[]> begins = new ArrayList<>();
    forEachMatch(pattern(), text, windows(text), input.context(), m -> begins.add(new int[] {m.start(), m.end()}));
    for (int[] b : begins) {
      int end = text.length();
      int endLine = text.indexOf("-----END ", b[1]);
      if (endLine >= 0) {
        com.google.re2j.Matcher em = END.matcher(text.substring(endLine, Math.min(text.length(), endLine + 80)));
        end = em.lookingAt() ? endLine + em.end() : Math.min(text.length(), endLine + 9);
      }
      if (!out.isEmpty() && out.get(out.size() - 1).end() > b[0]) {
        continue;
      }
      out.add(finding(b[0], end, 0.99).withAttribute("kind", "private-key"));
    }
    return out;
  }

  private Pattern pattern() {
    return BEGIN;
  }

  private static final Pattern BEGIN = Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----");
}
