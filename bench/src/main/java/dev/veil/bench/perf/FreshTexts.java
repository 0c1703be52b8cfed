package dev.veil.bench.perf;

/**
 * Distinct copies of one text, handed out in turn, so that every call of a request-level benchmark
 * sees a text it has not seen on the call before, as a service does. The detectors keep a
 * per-thread result for the last text they saw (compared by identity: the shared candidate scan,
 * the lexicon hits, the document category); with the same {@code String} on every call those
 * results would be reused across calls and the benchmark would measure less than a request costs.
 * The copies are made once, so handing one out allocates nothing.
 *
 * <p>Not thread-safe by itself: give each benchmark thread its own instance (JMH
 * {@code Scope.Thread}) or call {@link #next()} from one thread.
 */
final class FreshTexts {
  /** More than any per-thread cache holds (each keeps the last text only). */
  private static final int COPIES = 8;

  private final String[] copies = new String[COPIES];
  private int next;

  FreshTexts(String text) {
    for (int i = 0; i < COPIES; i++) {
      copies[i] = new String(text.toCharArray());
    }
  }

  /** The next copy; equal to the original text, never the same object as the previous call's. */
  String next() {
    String s = copies[next];
    next = (next + 1) % COPIES;
    return s;
  }

  /** The first copy, for setup checks. */
  String any() {
    return copies[0];
  }
}
