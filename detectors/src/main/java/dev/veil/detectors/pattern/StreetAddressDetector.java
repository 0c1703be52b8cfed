package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Re2Ascii;
import dev.veil.detectors.internal.StreetTypes;
import dev.veil.detectors.internal.Windows;
import java.util.List;

/**
 * Street addresses (Safe Harbor identifier B): a house number and a street name with a street-type
 * word, as written in the US/UK ("221B Baker Street", "1600 Pennsylvania Ave NW, Apt 4"), Germany
 * and the Netherlands ("Hauptstraße 5a", "Kerkstraat 12"), France ("12, rue de la Paix"), Spain
 * ("Calle Mayor 5", "C/ Alcalá 20"), Italy ("Via Roma 10", "Piazza Garibaldi 3"); and PO boxes.
 */
public final class StreetAddressDetector extends PatternDetector {
  private static final String NAME = "[A-Z\\p{Lu}][\\p{L}'.-]*";
  private static final String EN_TYPE = dev.veil.detectors.internal.StreetTypes.alternation();
  /** A European house number: "5", "5a", "12 B", "263-1", "383-II". */
  private static final String HOUSE_NUMBER = "\\d{1,4}(?:-(?:\\d{1,3}|I{1,3}|IV)|\\s?[a-zA-Z])?";

  public StreetAddressDetector() {
    super("street-address", EntityType.STREET_ADDRESS, PATTERN);
  }

  /** The whole pattern: the reference of {@link StreetShapes} and what runs where it does not apply. */
  static final String PATTERN = ""
        // 1: US/UK: 123 Main Street [NW] [, Apt 4]
        + "\\b((?:(?:Flat|Apt|Apartment|Unit|Suite)\\s+\\d{1,4}[A-Za-z]?,?\\s+)?"
        + "\\d{1,6}[A-Za-z]?\\s+(?:" + NAME + "\\s+){0,3}" + EN_TYPE + "\\b\\.?"
        + "(?:\\s+(?:N|S|E|W|NE|NW|SE|SW)\\b)?(?:,?\\s+(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|#)\\.?\\s*#?[A-Za-z0-9-]+)?)"
        // 2: DE/NL/CH compound street names with the number after
        + "|\\b(" + NAME + "(?i:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|straat|laan"
        + "|gracht|plein|kade|singel|dijk|steeg)\\s+" + HOUSE_NUMBER + ")\\b"
        // 2b: DE two words: Berliner Straße 12, Alte Allee 3
        + "|\\b(" + NAME + "\\s+" + StreetTypes.alternation(StreetTypes.GERMAN_SEPARATE) + "\\s+" + HOUSE_NUMBER + ")\\b"
        + "|\\b(" + StreetTypes.alternation(StreetTypes.GERMAN_HEADS) + "\\s+" + NAME + "\\s+" + HOUSE_NUMBER + ")\\b"
        // 4: FR: 12, rue de la Paix / 5 bis avenue Foch
        + "|\\b(\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai"
        + "|route|cours)\\s+(?:(?:de la|de l'|des|du|de|d')\\s*)?" + NAME + "(?:\\s+" + NAME + "){0,3})"
        // 5: ES/IT: Calle Mayor 5 / Via Roma 10
        + "|\\b((?:Calle|C/|Avenida|Avda\\.|Paseo|Plaza|Carrer|Via|Viale|Piazza|Corso|Vicolo|Largo|Rua)\\s+"
        + "(?:(?:de la|del|de|della|dei|di|degli)\\s+)?" + NAME + "(?:\\s+" + NAME + "){0,3},?\\s+(?:n\\.?\\s?|n\\.?[ºo]\\.?\\s?)?\\d{1,4}(?:/[A-Za-z]|[a-zA-Z])?)\\b"
        // 6: PO box
        + "|\\b((?i:p\\.?\\s?o\\.?\\s?box|post\\s+office\\s+box|pob|postfach|boîte postale|b\\.?\\s?p\\.?|apartado(?: de correos)?"
        + "|casella postale|postbus)\\s+\\d{1,6}(?:\\s\\d{2}){0,2})\\b";
  private static final com.google.re2j.Pattern FULL = com.google.re2j.Pattern.compile(PATTERN);
  private static final com.google.re2j.Pattern ANCHORED = com.google.re2j.Pattern.compile("^(?:" + PATTERN + ")");

  private static final String[] KEYWORDS = {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd",
      "lane", "ln", "drive", "dr", "court", "ct", "way", "place", "pl", "terrace", "ter", "parkway", "pkwy",
      "circle", "cir", "highway", "hwy", "square", "sq", "trail", "trl", "close", "crescent", "row", "gardens",
      "grove", "mews", "straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "damm", "ufer",
      "chaussee", "straat", "laan", "gracht", "plein", "kade", "singel", "dijk", "steeg", "rue", "av.", "route", "cours", "bd", "chemin", "allée", "impasse", "quai",
      "calle", "c/", "avenida", "avda", "paseo", "plaza", "carrer", "via", "viale", "piazza", "corso", "vicolo",
      "largo", "rua", "box", "postfach", "boîte", "apartado", "casella", "postbus"};
  private static final dev.veil.detectors.internal.Keywords KEYWORD_SET =
      dev.veil.detectors.internal.Keywords.of(KEYWORDS);

  /** Starts of forms without a street-type word before the number ("Am Markt 3", "Flat 3, 14 Kings Road", "B.P. 12"). */
  private static final dev.veil.detectors.internal.Keywords STARTS = dev.veil.detectors.internal.Keywords.of("am",
      "im", "an der", "auf dem", "in der", "zum", "zur", "flat", "unit", "apt", "apartment", "suite", "b.p", "b. p", "bp",
      "pob", "post office");

  @Override
  protected int[] windows(String text) {
    int[] w = dev.veil.detectors.internal.Windows.aroundKeywords(text, 48, 40, KEYWORD_SET);
    w = Windows.union(w, filtered(text, STARTS, true, 0, 64));
    return Windows.union(w, filtered(text, ENDINGS, false, 48, 24));
  }

  /**
   * Windows around the hits of {@code keywords} that can begin or end a street name: a start word
   * ("Am", "Flat", "BP") written with a capital; an ending ("weg", "ring") that ends its word and is
   * followed by a space and a digit ("Dorpsweg 87"), which "during" or "bring" in prose are not.
   */
  private static int[] filtered(String text, dev.veil.detectors.internal.Keywords keywords, boolean start, int left,
      int right) {
    int[] hits = dev.veil.detectors.internal.Scan.of(text).hits(keywords);
    if (hits.length == 0) {
      return hits;
    }
    int n = text.length();
    int[] raw = new int[hits.length];
    int k = 0;
    for (int h = 0; h + 1 < hits.length; h += 2) {
      int s = hits[h];
      int e = hits[h + 1];
      boolean ok;
      if (start) {
        ok = Character.isUpperCase(text.charAt(s)) && (s == 0 || !Character.isLetter(text.charAt(s - 1)))
            && !(e - s == 2 && text.charAt(s) == 'B' && pressureAfter(text, e));
      } else {
        int i = e;
        while (i < n && i - e < 2 && isSpace(text.charAt(i))) {
          i++;
        }
        ok = i > e && i < n && isDigit(text.charAt(i));
      }
      if (ok) {
        // widened to whole tokens, so an anchored try never starts inside a house number or a name
        raw[k++] = Windows.toTokenStart(text, Math.max(0, s - left));
        raw[k++] = Windows.toTokenEnd(text, Math.min(n, e + right));
      }
    }
    return Windows.union(raw, k);
  }

  /** Literal starts of the German "Am/Im/Zum..." and the Spanish/Italian forms (case-sensitive, as in the pattern). */
  private static final String[] LITERAL_STARTS = {"Am", "An der", "Auf dem", "Im", "In der", "Zum", "Zur", "Flat",
      "Unit", "Apt", "Apartment", "Suite", "Calle",
      "C/", "Avenida", "Avda.", "Paseo", "Plaza", "Carrer", "Via", "Piazza", "Corso", "Vicolo", "Largo", "Rua"};
  /** Starts of the PO box words (case-insensitive, as in the pattern; "p" is checked on its own). */
  private static final String[] BOX_STARTS = {"postfach", "boîte", "bp", "b.p", "b. p", "pob", "post office", "apartado",
      "casella", "postbus"};
  /** The German and Dutch street-name endings, case-sensitive as in the pattern. */
  private static final String[] COMPOUND_ENDINGS = {"straße", "strasse", "str.", "weg", "gasse", "platz", "allee",
      "ring", "damm", "ufer", "chaussee", "straat", "laan", "gracht", "plein", "kade", "singel", "dijk", "steeg"};
  /** German and Dutch endings inside a compound name ("Dorpsweg", "Karl-Marx-Ring"), as substrings. */
  private static final dev.veil.detectors.internal.Keywords ENDINGS =
      dev.veil.detectors.internal.Keywords.of(COMPOUND_ENDINGS);

  /**
   * The pattern is large: its NFA costs about a microsecond per char searched, so it is tried only
   * where a form can start (as the base class's anchored tries do), and where a house number starts
   * the English form is matched by {@link StreetShapes} without RE2/J.
   */
  @Override
  public List<Finding> detect(DetectorInput input) {
    String text = input.text();
    if (text.isEmpty()) {
      return List.of();
    }
    List<Finding> out = null;
    int[] w = windows(text);
    for (int k = 0; k + 1 < w.length; k += 2) {
      int from = w[k];
      int to = w[k + 1];
      if (!hasDigit(text, from, to)) {
        continue; // every form has a number
      }
      out = needsSearch(text, from, to) ? searched(text, from, to, out) : tried(text, from, to, out);
    }
    return out == null ? List.of() : out;
  }

  /** The pattern tried at every possible start of the window, each try after the end of the last match. */
  private List<Finding> tried(String text, int from, int to, List<Finding> out) {
    int i = from;
    while (i < to) {
      if (!Re2Ascii.boundary(text, from, to, i) || !mayStartAt(text, i)) {
        i++;
        continue;
      }
      int end = matchAt(text, i, to);
      if (end < 0) {
        i++;
        continue;
      }
      out = add(out, score(text, i, end), text);
      i = Math.max(end, i + 1);
    }
    return out;
  }

  /** The end of the pattern's match anchored at {@code i} on {@code [i, to)}, or -1. */
  static int matchAt(String text, int i, int to) {
    if (isDigit(text.charAt(i))) {
      int end = StreetShapes.englishAt(text, i, to);
      if (end >= 0 || !frenchMayFollow(text, i, to)) {
        return end; // the English form comes first in the pattern; after a number only the French one is left
      }
    }
    com.google.re2j.Matcher m = ANCHORED.matcher(text.substring(i, to));
    return m.lookingAt() ? i + m.end() : -1;
  }

  /** RE2/J's search of the whole window, for windows where an anchored try could not see the {@code \\b} right. */
  private List<Finding> searched(String text, int from, int to, List<Finding> out) {
    com.google.re2j.Matcher m = FULL.matcher(text.substring(from, to));
    while (m.find()) {
      out = add(out, score(text, from + m.start(), from + m.end()), text);
    }
    return out;
  }

  private static List<Finding> add(List<Finding> out, Finding f, String text) {
    if (f == null || f.end() > text.length()) {
      return out;
    }
    List<Finding> o = out == null ? new java.util.ArrayList<>() : out;
    o.add(f);
    return o;
  }

  private static boolean hasDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if a possible start is a boundary before a non-word char (a capital with an accent right
   * after a letter): anchored on a slice starting there, {@code \\b} would not hold, so such a window
   * is searched as a whole. Reads {@link #mayStartAtLoosely}, the test the base class used here.
   */
  private static boolean needsSearch(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Re2Ascii.isWordChar(text.charAt(i)) && i > from && Re2Ascii.isWordChar(text.charAt(i - 1)) && mayStartAtLoosely(text, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code \\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+FRENCH_TYPE} may start at the digit at {@code c}: the
   * French form, the only one other than the English that starts with a number.
   */
  private static boolean frenchMayFollow(String text, int c, int to) {
    int j = c;
    while (j < to && isDigit(text.charAt(j))) {
      j++;
    }
    if (j - c > 4) {
      return false;
    }
    return frenchTypeAfter(text, j, to) || (text.startsWith("bis", j) || text.startsWith("ter", j))
        && frenchTypeAfter(text, j + 3, to) || j < to && isSpace(text.charAt(j))
        && (text.startsWith("bis", j + 1) || text.startsWith("ter", j + 1)) && frenchTypeAfter(text, j + 4, to);
  }

  /** {@code ,?\\s+} and a French street type at {@code j}. */
  private static boolean frenchTypeAfter(String text, int j, int to) {
    int k = j < to && text.charAt(j) == ',' ? j + 1 : j;
    int u = StreetShapes.spaces(text, k, to);
    if (u == k) {
      return false;
    }
    for (String t : FR_TYPES) {
      if (text.startsWith(t, u)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a match can start: the base test ({@link #mayStartAtLoosely}) and, for a letter, a
   * condition every form starting with a letter needs (a start word followed by a space, a PO-box
   * word, or a street name followed by a space and a number).
   */
  @Override
  protected boolean mayStartAt(String text, int i) {
    return mayStart(text, i);
  }

  static boolean mayStart(String text, int i) {
    char c = text.charAt(i);
    if (isDigit(c)) {
      return mayStartAtLoosely(text, i);
    }
    // an ASCII letter starts a form only as a capital or as the first letter of a PO-box word
    if (c < 128 ? !(c >= 'A' && c <= 'Z' || c == 'p' || c == 'b' || c == 'a' || c == 'c') : !Character.isLetter(c)) {
      return false;
    }
    return letterFormMayStart(text, i) && mayStartAtLoosely(text, i);
  }

  /** The words that begin a form with their own space after them (the PO-box words aside). */
  private static final String[] START_WORDS = {"Am", "An der", "Auf dem", "Im", "In der", "Zum", "Zur", "Flat", "Apt",
      "Apartment", "Unit", "Suite", "Calle", "C/", "Avenida", "Avda.", "Paseo", "Plaza", "Carrer", "Via", "Viale",
      "Piazza", "Corso", "Vicolo", "Largo", "Rua"};

  /**
   * Necessary for every form that starts with a letter at {@code i}: a start word and a space (the
   * unit prefix, the German heads, the Spanish and Italian types), the start of a PO-box word, or
   * a name whose word ends with a German or Dutch ending, or is followed by a German street type,
   * and then a space and a digit. Loose (case-insensitive where the pattern is), never stricter
   * than the pattern.
   */
  private static final String[] NONE = {};

  private static boolean letterFormMayStart(String text, int i) {
    int n = text.length();
    char first = text.charAt(i);
    for (String w : first >= 'A' && first <= 'Z' ? START_WORDS : NONE) {
      if (w.charAt(0) == first && text.startsWith(w, i) && i + w.length() < n && isSpace(text.charAt(i + w.length()))) {
        return true;
      }
    }
    char c = Character.toLowerCase(text.charAt(i));
    char d = i + 1 < n ? Character.toLowerCase(text.charAt(i + 1)) : 0;
    if (c == 'p' && (d == '.' || d == 'o' || isSpace(d)) || c == 'b' && (d == '.' || d == 'p' || d == 'o' || isSpace(d))
        || c == 'a' && text.regionMatches(true, i, "apartado", 0, 8) || c == 'c' && text.regionMatches(true, i, "casella", 0, 7)) {
      return true;
    }
    int e = i;
    while (e < n && !isSpace(text.charAt(e))) {
      e++;
    }
    int s = StreetShapes.spaces(text, e, n);
    if (s == e || s >= n) {
      return false;
    }
    if (isDigit(text.charAt(s)) && endsWithEnding(text, i, e)) {
      return true;
    }
    for (String t : StreetTypes.GERMAN_SEPARATE) {
      if (t.charAt(0) == text.charAt(s) && text.startsWith(t, s)) {
        int f = s + t.length();
        int g = StreetShapes.spaces(text, f, n);
        if (g > f && g < n && isDigit(text.charAt(g))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The word {@code [i, e)} ends with a German or Dutch ending after at least one char, compared loosely without case. */
  private static boolean endsWithEnding(String text, int i, int e) {
    for (String ending : COMPOUND_ENDINGS) {
      int s = e - ending.length();
      if (s <= i) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < ending.length() && same; k++) {
        char c = text.charAt(s + k);
        same = (c == '\u017F' ? 's' : Character.toLowerCase(c)) == ending.charAt(k);
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  /** The base class's test of a possible start (before {@link #letterFormMayStart}). */
  static boolean mayStartAtLoosely(String text, int i) {
    char c = text.charAt(i);
    if (c >= '0' && c <= '9') {
      return numberMayStart(text, i); // "123 Main Street", "12, rue de la Paix"
    }
    if (!Character.isLetter(c)) {
      return false;
    }
    for (String s : LITERAL_STARTS) {
      if (text.startsWith(s, i)) {
        return true;
      }
    }
    if ((c == 'p' || c == 'P') && isPoBox(text, i)) {
      return true;
    }
    char lc = Character.toLowerCase(c);
    if (lc == 'p' || lc == 'b' || lc == 'a' || lc == 'c') { // the first letters of BOX_STARTS
      for (String s : BOX_STARTS) {
        if (text.regionMatches(true, i, s, 0, s.length())) {
          return true;
        }
      }
    }
    return (c >= 'A' && c <= 'Z' || Character.getType(c) == Character.UPPERCASE_LETTER)
        && (hasCompoundEnding(text, i) || twoWordStreet(text, i));
  }

  private static final String[] FR_TYPES = {"rue", "avenue", "av.", "boulevard", "bd", "place", "chemin", "allée",
      "impasse", "quai", "route", "cours"};

  /**
   * A house number can start a match only if it has at most six digits and is followed, after an
   * optional letter or "bis"/"ter" and an optional comma, by white space and then a capital (the
   * English forms) or a French street type.
   */
  private static boolean numberMayStart(String text, int i) {
    int n = text.length();
    int j = i;
    while (j < n && isDigit(text.charAt(j))) {
      j++;
    }
    if (j - i > 6) {
      return false;
    }
    // skip "[A-Za-z]?" or "\\s?(bis|ter)" and ",?": generously, any letters, one space and a comma
    if (j < n && isSpace(text.charAt(j)) && j + 1 < n && Character.isLetter(text.charAt(j + 1))
        && (text.startsWith("bis", j + 1) || text.startsWith("ter", j + 1))) {
      j++;
    }
    while (j < n && j - i < 12 && Character.isLetter(text.charAt(j))) {
      j++;
    }
    if (j < n && text.charAt(j) == ',') {
      j++;
    }
    if (j >= n || !isSpace(text.charAt(j))) {
      return false;
    }
    while (j < n && isSpace(text.charAt(j))) {
      j++;
    }
    if (j >= n) {
      return false;
    }
    char c = text.charAt(j);
    if (c >= 'A' && c <= 'Z' || Character.getType(c) == Character.UPPERCASE_LETTER) {
      return true;
    }
    for (String t : FR_TYPES) {
      if (text.startsWith(t, j)) {
        return true;
      }
    }
    return false;
  }

  /** {@code p\\.?\\s?o\\.?\\s?box}, case-insensitive. */
  private static boolean isPoBox(String text, int i) {
    int n = text.length();
    int j = i + 1;
    if (j < n && text.charAt(j) == '.') {
      j++;
    }
    if (j < n && isSpace(text.charAt(j))) {
      j++;
    }
    if (j >= n || (text.charAt(j) != 'o' && text.charAt(j) != 'O')) {
      return false;
    }
    j++;
    if (j < n && text.charAt(j) == '.') {
      j++;
    }
    if (j < n && isSpace(text.charAt(j))) {
      j++;
    }
    return text.regionMatches(true, j, "box", 0, 3);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** RE2's {@code \\s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** A name such as "Hauptstraße": one of the endings inside the run of letters, apostrophes, points and hyphens from {@code i}. */
  private static boolean hasCompoundEnding(String text, int i) {
    int end = i + 1;
    while (end < text.length()) {
      char c = text.charAt(end);
      if (!Character.isLetter(c) && c != '\'' && c != '.' && c != '-') {
        break;
      }
      end++;
    }
    for (int k = i + 1; k < end; k++) {
      for (String s : COMPOUND_ENDINGS) {
        // case-sensitive ("Dorpsweg"), except right after a hyphen ("Karl-Marx-Ring")
        if (text.startsWith(s, k) || text.charAt(k - 1) == '-' && text.regionMatches(true, k, s, 0, s.length())) {
          return true;
        }
      }
    }
    return false;
  }

  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("st", "ave", "rd", "blvd", "ln", "dr",
      "ct", "pl", "ter", "pkwy", "cir", "hwy", "sq", "trl");

  /**
   * A street line with a number and a street-type word is rarely anything else; its score is above
   * the name detector's usual reading of the street name as a person or place, which would
   * otherwise take the name out of the line.
   */
  private static final double SCORE = 0.9;

  /** The point at {@code end - 1} ends a sentence: the text ends, or a line break or a capital follows. */
  private static boolean endsSentence(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '"'
        || i > end && Character.isUpperCase(text.charAt(i));
  }

  /** " 120/80" after "BP": a blood pressure reading, the commonest "BP" of clinical text. */
  private static boolean pressureAfter(String text, int e) {
    int i = e;
    int n = text.length();
    while (i < n && i - e < 2 && (text.charAt(i) == ' ' || text.charAt(i) == ':')) {
      i++;
    }
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    return i < n && text.charAt(i) == '/';
  }

  /**
   * "BP 120/80", "bp 135": in clinical text "BP" is blood pressure; only a capital "BP" or "B.P."
   * not followed by a slash or a pressure unit is a French boîte postale.
   */
  private static boolean bloodPressure(String text, int start, int end) {
    char c = text.charAt(start);
    if (c != 'b' && c != 'B' || !text.regionMatches(true, start, "bp", 0, 2) && !text.regionMatches(true, start, "b.", 0, 2)
        || text.regionMatches(true, start, "boîte", 0, 5)) {
      return false;
    }
    if (c == 'b' || end < text.length() && text.charAt(end) == '/') {
      return true;
    }
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return text.regionMatches(true, i, "mm", 0, 2);
  }

  /** True if the word ending at {@code end} is an abbreviated English street type. */
  private static boolean abbreviationBefore(String text, int start, int end) {
    int s = end;
    while (s > start && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return ABBREVIATIONS.contains(text.substring(s, end).toLowerCase(java.util.Locale.ROOT));
  }

  private static final String[] SECOND_WORDS = {"Straße", "Strasse", "Str.", "Allee", "Weg", "Gasse", "Platz",
      "Ring", "Damm", "Chaussee"};

  /** "Berliner Straße": a word, one space, a German street type. */
  private static boolean twoWordStreet(String text, int i) {
    int j = i + 1;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    if (j + 1 >= text.length() || !isSpace(text.charAt(j)) || "SAWGPRDC".indexOf(text.charAt(j + 1)) < 0) {
      return false; // the first letters of SECOND_WORDS
    }
    for (String w : SECOND_WORDS) {
      if (text.startsWith(w, j + 1)) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected Finding score(String text, Match m) {
    return score(text, m.start(), m.end());
  }

  private Finding score(String text, int start, int matchEnd) {
    int end = matchEnd;
    // A trailing point after a full word ("Harbor Avenue.") ends the sentence and is left out; after
    // an abbreviated street type ("Oak Rd.", "Elm St., Boston") it belongs to the abbreviation.
    if (end > start && text.charAt(end - 1) == '.'
        && (!abbreviationBefore(text, start, end - 1) || endsSentence(text, end))) {
      end--;
    }
    if (bloodPressure(text, start, matchEnd)) {
      return null;
    }
    return finding(start, end, SCORE);
  }
}
