package dev.veil.detectors.ner.internal;

import opennlp.tools.util.Span;

/**
 * Finds entity spans in one sentence. Implementations are thread-safe; {@link #find} may be called
 * from many threads at once.
 */
public interface SentenceTagger {
  /** Spans over {@code tokens} (token indexes), typed {@code person}, {@code location}, ... */
  Span[] find(String[] tokens);

  /**
   * Spans over the tokens {@code [from, to)} of {@code t}, token indexes relative to {@code
   * from}: the same as {@code find(t.slice(from, to))}, without the copy where the tagger can.
   */
  default Span[] find(Tokens t, int from, int to) {
    return find(t.slice(from, to));
  }
}
