package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Keywords;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Scan;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Ages over 89 (Safe Harbor identifier C, 45 CFR 164.514(b)(2)(i)(C), lets ages up to 89 stay and
 * wants older ones aggregated into "90 or older"). Forms:
 *
 * <ul>
 *   <li>a label or verb before the number: "aged 93", "age: 93", "at the age of 93", "turned 93",
 *       "she's 93", "my aunt is 93", "âgée de 93", "im Alter von 93", "w wieku 93", "lat 93";
 *   <li>a unit after it: "93-year-old", "93 years old", "93 years of age", "93 y/o", "93yo", "93
 *       y.o.", "93-yr-old", "93 Jahre alt", "93-jährige", "93 ans", "93 años", "93 anni", "93 jaar",
 *       "93-jarige", "93 lat", "93 år", "93-årig";
 *   <li>the number in English words: "ninety-three years old", "aged ninety";
 *   <li>a decade of life: "in her 90s", "in his late 90's", "in her nineties" (a span of ten years
 *       over 89 is still an age over 89, not the single "90 or older" category Safe Harbor allows).
 * </ul>
 *
 * The span is the number (or the decade, "90s"), so a generalizer can write "90+". A number followed
 * by a unit of something else ("she's 95 kg", "turned 100 degrees", "is 92%") is not an age.
 *
 * <p>Cost: the pattern runs only in short windows around a number token from 90 to 130 ("93",
 * "93yo", "90s") or the words "ninety"/"nineties", taken from the shared scan.
 */
public final class AgeDetector extends PatternDetector {
  private static final String NUM = "(\\d{2,3}|ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)";

  public AgeDetector() {
    super("age", EntityType.AGE, "(?i)"
        // 1: a label or verb before the number
        + "\\b(?:aged?|age\\s+of|until\\s+age|âgée?\\s+de|âge|alter|im\\s+alter\\s+von|edad(?:\\s+de)?|età(?:\\s+di)?"
        + "|leeftijd|w\\s+wieku|wiek|lat|ålder|turn(?:s|ed|ing)|lived\\s+to(?:\\s+be)?|died\\s+at"
        + "|(?:she|he|i|they|who)(?:['’]s|['’]m|\\s+is|\\s+was|\\s+am|\\s+will\\s+be|\\s+just\\s+turned)"
        + "|(?:mom|mum|mother|dad|father|grand(?:ma|pa|mother|father|mom|dad)|nan|nana|gran|granny|aunt|uncle"
        + "|patient|wife|husband|sister|brother|neighbou?r)\\s+(?:is|was|just\\s+turned|turned|turns))"
        + "\\s*[:=]?\\s*" + NUM + "\\b"
        // 2: the number, then a unit of age
        + "|\\b" + NUM + "\\s*-?\\s*(?:(?:years?|yrs?|y)\\s*-?\\s*(?:old\\b|o\\b|of\\s+age)|y/o|yo\\b|y\\.o\\.?|yr\\s+old"
        + "|jahre\\s+alt|jährige[rnms]?\\b|ans\\b|años\\b|anni\\b|jaar\\b|jarige\\b|lata?\\b|år\\b|årig[ae]?\\b|åring\\b)"
        // 3: a decade of life
        + "|\\bin\\s+(?:his|her|their|my|your)\\s+(?:(?:early|mid|late)[\\s-]+)?(\\d{1,2}0'?s|nineties)\\b");
  }

  private static final Keywords WORDS = Keywords.of("ninety", "nineties");

  /** Words after the number that make it a measurement, not an age. */
  private static final Set<String> UNITS = Set.of("percent", "per", "kg", "kgs", "kilos", "lb", "lbs", "pounds",
      "mg", "mmhg", "bpm", "degrees", "deg", "mph", "km", "miles", "minutes", "min", "mins", "seconds", "times",
      "dollars", "euros", "cm", "mm", "ft", "feet", "inches", "points", "pts", "days", "weeks", "months", "hours",
      "ml", "units", "beats", "g", "kilometers", "metres", "meters");

  /** Left and right reach of a window around a candidate number: "at the age of", " years of age". */
  private static final int LEFT = 40;
  private static final int RIGHT = 24;

  @Override
  protected int[] windows(String text) {
    Scan scan = Scan.of(text);
    int[] out = new int[16];
    int k = 0;
    int n = text.length();
    for (int t = 0, count = scan.digitTokenCount(); t < count; t++) {
      int s = scan.digitTokenStart(t);
      if (!candidate(text, s, scan.digitTokenEnd(t))) {
        continue;
      }
      k = add(out = grow(out, k), k, Math.max(0, s - LEFT), Math.min(n, scan.digitTokenEnd(t) + RIGHT));
    }
    int[] hits = scan.hits(WORDS);
    if (hits.length > 0) {
      // words are rare: merge them in (hits are in text order, the digit windows too)
      int[] all = Arrays.copyOf(out, k + hits.length);
      for (int h = 0; h + 1 < hits.length; h += 2) {
        all[k + h] = Math.max(0, hits[h] - LEFT);
        all[k + h + 1] = Math.min(n, hits[h + 1] + RIGHT + 16);
      }
      return WindowUnion.of(all, k + hits.length);
    }
    return Arrays.copyOf(out, k);
  }

  /** A token that starts with two or three digits from 90 to 130, then nothing, letters or "0s". */
  private static boolean candidate(String text, int s, int e) {
    int j = s;
    while (j < e && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      j++;
    }
    if (j - s < 2 || j - s > 3) {
      return false;
    }
    int v = Integer.parseInt(text, s, j, 10);
    return v >= 90 && v <= 130;
  }

  private static int[] grow(int[] a, int k) {
    return k + 2 > a.length ? Arrays.copyOf(a, a.length * 2) : a;
  }

  private static int add(int[] out, int k, int s, int e) {
    if (k > 0 && s <= out[k - 1]) {
      out[k - 1] = Math.max(out[k - 1], e);
      return k;
    }
    out[k] = s;
    out[k + 1] = e;
    return k + 2;
  }

  @Override
  protected Finding score(String text, Match m) {
    for (int g = 1; g <= 3; g++) {
      String v = m.group(g);
      if (v == null) {
        continue;
      }
      int start = m.start(g);
      int end = m.end(g);
      if (g == 3) {
        int digits = 0;
        while (digits < v.length() && Character.isDigit(v.charAt(digits))) {
          digits++;
        }
        int decade = digits == 0 ? 90 : Integer.parseInt(v, 0, digits, 10);
        return decade >= 90 && decade <= 120 ? finding(start, end, 0.85) : null;
      }
      int age = value(v);
      if (age < 90 || age > 130 || measurementFollows(text, end) || decimalAround(text, start, end)) {
        return null;
      }
      return finding(start, end, 0.85);
    }
    return null;
  }

  private static final String[] UNIT_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

  /** The number's value, digits or "ninety[-unit]". */
  static int value(String v) {
    char c = v.charAt(0);
    if (c >= '0' && c <= '9') {
      return Integer.parseInt(v);
    }
    String w = v.toLowerCase(Locale.ROOT);
    for (int i = 0; i < UNIT_WORDS.length; i++) {
      if (w.endsWith(UNIT_WORDS[i]) && w.length() > 6) {
        return 91 + i;
      }
    }
    return 90;
  }

  private static boolean measurementFollows(String text, int end) {
    int i = end;
    int n = text.length();
    while (i < n && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= n) {
      return false;
    }
    char c = text.charAt(i);
    if (c == '%' || c == '°' || c == '$' || c == '€' || c == '/') {
      return true;
    }
    int j = i;
    while (j < n && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return j > i && UNITS.contains(text.substring(i, j).toLowerCase(Locale.ROOT));
  }

  /** "1.92", "92.5", "92,5": part of a decimal number, not an age. */
  private static boolean decimalAround(String text, int start, int end) {
    if (start >= 2 && (text.charAt(start - 1) == '.' || text.charAt(start - 1) == ',') && Character.isDigit(text.charAt(start - 2))) {
      return true;
    }
    return end + 1 < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ',') && Character.isDigit(text.charAt(end + 1));
  }
}
