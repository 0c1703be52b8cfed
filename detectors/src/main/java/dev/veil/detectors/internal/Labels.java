package dev.veil.detectors.internal;

import java.util.Set;

/**
 * Tests whether a value is introduced by a label: "MRN: 00482913", "account no. 12345678",
 * {@code "mrn": "00482913"}, "Patientennummer ist 4711-23". Between the label and the value only
 * punctuation and short filler words ("no", "number", "is", "nummer", "numéro"...) may stand, at
 * most {@link #MAX_GAP} characters. A Markdown column header counts as a label too.
 */
public final class Labels {
  /** Longest distance between the end of the label and the value. */
  public static final int MAX_GAP = 40;

  private static final Set<String> FILLER = Set.of(
      "no", "nr", "num", "number", "is", "of", "id", "the", "was", "his", "her", "their", "our", "your",
      "my", "code", "nummer", "ist", "lautet", "die", "der", "des", "numéro", "numero", "número", "est",
      "es", "è", "de", "du", "del", "della", "di", "van", "het", "n", "º", "o", "on", "file", "ref");
  /** Longest filler word: a longer word is no filler, without copying it. */
  private static final int FILLER_MAX = FILLER.stream().mapToInt(String::length).max().orElse(0);
  private static final String PUNCT = " \t\n\r:#.=-()[]{}\"'*_/|,°";

  private Labels() {}

  /** True if one of {@code words} (lower case) introduces the value starting at {@code start}. */
  public static boolean precede(String text, int start, String... words) {
    return labelInGap(text, start, words) || MarkdownTables.headerHas(text, start, words);
  }

  /**
   * A necessary condition of {@link #precede}'s test outside Markdown tables, from the label hits of
   * the shared keyword pass instead of the label words: the same walk back from {@code start}, with
   * "a label word ends here" read as "a hit that starts a word (or with a non-letter) ends here". True
   * wherever {@code precede} finds one of the words in {@code hits} before {@code start} (hits from
   * a {@link Keywords} set holding those words, over a text without the chars that {@code
   * regionMatches} folds but lower-casing does not, 'ſ' and 'ı'); cheaper, since it reads no word.
   *
   * @param hits start, end pairs in order of end ({@link Scan#hits})
   */
  public static boolean mayPrecede(String text, int start, int[] hits) {
    return labelInGap(text, start, null, hits);
  }

  private static boolean labelInGap(String text, int start, String[] words) {
    return labelInGap(text, start, words, null);
  }

  /** The walk of {@link #precede}, testing {@code words} or else {@code hits}. */
  private static boolean labelInGap(String text, int start, String[] words, int[] hits) {
    int p = start;
    int limit = Math.max(0, start - MAX_GAP);
    while (p > limit) {
      if (words != null ? labelEndsAt(text, p, words) : hitEndsAt(text, p, hits)) {
        return true;
      }
      char c = text.charAt(p - 1);
      if (PUNCT.indexOf(c) >= 0) {
        p--;
        continue;
      }
      if (Character.isLetter(c)) {
        int q = p;
        while (q > 0 && Character.isLetter(text.charAt(q - 1))) {
          q--;
        }
        if (p - q > FILLER_MAX || !FILLER.contains(text.substring(q, p).toLowerCase(java.util.Locale.ROOT))) {
          return false;
        }
        p = q;
        continue;
      }
      return false;
    }
    return words != null ? labelEndsAt(text, p, words) : hitEndsAt(text, p, hits);
  }

  /** {@link #labelEndsAt} for the hits: one ends at {@code p} and starts as a label must. */
  private static boolean hitEndsAt(String text, int p, int[] hits) {
    int a = 0;
    int b = hits.length / 2;
    while (a < b) {
      int mid = (a + b) >>> 1;
      if (hits[2 * mid + 1] < p) {
        a = mid + 1;
      } else {
        b = mid;
      }
    }
    String lower = null;
    for (int h = 2 * a; h + 1 < hits.length && hits[h + 1] == p; h += 2) {
      int s = hits[h];
      if (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1))) {
        return true;
      }
      lower = lower == null ? Scan.of(text).lower() : lower;
      if (!Character.isLetterOrDigit(lower.charAt(s))) {
        return true;
      }
    }
    return false;
  }

  private static boolean labelEndsAt(String text, int p, String[] words) {
    for (String w : words) {
      int s = p - w.length();
      if (s >= 0 && text.regionMatches(true, s, w, 0, w.length())
          && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)) || !Character.isLetterOrDigit(w.charAt(0)))) {
        return true;
      }
    }
    return false;
  }
}
