package dev.veil.bench.eval;

/**
 * Counts and scores for one entity type (or one country of {@code NATIONAL_ID}).
 *
 * @param gold labelled spans
 * @param predicted reported findings
 * @param exactMatches findings with the gold type and exactly the gold span
 * @param relaxedGoldHits gold spans overlapped by a finding of the same type (one-to-one)
 * @param relaxedPredictedHits findings that overlap a gold span of the same type (one-to-one)
 */
public record TypeScore(int gold, int predicted, int exactMatches, int relaxedGoldHits, int relaxedPredictedHits) {

  public TypeScore plus(TypeScore o) {
    return new TypeScore(gold + o.gold, predicted + o.predicted, exactMatches + o.exactMatches,
        relaxedGoldHits + o.relaxedGoldHits, relaxedPredictedHits + o.relaxedPredictedHits);
  }

  /** Exact precision; 1 when nothing was predicted (no false positive was made). */
  public double precision() {
    return predicted == 0 ? 1.0 : (double) exactMatches / predicted;
  }

  /** Exact recall; 1 when there is nothing to find. */
  public double recall() {
    return gold == 0 ? 1.0 : (double) exactMatches / gold;
  }

  public double f1() {
    return f1(precision(), recall());
  }

  public double relaxedPrecision() {
    return predicted == 0 ? 1.0 : (double) relaxedPredictedHits / predicted;
  }

  public double relaxedRecall() {
    return gold == 0 ? 1.0 : (double) relaxedGoldHits / gold;
  }

  public double relaxedF1() {
    return f1(relaxedPrecision(), relaxedRecall());
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
