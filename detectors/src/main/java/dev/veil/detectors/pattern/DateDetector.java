package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import com.google.re2j.Pattern;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Windows;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Scan;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.validate.Digits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dates (Safe Harbor identifier C): {@code 03/14/1951}, {@code 14.03.1951}, {@code 2025-02-02},
 * {@code Feb 2, 2025}, {@code 2 February 2025}, {@code 4. März 2025}, {@code June 4th}, {@code
 * February 2025} and the short {@code 11/02}. Month names in English, German, French, Spanish,
 * Italian and Dutch. Every form is checked to be a calendar date (day within the month, either
 * day-month or month-day order). A year alone is not reported (Safe Harbor keeps years).
 */
public final class DateDetector extends PatternDetector {
  private static final Map<String, Integer> MONTHS = months();
  private static final String MONTH = monthAlternation();

  static final Words CONTEXT = Words.en("dob", "d.o.b", "date of birth", "born", "birthday", "birth date", "birthdate",
          "admitted", "admission", "discharged", "discharge", "seen", "visit", "date", "on", "since", "deceased",
          "died", "death", "surgery", "appointment")
      .de("geboren", "geb", "geburtsdatum", "aufnahme", "entlassung", "datum", "am", "seit", "verstorben", "termin")
      .fr("né le", "née le", "date de naissance", "le", "admis", "sortie", "depuis", "rendez-vous", "décédé")
      .es("fecha de nacimiento", "nacido", "nacida", "fecha", "el", "ingreso", "alta", "desde", "cita")
      .it("data di nascita", "nato", "nata", "data", "il", "ricovero", "dimissione", "dal", "appuntamento")
      .nl("geboortedatum", "geboren", "datum", "op", "opname", "ontslag", "sinds", "afspraak")
      .build();

  private static final Pattern NAMED = Pattern.compile("(?i)"
      // 1-3: day month [year]
      + "\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?\\s*(?:of\\s+|de\\s+)?(" + MONTH + ")\\.?(?:,?\\s+(?:de\\s+)?(\\d{4}))?\\b"
      // 4-6: month day[th] [, year]
      + "|\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b"
      // 7-8: month year
      + "|\\b(" + MONTH + ")\\.?\\s+(\\d{4})\\b");
  private static final dev.veil.detectors.internal.Keywords MONTH_KEYWORDS =
      dev.veil.detectors.internal.Keywords.of(MONTHS.keySet().toArray(new String[0]));

  public DateDetector() {
    super("date", EntityType.DATE, ""
        // 1-3: ISO year-month-day
        + "\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b"
        // 4-8: numeric d/m/y or m/d/y
        + "|\\b(\\d{1,2})([/.-])(\\d{1,2})([/.-])(\\d{4}|\\d{2})\\b"
        // 9-10: short m/d
        + "|\\b(\\d{1,2})/(\\d{1,2})\\b");
  }

  @Override
  protected int minDigits() {
    return 2;
  }

  // No windowKeywords: acceptWindow asks for a digit, a separator and a digit, which implies the
  // window holds one of the separators (the keyword look-up per window cost more than the test).

  @Override
  public List<Finding> detect(DetectorInput input) {
    String text = input.text();
    List<Finding> out = new ArrayList<>(super.detect(input));
    int[] named = withDigits(text, Windows.aroundKeywords(text, 8, 14, MONTH_KEYWORDS));
    forEachMatch(NAMED, text, named, input.context(), m -> {
      double score;
      if (m.group(2) != null) {
        score = dayMonth(num(m.group(1)), m.group(2), m.group(3));
      } else if (m.group(4) != null) {
        score = dayMonth(num(m.group(5)), m.group(4), m.group(6));
        if (m.group(4).equals("may") || m.group(4).equals("mar")) {
          score -= 0.2; // "may 5 patients"
        }
      } else {
        int y = num(m.group(8));
        score = y >= 1850 && y <= 2150 ? 0.75 : 0;
      }
      if (score > 0 && !Context.insideLongerNumber(text, m.start(), m.end())) {
        out.add(finding(m.start(), m.end(), score));
      }
    });
    return out;
  }

  @Override
  protected Finding score(String text, Match m) {
    int s = m.start();
    int e = m.end();
    if (Context.insideLongerNumber(text, s, e) || (s > 0 && text.charAt(s - 1) == '/')
        || (e < text.length() && (text.charAt(e) == '/' || text.charAt(e) == '%'))) {
      return null;
    }
    double score;
    if (m.group(1) != null) {
      int y = num(m.group(1));
      score = y >= 1850 && y <= 2150 && Digits.plausibleDate(y, num(m.group(2)), num(m.group(3))) ? 0.9 : 0;
    } else if (m.group(4) != null) {
      if (!m.group(5).equals(m.group(7))) {
        return null;
      }
      int a = num(m.group(4));
      int b = num(m.group(6));
      int y = m.group(8).length() == 2 ? 2000 + num(m.group(8)) : num(m.group(8));
      boolean ok = Digits.plausibleDate(y, a, b) || Digits.plausibleDate(y, b, a);
      score = ok && (m.group(8).length() == 4 ? y >= 1850 && y <= 2150 : true) ? 0.9 : 0;
      if (ok && m.group(8).length() == 2 && m.group(5).equals(".")) {
        score = 0.7; // 1.2.24 could be a version number
      }
    } else {
      int a = num(m.group(9));
      int b = num(m.group(10));
      boolean ok = Digits.plausibleDate(2000, a, b) || Digits.plausibleDate(2000, b, a);
      boolean twoDigits = m.group(9).length() == 2 && m.group(10).length() == 2;
      score = !ok ? 0 : twoDigits ? 0.55 : 0.35;
      if (ok && Context.near(text, s, e, CONTEXT.forLanguage(m.context().language()))) {
        score += 0.3;
      }
    }
    if (score <= 0) {
      return null;
    }
    return finding(s, e, score);
  }

  /**
   * Every numeric form has a digit, a separator and a digit: with '/' that may be the short m/d;
   * otherwise a second separator follows the second number (d.m.y, m-d-y, y-m-d).
   */
  @Override
  protected boolean acceptWindow(String text, int from, int to) {
    // the digit before the separator ends a digit run: read the text's runs, not its chars
    Scan scan = Scan.of(text);
    for (int r = scan.firstDigitRunEndingAfter(from), n = scan.digitRunCount(); r < n; r++) {
      int e = scan.digitRunEnd(r);
      if (e + 1 >= to) {
        return false;
      }
      char sep = text.charAt(e);
      if ((sep != '/' && sep != '.' && sep != '-') || !isDigit(text.charAt(e + 1))) {
        continue;
      }
      if (sep == '/') {
        return true;
      }
      int j = scan.digitRunEnd(r + 1); // the run starting at e + 1
      j = Math.min(j, to);
      if (j + 1 < to && isSeparator(text.charAt(j)) && isDigit(text.charAt(j + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Every numeric form starts with \\b and a number; try the pattern only at such numbers. */
  @Override
  protected boolean anchoredStarts() {
    return true;
  }

  /** Every numeric form starts with a digit (see {@link #mayStartAt}). */
  @Override
  protected boolean startsAtDigits() {
    return true;
  }

  /** One or two digits (d/m/y, m/d) or four (y-m-d), then a separator and a digit. */
  @Override
  protected boolean mayStartAt(String text, int i) {
    int j = i;
    while (j < text.length() && isDigit(text.charAt(j))) {
      j++;
    }
    int len = j - i;
    return (len >= 1 && len <= 2 || len == 4) && j + 1 < text.length() && isSeparator(text.charAt(j))
        && isDigit(text.charAt(j + 1));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSeparator(char c) {
    return c == '/' || c == '.' || c == '-';
  }

  /** The windows that hold a digit (every named form has a day or a year). */
  private static int[] withDigits(String text, int[] w) {
    int k = 0;
    for (int i = 0; i + 1 < w.length; i += 2) {
      if (Windows.digits(text, w[i], w[i + 1]) > 0) {
        w[k++] = w[i];
        w[k++] = w[i + 1];
      }
    }
    return k == w.length ? w : java.util.Arrays.copyOf(w, k);
  }

  private static double dayMonth(int day, String month, String year) {
    Integer mm = MONTHS.get(month.toLowerCase(Locale.ROOT));
    if (mm == null) {
      return 0;
    }
    int y = year == null ? 2000 : num(year);
    if (!Digits.plausibleDate(y, mm, day)) {
      return 0;
    }
    return year == null ? 0.8 : 0.92;
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari"},
      {"february", "feb", "februar", "février", "févr", "fév", "fevrier", "febrero", "febbraio", "februari"},
      {"march", "mar", "märz", "mär", "mrz", "maerz", "mars", "marzo", "maart", "mrt"},
      {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
      {"may", "mai", "mayo", "maggio", "mag", "mei"},
      {"june", "jun", "juni", "juin", "junio", "giugno", "giu"},
      {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug"},
      {"august", "aug", "août", "aout", "agosto", "ago", "augustus"},
      {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set"},
      {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott"},
      {"november", "nov", "novembre", "noviembre"},
      {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre"},
    };
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return Map.copyOf(m);
  }

  private static String monthAlternation() {
    // longest first, so "sept" is not cut to "sep"
    return String.join("|", MONTHS.keySet().stream()
        .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b)).toList());
  }
}
