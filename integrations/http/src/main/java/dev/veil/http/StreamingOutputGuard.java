package dev.veil.http;

/**
 * Guards a streamed answer: chunks are buffered to the next sentence or line boundary, each complete
 * piece is checked in the OUTPUT direction and restored, then handed out. An identifier split across
 * chunks ({@code "123-45-"}, {@code "6789"}) is therefore never emitted before the rest of it arrived.
 *
 * <p>A boundary is a line break, or {@code . ! ?} followed by whitespace ({@code 3.14} and
 * {@code a@b.com} are not boundaries). When no boundary comes for {@link #MAX_HOLD} characters, the
 * buffer is cut at its last whitespace (or, failing that, whole). Not thread-safe: one per stream.
 */
public final class StreamingOutputGuard {
  /** The most characters held back waiting for a boundary. */
  public static final int MAX_HOLD = 2_000;

  private final LlmRoundTrip roundTrip;
  private final String conversationId;
  private final StringBuilder pending = new StringBuilder();

  StreamingOutputGuard(LlmRoundTrip roundTrip, String conversationId) {
    this.roundTrip = roundTrip;
    this.conversationId = conversationId;
  }

  /**
   * Adds a chunk; returns the checked, restored text that may now be shown (possibly empty).
   *
   * @throws BlockedException if a complete piece may not be shown; stop the stream then
   */
  public String accept(String chunk) {
    pending.append(chunk);
    int cut = lastBoundary();
    if (cut < 0 && pending.length() > MAX_HOLD) {
      cut = lastWhitespace();
      if (cut <= 0) {
        cut = pending.length();
      }
    }
    if (cut <= 0) {
      return "";
    }
    String ready = pending.substring(0, cut);
    pending.delete(0, cut);
    return roundTrip.checkAndRestoreOutput(ready, conversationId);
  }

  /** The checked, restored rest at the end of the stream. */
  public String finish() {
    String rest = pending.toString();
    pending.setLength(0);
    return roundTrip.checkAndRestoreOutput(rest, conversationId);
  }

  private int lastBoundary() {
    for (int i = pending.length() - 1; i >= 0; i--) {
      char c = pending.charAt(i);
      if (c == '\n') {
        return i + 1;
      }
      if ((c == '.' || c == '!' || c == '?') && i + 1 < pending.length()
          && Character.isWhitespace(pending.charAt(i + 1))) {
        return i + 2;
      }
    }
    return -1;
  }

  private int lastWhitespace() {
    for (int i = pending.length() - 1; i > 0; i--) {
      if (Character.isWhitespace(pending.charAt(i))) {
        return i + 1;
      }
    }
    return -1;
  }
}
