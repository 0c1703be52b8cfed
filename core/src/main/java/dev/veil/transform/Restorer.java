package dev.veil.transform;

import dev.veil.internal.transform.RestoreIndex;
import java.util.Objects;

/**
 * Puts the originals back into a model's answer, from a snapshot of a conversation's mappings.
 *
 * <p>Tolerates what models do to a surrogate: change its case, add a possessive {@code 's} or
 * punctuation or markdown around it, break a line or add spaces inside a tag ({@code < PERSON_1 >},
 * {@code <PERSON_\n1>}), drop a tag's brackets ({@code PERSON_1}), or reformat a number's
 * separators ({@code 555-013-2291} for {@code (555) 013-2291}), or use only the first or last part
 * of a surrogate name ({@code Ms. Abernethy}). Up to three whitespace characters
 * are accepted wherever the surrogate has one, or around a tag's parts.
 *
 * <p>This restores unconditionally: to show a model's answer to a caller, use {@link
 * dev.veil.Guard#checkOutput}, which checks the restored text under the policy for the output
 * direction first. Immutable and thread-safe; cost linear in the text length times the number of
 * surrogates sharing a first letter.
 */
public final class Restorer {
  private final RestoreIndex index;

  private Restorer(RestoreIndex index) {
    this.index = index;
  }

  /** A restorer for the mappings the session holds now (later mappings are not seen). */
  public static Restorer of(TransformSession session) {
    Objects.requireNonNull(session, "session");
    return new Restorer(new RestoreIndex(session.pseudonyms()));
  }

  /** The text with every recognised surrogate replaced by its original. */
  public String restore(String text) {
    Objects.requireNonNull(text, "text");
    if (index.isEmpty()) {
      return text;
    }
    return index.restore(text);
  }

  /** A streaming restorer over the same mappings; one per answer stream. */
  public StreamingRestorer streaming() {
    return new StreamingRestorer(index);
  }

  /**
   * The most characters a {@link StreamingRestorer} holds back: one more than the longest text a
   * surrogate match can cover (its length with three characters per whitespace gap; for tags,
   * about 50).
   */
  public int holdBack() {
    return index.isEmpty() ? 0 : index.maxSpan() + 1;
  }

  @Override
  public String toString() {
    return "Restorer[" + index + "]";
  }
}
