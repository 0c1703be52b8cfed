package dev.veil.detectors.internal;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.label.ValueMatcher;
import dev.veil.detectors.label.ValueWindows;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of the detectors for identifiers that have no public format or checksum (medical record,
 * account, licence, passport, serial numbers...): a value is reported only when a label in the
 * request's language introduces it (see {@link Labels}). Without a label such a number is just a
 * number, so it is not reported at all. Immutable and thread-safe.
 */
public abstract class LabelledValueDetector extends PatternDetector {
  private final Words labels;
  private final Keywords prefilter;
  private final double score;
  /** Finds the value pattern's matches without RE2/J; null: the pattern runs. */
  private final ValueMatcher value;

  /**
   * @param valueRegex RE2/J pattern of the value alone, of ASCII letters, digits and '-' (see {@link
   *     ValueWindows})
   * @param score score of a labelled value
   */
  protected LabelledValueDetector(String id, EntityType type, String valueRegex, Words labels, double score) {
    this(id, type, valueRegex, null, labels, score);
  }

  /**
   * @param value the value pattern as a hand-written matcher (its {@link ValueMatcher#regex()} is the
   *     pattern it stands for)
   * @param score score of a labelled value
   */
  protected LabelledValueDetector(String id, EntityType type, ValueMatcher value, Words labels, double score) {
    this(id, type, value.regex(), value, labels, score);
  }

  private LabelledValueDetector(String id, EntityType type, String regex, ValueMatcher value, Words labels,
      double score) {
    super(id, type, regex);
    this.labels = labels;
    this.prefilter = labels.keywords();
    this.score = score;
    this.value = value;
  }

  /**
   * As {@link PatternDetector#detect}, with the hand-written matcher (when given) in place of the
   * pattern: the same matches in the same windows, scored alike.
   */
  @Override
  public List<Finding> detect(DetectorInput input) {
    if (value == null) {
      return super.detect(input);
    }
    String text = input.text();
    if (text.isEmpty() || !mayContain(text)) {
      return List.of();
    }
    int[] w = windows(text);
    char[] cs = Scan.of(text).chars();
    List<Finding> out = null;
    for (int k = 0; k + 1 < w.length; k += 2) {
      int from = w[k];
      int to = w[k + 1];
      for (long m = value.find(cs, from, from, to); m >= 0; m = value.find(cs, from, (int) m, to)) {
        Finding f = score(text, (int) (m >>> 32), (int) m, input.context());
        if (f != null) {
          out = out == null ? new ArrayList<>() : out;
          out.add(f);
        }
      }
    }
    return out == null ? List.of() : out;
  }

  @Override
  protected boolean mayContain(String text) {
    return Scan.of(text).containsAny(prefilter);
  }

  /**
   * The runs of value characters near a label (see {@link ValueWindows}) inside the windows the
   * pattern used to search: around every number when the text has a '|' (a Markdown column header
   * may be the label), else from each label hit to {@code MAX_GAP + 40} chars after it.
   */
  @Override
  protected int[] windows(String text) {
    return ValueWindows.narrow(text, searchWindows(text), prefilter, minValueDigits());
  }

  /** The windows before {@link ValueWindows#narrow}: the same matches are reported from either. */
  final int[] searchWindows(String text) {
    if (text.indexOf('|') >= 0) {
      return Windows.aroundDigitsShared(text, WINDOW, WINDOW);
    }
    return Windows.aroundWords(text, 0, Labels.MAX_GAP + 40, prefilter);
  }

  /**
   * Fewest ASCII digits of a value that {@link #accept} can accept (runs of value chars with fewer
   * are not searched); never more than {@code accept} needs. The default, 2, is the default {@code
   * accept}'s.
   */
  protected int minValueDigits() {
    return 2;
  }

  @Override
  protected Finding score(String text, Match m) {
    return score(text, m.start(), m.end(), m.context());
  }

  private Finding score(String text, int start, int end, GuardContext context) {
    if (!Context.isDelimited(text, start, end) || !accept(text.substring(start, end))) {
      return null;
    }
    if (!Labels.precede(text, start, labels.forLanguage(context.language()))) {
      return null;
    }
    return finding(start, end, score).withAttribute(Finding.CONTEXT, "label");
  }

  /**
   * Extra shape check of a value (ASCII letters, digits and '-' only); the default wants at least
   * two digits. A subclass that changes it changes {@link #minValueDigits} to match.
   */
  protected boolean accept(String value) {
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      if (Character.isDigit(value.charAt(i))) {
        digits++;
      }
    }
    return digits >= 2;
  }
}
