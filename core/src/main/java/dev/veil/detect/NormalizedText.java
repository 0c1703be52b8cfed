package dev.veil.detect;

import dev.veil.Span;
import java.util.Objects;

/**
 * A text after {@link TextNormalizer normalization}, with the map from each of its characters back
 * to the range of the original text it came from. Immutable and thread-safe; mapping a span back
 * costs two binary searches over the runs of the map (a handful for ordinary text).
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  // Normalized char i came from original[map.start(i), map.end(i)). Null for identity.
  private final OffsetMap map;

  NormalizedText(String original, String text, OffsetMap map) {
    this.original = Objects.requireNonNull(original);
    this.text = Objects.requireNonNull(text);
    this.map = map;
    if (map != null && map.length() != text.length()) {
      throw new IllegalArgumentException("offset map of " + map.length() + " chars for a text of " + text.length());
    }
  }

  static NormalizedText identity(String original) {
    return new NormalizedText(original, original, null);
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
    return map == null;
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
    if (map == null) {
      return span;
    }
    int start;
    int end;
    if (span.isEmpty()) {
      start = originalPosition(span.start());
      end = start;
    } else {
      start = map.start(span.start());
      end = map.end(span.end() - 1);
    }
    // the same object when nothing moved, so the finding need not be re-made (Finding.withSpan)
    return start == span.start() && end == span.end() ? span : new Span(start, end);
  }

  /** Original index corresponding to the normalized insertion point {@code index}. */
  public int originalPosition(int index) {
    if (map == null) {
      return index;
    }
    if (index < text.length()) {
      return map.start(index);
    }
    return text.isEmpty() ? original.length() : Math.max(map.end(text.length() - 1), 0);
  }

  @Override
  public String toString() {
    return "NormalizedText[originalLength=" + original.length() + ", length=" + text.length()
        + ", identity=" + isIdentity() + "]";
  }
}
