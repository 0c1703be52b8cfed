package dev.veil.langchain4j;

/**
 * Splits a stream of chunks into pieces that end at a sentence or line boundary, so that each piece
 * can be checked whole: an identifier split across chunks ({@code "123-45-"}, {@code "6789"}) is
 * never emitted before the rest of it arrived. A boundary is a line break, or {@code . ! ?} followed
 * by whitespace ({@code 3.14} and {@code a@b.com} are not boundaries). When no boundary comes for
 * {@link #MAX_HOLD} characters, the buffer is cut at its last whitespace (or, failing that, whole).
 * Not thread-safe: one per stream.
 */
final class SentenceBuffer {
  /** The most characters held back waiting for a boundary. */
  static final int MAX_HOLD = 2_000;

  private final StringBuilder pending = new StringBuilder();

  /** Adds a chunk; returns the complete pieces now ready (possibly empty). */
  String accept(String chunk) {
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
    return ready;
  }

  /** The rest, at the end of the stream. */
  String finish() {
    String rest = pending.toString();
    pending.setLength(0);
    return rest;
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
