package dev.veil;

/** Detection did not finish within the guard's time budget; the text was not fully inspected. */
public final class TimeBudgetExceededException extends VeilException {
  private static final long serialVersionUID = 1L;
  private final String detectorId;

  public TimeBudgetExceededException(String detectorId) {
    super("detection exceeded its time budget before detector '" + detectorId + "' finished");
    this.detectorId = detectorId;
  }

  /** The detector that was due to run (or {@code all}) when the budget ran out. */
  public String detectorId() {
    return detectorId;
  }
}
