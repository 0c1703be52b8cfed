package dev.veil.detectors.internal;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.label.ValueWindows;

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

  /**
   * @param valueRegex RE2/J pattern of the value alone
   * @param score score of a labelled value
   */
  protected LabelledValueDetector(String id, EntityType type, String valueRegex, Words labels, double score) {
    super(id, type, valueRegex);
    this.labels = labels;
    this.prefilter = labels.keywords();
    this.score = score;
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
    if (!Context.isDelimited(text, m.start(), m.end()) || !accept(m.group())) {
      return null;
    }
    if (!Labels.precede(text, m.start(), labels.forLanguage(m.context().language()))) {
      return null;
    }
    return finding(m.start(), m.end(), score).withAttribute(Finding.CONTEXT, "label");
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
