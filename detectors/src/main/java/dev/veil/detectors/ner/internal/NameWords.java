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
  private final Set<String> place;

  /**
   * Only sentences written in one case are cut: in a sentence that mixes cases a capital is
   * evidence, and cutting capitalized common words there lost names that are words ("Will",
   * "Hope") on the development set.
   */
  public NameWords(NameFeatures features) {
    this.first = features.first();
    this.last = features.last();
    this.common = features.common();
    this.place = features.place();
  }

  /** True when {@code token}, lower-cased, is a place word and no known first name or surname. */
  public boolean isOnlyPlace(String token) {
    String l = token.toLowerCase(Locale.ROOT);
    return place.contains(l) && !first.contains(l) && !last.contains(l);
  }

  /**
   * True when {@code token} is a common word, no known first name or surname and no name
   * particle, in a sentence written in one case (always false otherwise).
   *
   * @param uniformCase the token's sentence is written in one case (all lower or all upper);
   *     callers that ask about the word alone, whatever the case, pass true
   */
  public boolean isPlainWord(String token, boolean uniformCase) {
    if (!uniformCase) {
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

  /** True when {@code token}, lower-cased, is in the model's common-word lexicon. */
  public boolean isCommon(String token) {
    return common.contains(token.toLowerCase(Locale.ROOT));
  }

  private static final int MAX_HEADING_TOKENS = 40;

  /**
   * True when token {@code i} stands in a title-case line ("Your Monthly Statement Is Ready",
   * "Claims Adjuster, ..."): at least three words of four or more letters, every one of them
   * capitalized and not all in upper case. Such a line is written in one case for the purpose of
   * {@link #isPlainWord}: its capitals are no evidence of a name. A line of more than 40 tokens on
   * either side of {@code i} is prose, not a heading.
   */
  public static boolean titleCaseLine(Tokens t, int i) {
    // a heading is short: a longer line is prose, and the cost per span stays bounded
    int a = i;
    while (a > 0 && !t.lineBreakBefore(a)) {
      if (i - --a > MAX_HEADING_TOKENS) {
        return false;
      }
    }
    int b = i + 1;
    while (b < t.size() && !t.lineBreakBefore(b)) {
      if (++b - i > MAX_HEADING_TOKENS) {
        return false;
      }
    }
    int words = 0;
    boolean mixed = false;
    for (int k = a; k < b; k++) {
      String tok = t.token(k);
      if (tok.length() < 4 || !Character.isLetter(tok.charAt(0))) {
        continue;
      }
      if (!Character.isUpperCase(tok.charAt(0))) {
        return false;
      }
      words++;
      mixed |= !tok.equals(tok.toUpperCase(Locale.ROOT));
    }
    return words >= 3 && mixed;
  }
}
