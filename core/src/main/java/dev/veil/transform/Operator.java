package dev.veil.transform;

import dev.veil.Finding;

/**
 * Computes the replacement for one detected value. Operators are immutable and thread-safe; any
 * per-conversation state (tag numbering, pseudonym vault) lives in the {@link TransformSession}.
 */
public interface Operator {

  /** Short stable name recorded in audit events, e.g. {@code tag}, {@code mask}. */
  String name();

  /**
   * Returns the text that replaces {@code value}.
   *
   * @param value the detected value (never logged)
   * @param finding the finding it came from
   * @param session the conversation's transform state
   */
  String apply(String value, Finding finding, TransformSession session);
}
