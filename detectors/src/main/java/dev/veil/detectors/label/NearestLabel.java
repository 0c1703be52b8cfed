package dev.veil.detectors.label;

import java.util.Locale;
import java.util.Set;

/**
 * Finds the label that introduces a value: the closest word before it, looking past punctuation
 * and short filler words ("no", "number", "is", "and", "Nr", "numéro"...), so that in "routing
 * 021000021, account 123456789" the second number is introduced by "account", not by "routing"
 * although "routing" is near it too. Not public API: a helper of the detectors.
 *
 * <p>The walk stops at a sentence or cell boundary ({@code ; ! ? |}, a line break, or a full stop
 * that does not end a short abbreviation such as "Tel." or "Nr."), at the first word that is
 * neither listed nor a filler, and after {@link #MAX_GAP} characters. Reads the text in place;
 * the cost is bounded by {@code MAX_GAP} times the number of listed words. Thread-safe.
 */
public final class NearestLabel {
  /** Longest distance between the end of the label and the value. */
  public static final int MAX_GAP = 48;
  /** Longest word that a full stop may end and still be an abbreviation ("Tel.", "tél.", "Nr."). */
  private static final int ABBREVIATION = 5;

  private static final Set<String> FILLER = Set.of(
      "no", "nr", "num", "number", "numbers", "is", "are", "was", "of", "the", "his", "her", "their", "our", "your",
      "my", "at", "on", "to", "a", "an", "and", "or", "nummer", "ist", "lautet", "die", "der", "des", "und", "oder",
      "unter", "numéro", "numero", "número", "est", "es", "è", "de", "du", "del", "della", "di", "al", "au", "et",
      "ou", "y", "o", "e", "van", "het", "en", "och", "eller", "i", "lub", "oraz", "n", "º", "nº", "n°");
  private static final String SKIP = " \t:#=-()[]{}\"'*_/,°<>";

  private NearestLabel() {}

  /**
   * True if one of the lower-case {@code words} (or phrases) is the label closest before {@code
   * start}.
   *
   * @param overNumbers also look past other numbers ("ids 298028441, 90082629655 and [value]"), for
   *     labels that may head a list
   */
  public static boolean is(String text, int start, boolean overNumbers, String... words) {
    return walk(text, start, overNumbers, words, null);
  }

  /**
   * The same answer as {@link #is(String, int, boolean, String...)} for {@code words.words()}, testing
   * at each stop of the walk only the words that end with its character.
   */
  public static boolean is(String text, int start, boolean overNumbers, LabelWords words) {
    return walk(text, start, overNumbers, null, words);
  }

  /** The walk of {@link #is}; {@code indexed}, when given, replaces {@code words}. */
  private static boolean walk(String text, int start, boolean overNumbers, String[] words, LabelWords indexed) {
    int p = start;
    int limit = Math.max(0, start - MAX_GAP);
    while (p > limit) {
      if (indexed != null ? indexed.endsAt(text, p) : endsAt(text, p, words)) {
        return true;
      }
      char c = text.charAt(p - 1);
      if (SKIP.indexOf(c) >= 0) {
        p--;
        continue;
      }
      if (c == '.' && p >= 2 && Character.isLetter(text.charAt(p - 2)) && wordBefore(text, p - 1) <= ABBREVIATION) {
        p--;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int q = p;
        boolean digit = false;
        while (q > 0 && (Character.isLetterOrDigit(text.charAt(q - 1))
            || (digit && text.charAt(q - 1) == '.' && q >= 2 && Character.isDigit(text.charAt(q - 2))))) {
          digit |= Character.isDigit(text.charAt(q - 1));
          q--;
        }
        if (digit ? !overNumbers : !FILLER.contains(text.substring(q, p).toLowerCase(Locale.ROOT))) {
          return false;
        }
        p = q;
        continue;
      }
      return false;
    }
    return p >= 0 && (indexed != null ? indexed.endsAt(text, p) : endsAt(text, p, words));
  }

  private static int wordBefore(String text, int p) {
    int q = p;
    while (q > 0 && Character.isLetter(text.charAt(q - 1))) {
      q--;
    }
    return p - q;
  }

  private static boolean endsAt(String text, int p, String[] words) {
    if (p == 0) {
      return false;
    }
    char last = Character.toLowerCase(text.charAt(p - 1));
    for (String w : words) {
      if (w.charAt(w.length() - 1) != last) {
        continue; // cheap first test: this runs at every position of the walk
      }
      int s = p - w.length();
      if (s >= 0 && text.regionMatches(true, s, w, 0, w.length())
          && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)) || !Character.isLetterOrDigit(w.charAt(0)))) {
        return true;
      }
    }
    return false;
  }
}
