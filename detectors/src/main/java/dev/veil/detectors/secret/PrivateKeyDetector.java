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
  private static final String BEGIN = "-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----";
  private static final Pattern END = Pattern.compile("-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----");

  private static final dev.veil.detectors.internal.Keywords BEGIN_MARK =
      dev.veil.detectors.internal.Keywords.of("-----begin ");

  public PrivateKeyDetector() {
    super("private-key", EntityType.SECRET, BEGIN);
  }

  @Override
  protected boolean mayContain(String text) {
    return text.contains("-----BEGIN ");
  }

  @Override
  protected int[] windows(String text) {
    return Windows.aroundWords(text, 0, 80, BEGIN_MARK);
  }

  @Override
  protected Finding score(String text, Match m) {
    int end = text.length();
    int endLine = text.indexOf("-----END ", m.end());
    if (endLine >= 0) {
      com.google.re2j.Matcher em = END.matcher(text.substring(endLine, Math.min(text.length(), endLine + 80)));
      end = em.lookingAt() ? endLine + em.end() : end;
    }
    return finding(m.start(), end, 0.99).withAttribute("kind", "private-key");
  }

  @Override
  public List<Finding> detect(DetectorInput input) {
    // a key block may contain a second BEGIN line only if the first was cut off; keep blocks disjoint
    List<Finding> out = new ArrayList<>();
    for (Finding f : super.detect(input)) {
      if (out.isEmpty() || out.get(out.size() - 1).end() <= f.start()) {
        out.add(f);
      }
    }
    return out;
  }
}
