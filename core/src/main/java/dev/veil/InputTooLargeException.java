package dev.veil;

/** The text is longer than the guard's configured maximum. */
public final class InputTooLargeException extends VeilException {
  private static final long serialVersionUID = 1L;
  private final int length;
  private final int limit;

  public InputTooLargeException(int length, int limit) {
    super("text of " + length + " characters exceeds the limit of " + limit);
    this.length = length;
    this.limit = limit;
  }

  public int length() {
    return length;
  }

  public int limit() {
    return limit;
  }
}
