package dev.veil.detectors.label;

/**
 * Score of a number that passes a weak check (ABA, NHS mod 11, NPI Luhn: one random number in ten
 * to twenty-five passes) by its labels. Not public API.
 */
public final class LabelScore {
  /** A number without context: below the default threshold 0.5. */
  public static final double BARE = 0.45;
  /** A number introduced as another kind of number. */
  public static final double OTHER_KIND = 0.3;

  private LabelScore() {}

  /**
   * {@code withContext} if one of {@code own} is the closest label before {@code [start, end)};
   * {@link #OTHER_KIND} if another {@linkplain NumberLabels#ANY number label} is; otherwise {@code
   * withContext} if one of {@code own} stands near (after the number, farther before it, or in its
   * Markdown column header), else {@link #BARE}.
   */
  public static double of(String text, int start, int end, String[] own, double withContext) {
    if (NearestLabel.is(text, start, false, own)) {
      return withContext;
    }
    if (NearestLabel.is(text, start, false, NumberLabels.ANY)) {
      return OTHER_KIND;
    }
    return Nearby.near(text, start, end, own) ? withContext : BARE;
  }
}
