package dev.veil.detectors.ner.internal;

import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * A plain OpenNLP {@link TokenNameFinderModel} (a user's model file): each thread gets its own
 * decoder over the shared model, and adaptive data is cleared after every sentence so that no
 * text influences another.
 */
public final class OpenNlpTagger implements SentenceTagger {
  private final ThreadSafeNameFinderME finder;

  public OpenNlpTagger(TokenNameFinderModel model) {
    this.finder = new ThreadSafeNameFinderME(model);
  }

  @Override
  public Span[] find(String[] tokens) {
    try {
      return finder.find(tokens);
    } finally {
      finder.clearAdaptiveData();
    }
  }
}
