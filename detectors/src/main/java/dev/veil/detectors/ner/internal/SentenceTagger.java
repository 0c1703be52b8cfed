package dev.veil.detectors.ner.internal;

import opennlp.tools.util.Span;

/**
 * Finds entity spans in one sentence. Implementations are thread-safe; {@link #find} may be called
 * from many threads at once.
 */
public interface SentenceTagger {
  /** Spans over {@code tokens} (token indexes), typed {@code person}, {@code location}, ... */
  Span[] find(String[] tokens);
}
