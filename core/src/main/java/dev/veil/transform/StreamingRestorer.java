package dev.veil.transform;

import dev.veil.internal.transform.RestoreIndex;
import java.util.Objects;

/**
 * Restores an answer that arrives in chunks. {@link #accept} returns, restored, every character
 * that can no longer be part of a surrogate; it holds back at most {@link Restorer#holdBack()}
 * characters. {@link #finish} returns the rest. For any split of a text into chunks, the
 * concatenation of the outputs equals {@link Restorer#restore} of the whole text.
 *
 * <p>Not thread-safe: one instance per stream. {@link #toString()} shows lengths only.
 */
public final class StreamingRestorer {
  private final RestoreIndex index;
  private final StringBuilder buf = new StringBuilder();
  /** Index in {@code buf} where unprocessed text starts; before it, one character of context. */
  private int start;
  private boolean finished;

  StreamingRestorer(RestoreIndex index) {
    this.index = index;
  }

  /**
   * Adds a chunk and returns the restored text that is now safe to emit (possibly empty).
   *
   * @throws IllegalStateException after {@link #finish()}
   */
  public String accept(String chunk) {
    Objects.requireNonNull(chunk, "chunk");
    if (finished) {
      throw new IllegalStateException("stream already finished");
    }
    buf.append(chunk);
    StringBuilder out = new StringBuilder();
    if (index.isEmpty()) {
      out.append(buf, start, buf.length());
      keepContext(buf.length());
      return out.toString();
    }
    int stop = index.scan(buf, start, buf.length(), false, out);
    keepContext(stop);
    return out.toString();
  }

  /** Ends the stream and returns the restored remainder. */
  public String finish() {
    if (finished) {
      throw new IllegalStateException("stream already finished");
    }
    finished = true;
    StringBuilder out = new StringBuilder();
    int stop = index.scan(buf, start, buf.length(), true, out);
    out.append(buf, stop, buf.length());
    buf.setLength(0);
    return out.toString();
  }

  /** Characters received but not yet emitted. */
  public int pending() {
    return buf.length() - start;
  }

  private void keepContext(int stop) {
    int from = Math.max(0, stop - 1);
    buf.delete(0, from);
    start = stop - from;
  }

  @Override
  public String toString() {
    return "StreamingRestorer[pending=" + pending() + ", finished=" + finished + "]";
  }
}
