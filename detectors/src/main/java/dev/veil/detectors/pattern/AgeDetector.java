package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.internal.Keywords;
import dev.veil.detectors.internal.Scan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ages over 89 (Safe Harbor identifier C, 45 CFR 164.514(b)(2)(i)(C), lets ages up to 89 stay and
 * wants older ones aggregated into "90 or older"). Forms:
 *
 * <ul>
 *   <li>a label or verb before the number: "aged 93", "age: 93", "at the age of 93", "until age
 *       93", "turned 93", "she's 93", "my aunt is 93", "lived to be 93", "âgée de 93", "im Alter von
 *       93", "edad de 93", "età di 93", "w wieku 93", "lat 93";
 *   <li>a unit of age after it: "93-year-old", "93 years old", "93 years of age", "93 y/o", "93yo",
 *       "93 y.o.", "93-yr-old", "93 Jahre alt", "93-jährige", "93 ans", "93 años", "93 anni", "93
 *       jaar", "93-jarige", "93 lat", "93 år", "93-årig";
 *   <li>the number in English words: "ninety-three years old", "aged ninety";
 *   <li>a decade of life: "in her 90s", "in his late 90's", "in her nineties" (ten years over 89 are
 *       still an age over 89, not the single "90 or older" category Safe Harbor allows).
 * </ul>
 *
 * The span is the number (or the decade, "90s"), so a generalizer can write "90+". After a label, a
 * number followed by a unit of something else ("she's 95 kg", "turned 100 degrees", "is 92%",
 * "aged 92 days") is not an age.
 *
 * <p>Cost: no regular expression. Candidates are the number tokens from 90 to 130 of the shared
 * scan ("93", "93yo", "90s") and the hits of "ninety"/"nineties" in the shared keyword pass; each is
 * checked by looking at the few words before and after it. Immutable and thread-safe.
 */
public final class AgeDetector implements Detector {
  public static final String ID = "age";
  private static final double SCORE = 0.85;
  private static final Keywords WORDS = Keywords.of("ninety", "nineties");

  /** One word right before the number. */
  private static final Set<String> LABELS = Set.of("aged", "age", "âge", "âgé", "âgée", "alter", "edad", "età",
      "leeftijd", "wiek", "lat", "ålder", "turns", "turned", "turning", "she's", "he's", "i'm", "they're");
  /** Two words: "age of", "âgée de", "w wieku", "died at"... (first word, second word). */
  private static final Set<String> LABEL_PAIRS = Set.of("age of", "until age", "âgé de", "âgée de", "edad de",
      "età di", "w wieku", "lived to", "died at", "will be", "to be", "alter von", "she is", "he is", "she was",
      "he was", "i am", "who is", "they are");
  /** People whose age a sentence states: "my aunt is 98", "grandpa turned 100". */
  private static final Set<String> PEOPLE = Set.of("she", "he", "mom", "mum", "mother", "dad", "father", "grandma",
      "grandpa", "grandmother", "grandfather", "grandmom", "granddad", "nan", "nana", "gran", "granny", "aunt",
      "uncle", "patient", "wife", "husband", "sister", "brother", "neighbor", "neighbour");
  private static final Set<String> PEOPLE_VERBS = Set.of("is", "was", "turns", "turned");
  /** The last words of {@link #LABEL_PAIRS}, of the people forms and of "lived to be". */
  private static final Set<String> SECOND_WORDS = Set.of("of", "age", "de", "di", "wieku", "to", "at", "be", "von",
      "is", "was", "am", "are", "turns", "turned");
  /** One word after the number that is a unit of age on its own. */
  private static final Set<String> AGE_UNITS = Set.of("yo", "jährige", "jähriger", "jährigen", "jährigem",
      "jähriges", "ans", "años", "anni", "jaar", "jarige", "lat", "lata", "år", "årig", "åriga", "årige", "åring");
  private static final Set<String> YEAR_WORDS = Set.of("years", "year", "yrs", "yr", "y");
  /** Words after the number that make it a measurement, not an age. */
  private static final Set<String> UNITS = Set.of("percent", "per", "kg", "kgs", "kilos", "lb", "lbs", "pounds",
      "mg", "mmhg", "bpm", "degrees", "deg", "mph", "km", "miles", "minutes", "min", "mins", "seconds", "times",
      "dollars", "euros", "cm", "mm", "ft", "feet", "inches", "points", "pts", "days", "weeks", "months", "hours",
      "ml", "units", "beats", "g", "kilometers", "metres", "meters");
  private static final String[] UNIT_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.AGE);
  }

  @Override
  public List<Finding> detect(DetectorInput input) {
    String text = input.text();
    if (text.isEmpty()) {
      return List.of();
    }
    Scan scan = Scan.of(text);
    String lower = scan.lower();
    List<Finding> out = null;
    for (int t = 0, count = scan.digitTokenCount(); t < count; t++) {
      int s = scan.digitTokenStart(t);
      int e = scan.digitTokenEnd(t);
      int j = s;
      while (j < e && lower.charAt(j) >= '0' && lower.charAt(j) <= '9') {
        j++;
      }
      if (j - s < 2 || j - s > 3 || s > 0 && (lower.charAt(s - 1) == '.' || lower.charAt(s - 1) == ',')
          && s > 1 && Character.isDigit(lower.charAt(s - 2))) {
        continue;
      }
      int value = Integer.parseInt(lower, s, j, 10);
      if (value < 90 || value > 130) {
        continue;
      }
      Finding f = number(lower, s, j, value, e);
      if (f != null) {
        out = add(out, f);
      }
    }
    int[] hits = scan.hits(WORDS);
    for (int h = 0; h + 1 < hits.length; h += 2) {
      Finding f = word(lower, hits[h], hits[h + 1]);
      if (f != null) {
        out = add(out, f);
      }
    }
    if (out != null && hits.length > 0) {
      out.sort(java.util.Comparator.comparingInt(Finding::start));
    }
    return out == null ? List.of() : out;
  }

  private static List<Finding> add(List<Finding> out, Finding f) {
    List<Finding> o = out == null ? new ArrayList<>() : out;
    o.add(f);
    return o;
  }

  /** The digits {@code [s, j)} of the token {@code [s, tokenEnd)}. */
  private static Finding number(String lower, int s, int j, int value, int tokenEnd) {
    // a decade: "90s" (one token), "90's"
    if (lower.startsWith("s", j) && j + 1 == tokenEnd || lower.startsWith("'s", j) || lower.startsWith("’s", j)) {
      int end = lower.charAt(j) == 's' ? j + 1 : j + 2;
      return value % 10 == 0 && value <= 120 && decadeContext(lower, s) ? finding(s, end) : null;
    }
    boolean unit = unitAfter(lower, j);
    if (unit) {
      return finding(s, j);
    }
    if (j != tokenEnd) {
      return null; // letters glued to the number that are no unit of age ("93rd", "100mg")
    }
    if (labelBefore(lower, s) && !measurementFollows(lower, j)
        && !(j + 1 < lower.length() && (lower.charAt(j) == '.' || lower.charAt(j) == ',') && Character.isDigit(lower.charAt(j + 1)))) {
      return finding(s, j);
    }
    return null;
  }

  /** "ninety", "ninety-three", "ninety three" (age), "nineties" (decade). */
  private static Finding word(String lower, int s, int e) {
    if (s > 0 && Character.isLetter(lower.charAt(s - 1))) {
      return null;
    }
    if (e - s == "nineties".length()) {
      boolean whole = e == lower.length() || !Character.isLetter(lower.charAt(e));
      return whole && decadeContext(lower, s) ? finding(s, e) : null;
    }
    int end = e;
    if (end + 1 < lower.length() && (lower.charAt(end) == '-' || lower.charAt(end) == ' ')) {
      for (String u : UNIT_WORDS) {
        if (lower.startsWith(u, end + 1) && (end + 1 + u.length() == lower.length()
            || !Character.isLetter(lower.charAt(end + 1 + u.length())))) {
          end = end + 1 + u.length();
          break;
        }
      }
    }
    if (end < lower.length() && Character.isLetter(lower.charAt(end))) {
      return null;
    }
    return unitAfter(lower, end) || labelBefore(lower, s) && !measurementFollows(lower, end) ? finding(s, end) : null;
  }

  /** After the number at {@code p}: "-year-old", " years of age", "y/o", "yo", " y.o.", " Jahre alt", "-jährige", " ans"... */
  private static boolean unitAfter(String lower, int p) {
    int n = lower.length();
    int i = skip(lower, p, " -", 3);
    if (i >= n || "yjaslå".indexOf(lower.charAt(i)) < 0) {
      return false; // every unit of age starts with one of these
    }
    if (lower.startsWith("y/o", i) || lower.startsWith("y.o", i)) {
      return true;
    }
    int w = wordEnd(lower, i);
    if (w == i) {
      return false;
    }
    String first = lower.substring(i, w);
    if (AGE_UNITS.contains(first)) {
      return true;
    }
    int k = skip(lower, w, " -", 3);
    int w2 = wordEnd(lower, k);
    String second = lower.substring(k, w2);
    if (first.equals("jahre")) {
      return second.equals("alt");
    }
    if (YEAR_WORDS.contains(first)) {
      if (second.equals("old") || second.equals("o")) {
        return true;
      }
      if (second.equals("of")) {
        int k3 = skip(lower, w2, " ", 2);
        return lower.startsWith("age", k3) && (k3 + 3 == n || !Character.isLetter(lower.charAt(k3 + 3)));
      }
    }
    return false;
  }

  /** A label or verb right before {@code s}, looking past spaces, ':' and '='. */
  private static boolean labelBefore(String lower, int s) {
    int i = s;
    while (i > 0 && i > s - 4 && " :=-(\n\t".indexOf(lower.charAt(i - 1)) >= 0) {
      i--;
    }
    if (i == 0 || !Character.isLetter(lower.charAt(i - 1)) && lower.charAt(i - 1) != '\'' && lower.charAt(i - 1) != '’') {
      return false; // no word right before: no label
    }
    int[] w1 = previousWord(lower, s);
    if (w1 == null) {
      return false;
    }
    if (w1[1] - w1[0] > 12) {
      return false; // no label or verb is longer
    }
    String a = normalize(lower.substring(w1[0], w1[1]));
    if (LABELS.contains(a)) {
      return true;
    }
    if (!SECOND_WORDS.contains(a)) {
      return false;
    }
    int[] w2 = previousWord(lower, w1[0]);
    if (w2 == null) {
      return false;
    }
    String b = normalize(lower.substring(w2[0], w2[1]));
    if (LABEL_PAIRS.contains(b + " " + a)) {
      return true;
    }
    if (PEOPLE_VERBS.contains(a) && PEOPLE.contains(b)) {
      return true;
    }
    if (a.equals("be")) { // "lived to be", "she will be"
      return b.equals("to") || b.equals("will");
    }
    return false;
  }

  /** "in her 90s", "in his late 90's", "in their mid-nineties": the words before {@code s}. */
  private static boolean decadeContext(String lower, int s) {
    int[] w = previousWord(lower, s);
    if (w == null) {
      return false;
    }
    String a = lower.substring(w[0], w[1]);
    if (a.equals("early") || a.equals("mid") || a.equals("late")) {
      w = previousWord(lower, w[0]);
      if (w == null) {
        return false;
      }
      a = lower.substring(w[0], w[1]);
    }
    if (!Set.of("his", "her", "their", "my", "your").contains(a)) {
      return false;
    }
    int[] in = previousWord(lower, w[0]);
    return in != null && lower.substring(in[0], in[1]).equals("in");
  }

  /** The word (letters and apostrophes) before {@code p}, past at most four chars of " :=-(", or null. */
  private static int[] previousWord(String lower, int p) {
    int i = p;
    int skipped = 0;
    while (i > 0 && " :=-(\n\t".indexOf(lower.charAt(i - 1)) >= 0 && skipped < 4) {
      i--;
      skipped++;
    }
    int e = i;
    while (i > 0 && (Character.isLetter(lower.charAt(i - 1)) || lower.charAt(i - 1) == '\'' || lower.charAt(i - 1) == '’')) {
      i--;
    }
    return i == e ? null : new int[] {i, e};
  }

  private static String normalize(String word) {
    return word.indexOf('’') < 0 ? word : word.replace('’', '\'');
  }

  private static int skip(String lower, int p, String chars, int max) {
    int i = p;
    while (i < lower.length() && i - p < max && chars.indexOf(lower.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static int wordEnd(String lower, int p) {
    int i = p;
    while (i < lower.length() && Character.isLetter(lower.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean measurementFollows(String lower, int end) {
    int i = skip(lower, end, " ", 3);
    if (i >= lower.length()) {
      return false;
    }
    char c = lower.charAt(i);
    if (c == '%' || c == '°' || c == '$' || c == '€' || c == '/') {
      return true;
    }
    int j = wordEnd(lower, i);
    return j > i && UNITS.contains(lower.substring(i, j));
  }

  private static Finding finding(int start, int end) {
    return Finding.of(EntityType.AGE, start, end, SCORE, ID);
  }

  @Override
  public String toString() {
    return "AgeDetector[" + ID + "]";
  }
}
