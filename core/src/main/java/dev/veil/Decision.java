package dev.veil;

/**
 * What the guard decided for one text. Ordered from least to most restrictive; when several
 * policy rules fire, the most restrictive decision wins: {@code BLOCK > ROUTE > TRANSFORM > ALLOW}.
 */
public enum Decision {
  /** The text may go to the destination as it is. */
  ALLOW,
  /** The text may go after the listed operators ran; {@link GuardResult#safeText()} is that text. */
  TRANSFORM,
  /** The text may not go to this destination but may go to another one, named in the result. */
  ROUTE,
  /** The text must not leave. */
  BLOCK;

  /** True when this decision is stricter than {@code other}. */
  public boolean isStricterThan(Decision other) {
    return compareTo(other) > 0;
  }

  /** The stricter of the two decisions. */
  public Decision strictest(Decision other) {
    return isStricterThan(other) ? this : other;
  }

  /** True when some text (the original or transformed) may be sent onward to a destination. */
  public boolean letsTextThrough() {
    return this != BLOCK;
  }
}
