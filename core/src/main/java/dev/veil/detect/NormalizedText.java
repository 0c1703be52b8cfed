package dev.veil.detect;

import dev.veil.Span;
import java.util.Objects;

/**
 * A text after {@link TextNormalizer normalization}, with the map from each of its characters back
 * to the range of the original text it came from. Immutable.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  // For normalized char i: it came from original[srcStart[i], srcEnd[i]). Null for identity.
  private final int[] srcStart;
  private final int[] srcEnd;

  NormalizedText(String original, String text, int[] srcStart, int[] srcEnd) {
    this.original = Objects.requireNonNull(original);
    this.text = Objects.requireNonNull(text);
    this.srcStart = srcStart;
    this.srcEnd = srcEnd;
  }

  static NormalizedText identity(String original) {
    return new NormalizedText(original, original, null, null);
  }

  public String original() {
    return original;
  }

  /** The text detectors see. */
  public String text() {
    return text;
  }

  /** True when normalization changed nothing, so offsets are the same in both texts. */
  public boolean isIdentity() {
    return srcStart == null;
  }

  /**
   * Maps a span of the normalized text to the smallest span of the original text that produced
   * it. The result is within {@code [0, original().length()]}; an empty span maps to an empty span
   * at the corresponding original position.
   *
   * @throws IndexOutOfBoundsException if the span is not inside the normalized text
   */
  public Span toOriginal(Span span) {
    if (span.end() > text.length()) {
      throw new IndexOutOfBoundsException(
          "span " + span + " outside normalized text of length " + text.length());
    }
    if (srcStart == null) {
      return span;
    }
    if (span.isEmpty()) {
      int p = originalPosition(span.start());
      return new Span(p, p);
    }
    return new Span(srcStart[span.start()], srcEnd[span.end() - 1]);
  }

  /** Original index corresponding to the normalized insertion point {@code index}. */
  public int originalPosition(int index) {
    if (srcStart == null) {
      return index;
    }
    if (index < text.length()) {
      return srcStart[index];
    }
    return text.isEmpty() ? original.length() : Math.max(srcEnd[text.length() - 1], 0);
  }

  @Override
  public String toString() {
    return "NormalizedText[originalLength=" + original.length() + ", length=" + text.length()
        + ", identity=" + isIdentity() + "]";
  }
}
