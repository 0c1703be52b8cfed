package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Labels;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Scan;
import dev.veil.detectors.internal.WordFinder;
import dev.veil.detectors.internal.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Postal codes (Safe Harbor identifier B). Five digits are everywhere, so a code is reported only
 * with evidence: a label ("ZIP", "PLZ", "code postal"), a US state right before it ("IL 62704",
 * "Illinois 62704"), or a street address within the preceding line. Covers US ZIP and ZIP+4,
 * five-digit European codes, Dutch "1234 AB" and UK postcodes.
 */
public final class ZipCodeDetector extends PatternDetector {
  static final Words LABELS = Words.en("zip", "zip code", "zipcode", "postal code", "postcode", "post code")
      .de("plz", "postleitzahl").fr("code postal", "cp").es("código postal", "cp").it("cap", "codice postale")
      .nl("postcode").build();
  static final Words ADDRESS_WORDS = Words.en("street", "st", "avenue", "ave", "road", "rd", "blvd", "lane", "drive",
      "dr", "court", "way", "apt", "suite", "box", "address", "lives", "resides", "straße", "strasse", "str",
      "weg", "rue", "avenue", "calle", "via", "piazza", "straat", "laan", "plein", "adresse", "dirección",
      "indirizzo", "adres", "wohnhaft", "domicilié", "domicilio").build();
  /** The English list (every language's, as no other is given), and its finder. */
  private static final String[] ADDRESS_EN = ADDRESS_WORDS.forLanguage(java.util.Locale.ENGLISH);
  private static final WordFinder ADDRESS_FINDER = new WordFinder(ADDRESS_EN);
  private static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI",
      "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
      "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
      "WV", "WI", "WY", "DC", "PR", "GU", "VI");
  private static final String[] STATE_NAMES = {"alabama", "alaska", "arizona", "arkansas", "california", "colorado",
      "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
      "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
      "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
      "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
      "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
      "west virginia", "wisconsin", "wyoming"};
  private static final WordFinder STATE_FINDER = new WordFinder(STATE_NAMES);

  /** The codes; {@link PostalShapes} matches them by hand, this is its reference. */
  static final String PATTERN =
      "\\b(\\d{5}(?:-\\d{4})?)\\b|\\b(\\d{4}\\s?[A-Z]{2})\\b|\\b([A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2})\\b";

  public ZipCodeDetector() {
    super("zip-code", EntityType.ZIP_CODE, PATTERN);
  }

  /**
   * The pattern's matches in the digit windows, found by {@link PostalShapes} at the digit runs
   * instead of by RE2/J's search over every char, then scored as {@link #score} does.
   */
  @Override
  public List<Finding> detect(DetectorInput input) {
    String text = input.text();
    if (text.isEmpty()) {
      return List.of();
    }
    int[] w = windows(text);
    Scan scan = Scan.of(text);
    List<Finding> out = null;
    int[] g = new int[8];
    for (int k = 0; k + 1 < w.length; k += 2) {
      int from = w[k];
      int to = w[k + 1];
      int pos = from;
      while (pos < to && PostalShapes.find(text, scan, from, to, pos, g) >= 0) {
        Finding f = score(text, g[0], g[1], g[2] >= 0, input.context());
        if (f != null) {
          out = out == null ? new ArrayList<>() : out;
          out.add(f);
        }
        pos = g[1];
      }
    }
    return out == null ? List.of() : out;
  }

  @Override
  protected int[] windows(String text) {
    return dev.veil.detectors.internal.Windows.aroundDigitsShared(text, 4, 4);
  }

  /** Scores a match of the RE2/J {@link #PATTERN}; {@link #detect} finds them with {@link PostalShapes}. */
  @Override
  protected Finding score(String text, Match m) {
    return score(text, m.start(), m.end(), m.group(1) != null, m.context());
  }

  /** Scores the code at {@code [s, e)}; {@code fiveDigits} if it is the first form (US, five digits). */
  private Finding score(String text, int s, int e, boolean fiveDigits, GuardContext context) {
    if (Context.insideLongerNumber(text, s, e)) {
      return null;
    }
    String[] labels = LABELS.forLanguage(context.language());
    if (Labels.precede(text, s, labels)) {
      return finding(s, e, 0.85).withAttribute(Finding.CONTEXT, "label");
    }
    if (fiveDigits && afterState(text, s)) {
      return finding(s, e, 0.85).withAttribute(Finding.COUNTRY, "US");
    }
    int nl = newlineBefore(text, s, 120); // bounded: lastIndexOf would scan a long line to its start
    int lineStart = nl >= s - 80 ? nl + 1 : Math.max(0, s - 80);
    String[] addressWords = ADDRESS_WORDS.forLanguage(context.language());
    if (within(text, lineStart, s, addressWords)
        || nl > s - 120 && within(text, Math.max(0, s - 120), s, addressWords)) {
      return finding(s, e, fiveDigits ? 0.75 : 0.7).withAttribute(Finding.CONTEXT, "address");
    }
    return null;
  }

  /** {@code Context.within} by the finder of the address words when they are the list asked for. */
  private static boolean within(String text, int from, int to, String[] words) {
    return words == ADDRESS_EN ? ADDRESS_FINDER.within(text, from, to) : Context.within(text, from, to, words);
  }

  /** The last newline in {@code [s - max, s)}, or -1. */
  private static int newlineBefore(String text, int s, int max) {
    for (int i = s - 1; i >= Math.max(0, s - max); i--) {
      if (text.charAt(i) == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static boolean afterState(String text, int s) {
    int p = s;
    while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == ',')) {
      p--;
    }
    if (p >= 2 && STATES.contains(text.substring(p - 2, p))
        && (p == 2 || !Character.isLetter(text.charAt(p - 3)))) {
      return true;
    }
    return p > 0 && Character.isLetter(text.charAt(p - 1)) && STATE_FINDER.within(text, Math.max(0, p - 15), p);
  }
}
