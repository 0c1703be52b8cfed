package dev.veil.detectors.internal;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Base of the pattern detectors: a cheap prefilter decides whether the RE2/J pattern can match at
 * all, then each match is scored by {@link #score} (which validates checksums and looks for
 * context words). Subclasses are immutable and thread-safe.
 */
public abstract class PatternDetector implements Detector {
  private final String id;
  private final EntityType type;
  private final Pattern pattern;

  protected PatternDetector(String id, EntityType type, String regex) {
    this.id = id;
    this.type = type;
    this.pattern = Pattern.compile(regex);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(type);
  }

  protected final EntityType type() {
    return type;
  }

  /** False when the text cannot contain a match (e.g. no '@' for e-mail); the default is true. */
  protected boolean mayContain(String text) {
    return true;
  }

  /**
   * Scores one match, or returns null to drop it.
   *
   * @param text the whole (normalized) text
   * @param m the match; group 0 is the candidate
   */
  protected abstract Finding score(String text, Matcher m);

  @Override
  public List<Finding> detect(DetectorInput input) {
    String text = input.text();
    if (!mayContain(text)) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      Finding f = score(text, m);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  protected final Finding finding(int start, int end, double score) {
    return Finding.of(type, start, end, score, id);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + id + "]";
  }

  /** True if {@code text} contains an ASCII digit. */
  protected static boolean hasDigit(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
