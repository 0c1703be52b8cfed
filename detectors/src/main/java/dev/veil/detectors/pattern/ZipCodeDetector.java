package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Labels;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Scan;
import dev.veil.detectors.internal.Words;
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

  public ZipCodeDetector() {
    super("zip-code", EntityType.ZIP_CODE,
        "\\b(\\d{5}(?:-\\d{4})?)\\b|\\b(\\d{4}\\s?[A-Z]{2})\\b|\\b([A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2})\\b");
  }

  @Override
  protected int minDigits() {
    return 4;
  }

  /**
   * A five-digit code is a run of exactly five digits; a Dutch one four digits then two capitals;
   * a UK postcode has a capital then a digit.
   */
  @Override
  protected boolean acceptWindow(String text, int from, int to) {
    // read off the text's digit runs (clipped to the window) instead of a pass over its chars
    Scan scan = Scan.of(text);
    for (int r = scan.firstDigitRunEndingAfter(from), n = scan.digitRunCount(); r < n; r++) {
      int s = Math.max(from, scan.digitRunStart(r));
      if (s >= to) {
        return false;
      }
      if (s - 1 >= from && isUpper(text.charAt(s - 1))) {
        return true; // a capital then a digit
      }
      int i = Math.min(to, scan.digitRunEnd(r));
      if (i - s == 5) {
        return true;
      }
      if (i - s == 4) {
        int j = i < to && text.charAt(i) == ' ' || i < to && "\t\n\f\r".indexOf(text.charAt(i)) >= 0 ? i + 1 : i;
        if (j + 1 < to && isUpper(text.charAt(j)) && isUpper(text.charAt(j + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  @Override
  protected int[] windows(String text) {
    return dev.veil.detectors.internal.Windows.aroundDigitsShared(text, 4, 4);
  }

  @Override
  protected Finding score(String text, Match m) {
    int s = m.start();
    int e = m.end();
    if (Context.insideLongerNumber(text, s, e)) {
      return null;
    }
    String[] labels = LABELS.forLanguage(m.context().language());
    if (Labels.precede(text, s, labels)) {
      return finding(s, e, 0.85).withAttribute(Finding.CONTEXT, "label");
    }
    if (m.group(1) != null && afterState(text, s)) {
      return finding(s, e, 0.85).withAttribute(Finding.COUNTRY, "US");
    }
    int nl = newlineBefore(text, s, 120); // bounded: lastIndexOf would scan a long line to its start
    int lineStart = nl >= s - 80 ? nl + 1 : Math.max(0, s - 80);
    if (Context.within(text, lineStart, s, ADDRESS_WORDS.forLanguage(m.context().language()))
        || Context.within(text, Math.max(0, s - 120), s, ADDRESS_WORDS.forLanguage(m.context().language()))
        && nl > s - 120) {
      return finding(s, e, m.group(1) != null ? 0.75 : 0.7).withAttribute(Finding.CONTEXT, "address");
    }
    return null;
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
    return Context.within(text, Math.max(0, p - 15), p, STATE_NAMES) && p > 0 && Character.isLetter(text.charAt(p - 1));
  }
}
