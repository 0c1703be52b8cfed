package dev.veil;

/** Which way the text is travelling. */
public enum Direction {
  /** From the caller towards the model. */
  PROMPT,
  /** From the model back to the caller. */
  OUTPUT
}
