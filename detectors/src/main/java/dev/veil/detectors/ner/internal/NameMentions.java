package dev.veil.detectors.ner.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Document-level consistency: a person named confidently once in a text is the same person when
 * the text repeats the name ("I spoke with Ilse by phone; Ilse will bring the records"), repeats
 * one word of it ("Anna Berg ... Berg declined"), or writes it in another case ("ANNA" in a
 * shouted line, "anna" in a chat reply). The model reads each sentence alone and misses such
 * repeats in frames it never saw; clinical notes and threads repeat the patient's name.
 *
 * <p>Spans are token index pairs {@code [from, to)}. Stateless and thread-safe.
 */
public final class NameMentions {
  private static final int MAX_WORD = 64;

  private final NameWords words;

  public NameMentions(NameWords words) {
    this.words = words;
  }

  /**
   * The other mentions of the confident person names {@code names}: for each name, the places
   * where its whole token sequence recurs, and, for a name of two or more words, where one of its
   * words stands alone (not next to another capitalized word). A word that is a common word and no
   * known first name or surname is never matched alone ("Will", "Hope" of a name that is also a
   * word), and a common word matches only when written as in the name and not at the start of a
   * line or sentence. Returns {@code [from, to, index of the name in names]} triples, in text
   * order, not overlapping any of {@code names}.
   */
  public List<int[]> repeats(Tokens t, List<int[]> names) {
    List<int[]> out = new ArrayList<>(0);
    if (names.isEmpty()) {
      return out;
    }
    boolean[] taken = new boolean[t.size()];
    for (int[] s : names) {
      for (int i = s[0]; i < s[1]; i++) {
        taken[i] = true;
      }
    }
    // where each word occurs (lower case), so a name costs the occurrences of its words, not a
    // pass over the text: linear in the text for any number of names
    // (only words as long as a name word are lower-cased and looked up)
    boolean[] lengths = new boolean[MAX_WORD + 1];
    for (int[] s : names) {
      for (int i = s[0]; i < s[1]; i++) {
        lengths[Math.min(MAX_WORD, t.token(i).length())] = true;
      }
    }
    Map<String, List<Integer>> at = new HashMap<>();
    for (int i = 0; i < t.size(); i++) {
      String tok = t.token(i);
      if (lengths[Math.min(MAX_WORD, tok.length())] && Character.isLetter(tok.charAt(0))) {
        at.computeIfAbsent(lower(tok), w -> new ArrayList<>(2)).add(i);
      }
    }
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < names.size(); k++) {
      int[] s = names.get(k);
      int len = s[1] - s[0];
      if (!seen.add(lower(String.join(" ", t.slice(s[0], s[1]))))) {
        continue; // the same name again: its repeats are already found
      }
      // the whole name
      for (int i : at.getOrDefault(lower(t.token(s[0])), List.of())) {
        if (i + len <= t.size() && free(taken, i, i + len) && sameName(t, s[0], s[1], i)
            && alone(t, i, i + len)) {
          add(out, taken, i, i + len, k);
        }
      }
      List<Integer> parts = nameWords(t, s[0], s[1]);
      if (parts.size() < 2) {
        continue;
      }
      for (int p : parts) {
        String word = t.token(p);
        for (int i : at.getOrDefault(lower(word), List.of())) {
          if (!taken[i] && matches(word, t.token(i), t, i) && alone(t, i, i + 1)) {
            add(out, taken, i, i + 1, k);
          }
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a[0], b[0]));
    return out;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static void add(List<int[]> out, boolean[] taken, int from, int to, int source) {
    out.add(new int[] {from, to, source});
    for (int i = from; i < to; i++) {
      taken[i] = true;
    }
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private boolean sameName(Tokens t, int from, int to, int at) {
    for (int k = 0; k < to - from; k++) {
      String a = t.token(from + k);
      String b = t.token(at + k);
      boolean word = Character.isLetter(a.charAt(0));
      if (word ? !matches(a, b, t, at + k) || (k == 0 && !boundedBefore(t, at))
          : !a.equals(b)) {
        return false;
      }
    }
    return boundedAfter(t, at + to - from);
  }

  /**
   * The name words of a span: two or more letters, not an initial or a particle ("Anna", "Berg" in
   * "Anna M. van Berg").
   */
  private static List<Integer> nameWords(Tokens t, int from, int to) {
    List<Integer> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      String tok = t.token(i);
      if (tok.length() >= 2 && Character.isLetter(tok.charAt(0)) && !Lexicon.isParticle(tok)
          && !(i + 1 < to && t.joined(i) && !Character.isLetter(t.token(i + 1).charAt(0)))
          && !(i > from && t.joined(i - 1) && !Character.isLetter(t.token(i - 1).charAt(0)))) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * {@code other} writes {@code word}: the same letters, in the same case, or in one case (all
   * lower or all upper) when the word is no common word. A common word that is a known name
   * matches only as written, and not where any capitalized word would stand (a line or sentence
   * start).
   */
  private boolean matches(String word, String other, Tokens t, int at) {
    if (!word.equalsIgnoreCase(other)) {
      return false;
    }
    if (words.isCommon(word)) {
      return !words.isPlainWord(word, true) && word.equals(other) && !sentenceStart(t, at);
    }
    return word.equals(other) || uniform(other);
  }

  private static boolean uniform(String s) {
    return s.equals(s.toLowerCase(Locale.ROOT)) || s.equals(s.toUpperCase(Locale.ROOT));
  }

  private static boolean sentenceStart(Tokens t, int i) {
    if (i == 0 || t.lineBreakBefore(i)) {
      return true;
    }
    String prev = t.token(i - 1);
    return prev.equals(".") || prev.equals("!") || prev.equals("?") || prev.equals(":")
        || prev.equals("\"");
  }

  /** Not glued to letters or digits before it (part of a longer word or code). */
  private static boolean boundedBefore(Tokens t, int i) {
    return i == 0 || !t.joined(i - 1) || !Character.isLetterOrDigit(lastChar(t.token(i - 1)));
  }

  private static boolean boundedAfter(Tokens t, int end) {
    return end >= t.size() || !t.joined(end - 1) || !Character.isLetterOrDigit(t.token(end).charAt(0));
  }

  /**
   * Tokens {@code [from, to)} with no capitalized word (other than a sentence's first) or glued
   * letters on either side: not part of a longer name the model missed.
   */
  private static boolean alone(Tokens t, int from, int to) {
    if (!boundedBefore(t, from) || !boundedAfter(t, to)) {
      return false;
    }
    // in upper-case text every neighbour is capitalized: no evidence of a longer name there
    boolean shouted = isUpper(t.token(from));
    boolean capBefore = !shouted && from > 0 && !t.lineBreakBefore(from)
        && capitalizedWord(t.token(from - 1)) && !sentenceStart(t, from - 1);
    boolean capAfter = !shouted && to < t.size() && !t.lineBreakBefore(to)
        && capitalizedWord(t.token(to));
    // "Smith-Jones", "O'Donnell": the word is part of a longer name ("Berg's" is not)
    boolean joinedName = (to + 1 < t.size() && t.joined(to - 1) && t.joined(to)
        && isJoiner(t.token(to)) && capitalizedWord(t.token(to + 1)))
        || (from > 1 && t.joined(from - 1) && t.joined(from - 2) && isJoiner(t.token(from - 1))
        && capitalizedWord(t.token(from - 2)));
    return !capBefore && !capAfter && !joinedName;
  }

  private static boolean isUpper(String tok) {
    return tok.length() >= 2 && tok.equals(tok.toUpperCase(Locale.ROOT))
        && !tok.equals(tok.toLowerCase(Locale.ROOT));
  }

  private static boolean isJoiner(String tok) {
    return tok.equals("-") || tok.equals("'") || tok.equals("’");
  }

  private static boolean capitalizedWord(String tok) {
    return Character.isUpperCase(tok.charAt(0)) && Character.isLetter(tok.charAt(0));
  }

  private static char lastChar(String s) {
    return s.charAt(s.length() - 1);
  }
}
