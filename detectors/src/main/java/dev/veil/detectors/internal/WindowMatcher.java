package dev.veil.detectors.internal;

/**
 * Finds a regex's matches in a window of a text as RE2/J's find loop does on that window: a
 * {@link Shape}, or a matcher written by hand for one regex. Implementations are immutable and
 * thread-safe.
 */
public interface WindowMatcher {
  /**
   * The first match in the window {@code [from, to)} of {@code text} that starts at or after
   * {@code start}, as {@code (start << 32) | end}, or -1: what RE2/J's {@code find} returns on the
   * window after a match ending at {@code start}.
   */
  long find(String text, int from, int to, int start);

  /** The first match in the window {@code [from, to)}, as {@link #find}; -1 if none. */
  default long first(String text, int from, int to) {
    return from < to ? find(text, from, to, from) : -1;
  }

  /**
   * The match after {@code previous} (a result of {@link #first} or this method) in the same
   * window, as RE2/J's find loop continues: from the previous end, or one char further after an
   * empty match; -1 if none.
   */
  default long next(String text, int from, int to, long previous) {
    int i = Math.max((int) previous, (int) (previous >>> 32) + 1);
    return i < to ? find(text, from, to, i) : -1;
  }
}
