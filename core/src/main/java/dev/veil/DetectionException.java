package dev.veil;

/**
 * A detector failed while inspecting a text. The message names the detector and the failure's
 * type; the cause is kept for debugging but its message is not repeated, as a detector's own
 * message might quote the text.
 */
public final class DetectionException extends VeilException {
  private static final long serialVersionUID = 1L;
  private final String detectorId;

  public DetectionException(String detectorId, Throwable cause) {
    super("detector '" + detectorId + "' failed: " + cause.getClass().getName(), cause);
    this.detectorId = detectorId;
  }

  public String detectorId() {
    return detectorId;
  }
}
