package dev.veil.http;

import dev.veil.Decision;
import dev.veil.GuardResult;
import dev.veil.StreamingOutput;
import java.util.List;

/**
 * Checks and restores a streamed answer for an integration: {@link StreamingOutput} (bounded
 * hold-back, each segment checked in the OUTPUT direction) with a block turned into a {@link
 * BlockedException}, so a framework can end the stream with its own error. Not thread-safe: one
 * per stream.
 */
public final class StreamingOutputGuard {
  private final StreamingOutput output;

  StreamingOutputGuard(StreamingOutput output) {
    this.output = output;
  }

  /**
   * Adds a chunk; returns the checked, restored text that may be shown now (possibly empty).
   *
   * @throws BlockedException once a segment is blocked; end the stream then
   */
  public String accept(String chunk) {
    return orThrow(output.accept(chunk));
  }

  /**
   * The checked, restored rest at the end of the stream.
   *
   * @throws BlockedException if the last segment is blocked
   */
  public String finish() {
    return orThrow(output.finish());
  }

  private String orThrow(String safe) {
    if (output.isBlocked()) {
      List<GuardResult> results = output.results();
      throw new BlockedException(Decision.BLOCK,
          results.isEmpty() ? List.of() : results.get(results.size() - 1).reasons());
    }
    return safe;
  }

  @Override
  public String toString() {
    return "StreamingOutputGuard[" + output + "]";
  }
}
