package dev.veil.detectors.ner.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The word lists of a Veil model (name gazetteers and common words), used after decoding to cut
 * common words off the edges of a person span. Immutable and thread-safe.
 */
public final class NameWords {
  private final Set<String> first;
  private final Set<String> last;
  private final Set<String> common;
  private final boolean mixedCase;

  /**
   * @param mixedCase also cut capitalized common words in sentences that mix upper and lower case
   *     (otherwise only in sentences written in one case, where capitals carry no evidence)
   */
  public NameWords(NameFeatures features, boolean mixedCase) {
    this.first = features.first();
    this.last = features.last();
    this.common = features.common();
    this.mixedCase = mixedCase;
  }

  /**
   * True when {@code token} is a common word, no known first name or surname and no name
   * particle; in a mixed-case sentence only when this instance cuts there too.
   *
   * @param uniformCase the token's sentence is written in one case (all lower or all upper)
   */
  public boolean isPlainWord(String token, boolean uniformCase) {
    if (!uniformCase && !mixedCase) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isLetter(token.charAt(i))) {
        return false;
      }
    }
    if (Lexicon.isParticle(token)) {
      return false;
    }
    String l = token.toLowerCase(Locale.ROOT);
    return common.contains(l) && !first.contains(l) && !last.contains(l);
  }
}
