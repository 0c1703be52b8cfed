package dev.veil.detectors.label;

import dev.veil.detectors.internal.Context;

/**
 * Context words near a number, as {@link Context#near} finds them (whole words or phrases, case
 * insensitive, {@value #BEFORE} characters before and {@value #AFTER} after, or the
 * Markdown column header), but testing words only where a word starts and looking for a table
 * header only when the number's line has a cell separator close before it. {@code Context.near}
 * looks for the line start and the header by scanning back, which on a long text without line
 * breaks costs the whole text per number. Not public API; thread-safe.
 */
public final class Nearby {
  /** Characters before a number searched for context words (as {@code Context}). */
  static final int BEFORE = 60;
  /** Characters after a number searched for context words (as {@code Context}). */
  static final int AFTER = 25;
  /** How far back on its line a cell separator {@code |} may stand for the number to be in a table. */
  static final int CELL = 256;

  /** {@link Context#near}'s windows are these: what it finds there, {@link #within} has found. */
  private static final boolean SAME_WINDOWS = BEFORE == Context.BEFORE && AFTER == Context.AFTER;

  private Nearby() {}

  /** True if one of the lower-case {@code words} stands near {@code [start, end)}. */
  public static boolean near(String text, int start, int end, String[] words) {
    return within(text, Math.max(0, start - BEFORE), start, words)
        || within(text, end, Math.min(text.length(), end + AFTER), words)
        || (inTableRow(text, start) && Context.near(text, start, end, words));
  }

  /**
   * The same answer as {@link #near(String, int, int, String[])} for {@code words.words()}, testing at
   * each position only the words that start with its character.
   */
  public static boolean near(String text, int start, int end, LabelWords words) {
    int before = Math.max(0, start - BEFORE);
    int after = Math.min(text.length(), end + AFTER);
    return words.nearbyWithin(text, before, start)
        || words.nearbyWithin(text, end, after)
        || (inTableRow(text, start) && ((!(words.contextImpliedByNearby() && SAME_WINDOWS)
                && (words.contextWithin(text, Math.max(0, start - Context.BEFORE), start)
                    || words.contextWithin(text, end, Math.min(text.length(), end + Context.AFTER))))
            || Context.labelBefore(text, start, 0, words.words())));
  }

  /** True if one of {@code words} occurs as a whole word fully inside {@code [from, to)}. */
  static boolean within(String text, int from, int to, String[] words) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        continue;
      }
      char lower = Character.toLowerCase(c);
      for (String w : words) {
        int wl = w.length();
        if (w.charAt(0) == lower && i + wl <= to && text.regionMatches(true, i, w, 0, wl)
            && (i + wl == text.length() || !Character.isLetterOrDigit(text.charAt(i + wl))
                || !Character.isLetterOrDigit(w.charAt(wl - 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean inTableRow(String text, int start) {
    int limit = Math.max(0, start - CELL);
    for (int i = start - 1; i >= limit; i--) {
      char c = text.charAt(i);
      if (c == '|') {
        return true;
      }
      if (c == '\n') {
        return false;
      }
    }
    return false;
  }
}
