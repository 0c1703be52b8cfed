package dev.veil;

import dev.veil.internal.SortedAttributes;
import java.util.Map;
import java.util.Objects;

/**
 * One piece of sensitive data found in a text: what it is, where it is, how sure the detector is,
 * and which detector found it. This single record flows from detection to policy, transform and
 * audit.
 *
 * <p>A finding never holds the matched value: read it from the text with {@link
 * Span#substringOf(CharSequence)} when an operator needs it. {@link #toString()} is safe to log.
 * Attributes carry facts about the match such as {@code country=DE} or {@code validator=luhn};
 * detectors must not put matched text into them.
 *
 * @param type what was found
 * @param span where, as UTF-16 indices into the text that was inspected
 * @param score confidence in {@code [0, 1]}
 * @param detector id of the detector that reported it
 * @param attributes immutable facts about the match, sorted by key
 */
public record Finding(
    EntityType type, Span span, double score, String detector, Map<String, String> attributes) {

  /** Attribute key for the ISO 3166 country an identifier belongs to (e.g. {@code DE}). */
  public static final String COUNTRY = "country";
  /** Attribute key for the checksum that validated the match (e.g. {@code luhn}). */
  public static final String VALIDATOR = "validator";
  /** Attribute key for the context word class that raised the score. */
  public static final String CONTEXT = "context";

  public Finding {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(detector, "detector");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
    // shared, not copied, when it is already immutable and sorted (withSpan, withScore)
    attributes = SortedAttributes.copyOf(attributes);
  }

  public static Finding of(EntityType type, int start, int end, double score, String detector) {
    return new Finding(type, new Span(start, end), score, detector, Map.of());
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  /** This finding with another span; this finding itself when the span is equal. */
  public Finding withSpan(Span newSpan) {
    if (span.equals(newSpan)) {
      return this;
    }
    return new Finding(type, newSpan, score, detector, attributes);
  }

  public Finding withScore(double newScore) {
    return new Finding(type, span, newScore, detector, attributes);
  }

  public Finding withAttribute(String key, String value) {
    Objects.requireNonNull(key, "key");
    return new Finding(type, span, score, detector, SortedAttributes.with(attributes, key, value));
  }

  /** The matched value in {@code text}, which must be the text this finding's span points into. */
  public String valueIn(CharSequence text) {
    return span.substringOf(text);
  }

  @Override
  public String toString() {
    return "Finding[" + type + " " + span + " score=" + String.format(java.util.Locale.ROOT, "%.2f", score)
        + " detector=" + detector + (attributes.isEmpty() ? "" : " " + attributes) + "]";
  }
}
