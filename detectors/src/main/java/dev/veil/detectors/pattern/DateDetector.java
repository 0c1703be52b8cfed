package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.GuardContext;
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

  /** The numeric forms; {@link DateShapes#numericAt} matches them by hand, this is its reference. */
  static final String NUMERIC = ""
      // 1-3: ISO year-month-day
      + "\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b"
      // 4-8: numeric d/m/y or m/d/y
      + "|\\b(\\d{1,2})([/.-])(\\d{1,2})([/.-])(\\d{4}|\\d{2})\\b"
      // 9-10: short m/d
      + "|\\b(\\d{1,2})/(\\d{1,2})\\b";
  /** The forms with a month name; {@link DateShapes#findNamed} matches them by hand, this is its reference. */
  static final Pattern NAMED = Pattern.compile("(?i)"
      // 1-3: day month [year]
      + "\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?\\s*(?:of\\s+|de\\s+)?(" + MONTH + ")\\.?(?:,?\\s+(?:de\\s+)?(\\d{4}))?\\b"
      // 4-6: month day[th] [, year]
      + "|\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b"
      // 7-8: month year
      + "|\\b(" + MONTH + ")\\.?\\s+(\\d{4})\\b");
  /** The month names in the order of the patterns' alternation. */
  static final List<String> MONTH_NAMES = List.of(MONTH.split("\\|"));
  static final DateShapes SHAPES = new DateShapes(MONTH_NAMES);
  private static final dev.veil.detectors.internal.Keywords MONTH_KEYWORDS =
      dev.veil.detectors.internal.Keywords.of(MONTHS.keySet().toArray(new String[0]));

  public DateDetector() {
    super("date", EntityType.DATE, NUMERIC);
  }

  /**
   * The numeric forms are tried at the first digit of every digit run of the shared digit windows
   * ({@code \\b} before it, within its window), the named forms searched in the windows around the
   * month names that hold a digit; both with the hand-written matchers of {@link DateShapes}, which
   * give the matches the RE2/J patterns give there.
   */
  @Override
  public List<Finding> detect(DetectorInput input) {
    String text = input.text();
    List<Finding> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    GuardContext context = input.context();
    int[] g = new int[22];
    numeric(text, context, g, out);
    int[] named = withDigits(text, Windows.aroundKeywords(text, 8, 14, MONTH_KEYWORDS));
    for (int k = 0; k + 1 < named.length; k += 2) {
      int from = named[k];
      int to = named[k + 1];
      int pos = from;
      while (pos < to && SHAPES.findNamed(text, from, to, pos, g) >= 0) {
        int s = g[0];
        int e = g[1];
        double score = namedScore(text, g);
        if (score > 0 && !Context.insideLongerNumber(text, s, e)) {
          out.add(finding(s, e, score));
        }
        pos = Math.max(e, s + 1);
      }
    }
    return out;
  }

  /**
   * The numeric forms, visited as the base class's anchored search visits them: at each digit run
   * of a window with {@code \\b} before it (within the window), the next try after a match's end.
   */
  private void numeric(String text, GuardContext context, int[] g, List<Finding> out) {
    int[] w = Windows.aroundDigitsShared(text, WINDOW, WINDOW);
    Scan scan = Scan.of(text);
    int runs = scan.digitRunCount();
    for (int k = 0; k + 1 < w.length; k += 2) {
      int from = w[k];
      int to = w[k + 1];
      int i = from;
      for (int r = scan.firstDigitRunEndingAfter(from); r < runs; ) {
        int c = Math.max(from, scan.digitRunStart(r));
        if (c >= to) {
          break;
        }
        if (c < i) {
          r++;
          continue;
        }
        if ((c == from || !DateShapes.isWord(text.charAt(c - 1))) && mayStartAt(text, c)) {
          int end = DateShapes.numericAt(text, c, to, g);
          if (end >= 0) {
            g[0] = c;
            g[1] = end;
            Finding f = numericScore(text, g, context);
            if (f != null) {
              out.add(f);
            }
            i = Math.max(end, c + 1);
            continue;
          }
        }
        i = c + 1;
        r++;
      }
    }
  }

  private static double namedScore(String text, int[] g) {
    double score;
    if (g[4] >= 0) {
      score = dayMonth(num(text, g, 1), text.substring(g[4], g[5]), text, g, 3);
    } else if (g[8] >= 0) {
      score = dayMonth(num(text, g, 5), text.substring(g[8], g[9]), text, g, 6);
      if (g[9] - g[8] == 3 && (text.startsWith("may", g[8]) || text.startsWith("mar", g[8]))) {
        score -= 0.2; // "may 5 patients"
      }
    } else {
      int y = num(text, g, 8);
      score = y >= 1850 && y <= 2150 ? 0.75 : 0;
    }
    return score;
  }

  /** Scores a match of the RE2/J pattern of the numeric forms (groups as in {@link #NUMERIC}); {@link #detect} uses the hand-written matcher. */
  @Override
  protected Finding score(String text, Match m) {
    int[] g = new int[22];
    for (int k = 0; k <= 10; k++) {
      g[2 * k] = m.start(k);
      g[2 * k + 1] = m.end(k);
    }
    return numericScore(text, g, m.context());
  }

  private Finding numericScore(String text, int[] g, GuardContext context) {
    int s = g[0];
    int e = g[1];
    if (Context.insideLongerNumber(text, s, e) || (s > 0 && text.charAt(s - 1) == '/')
        || (e < text.length() && (text.charAt(e) == '/' || text.charAt(e) == '%'))) {
      return null;
    }
    double score;
    if (g[2] >= 0) {
      int y = num(text, g, 1);
      score = y >= 1850 && y <= 2150 && Digits.plausibleDate(y, num(text, g, 2), num(text, g, 3)) ? 0.9 : 0;
    } else if (g[8] >= 0) {
      if (text.charAt(g[10]) != text.charAt(g[14])) {
        return null;
      }
      int a = num(text, g, 4);
      int b = num(text, g, 6);
      boolean twoDigitYear = g[17] - g[16] == 2;
      int y = twoDigitYear ? 2000 + num(text, g, 8) : num(text, g, 8);
      boolean ok = Digits.plausibleDate(y, a, b) || Digits.plausibleDate(y, b, a);
      score = ok && (!twoDigitYear ? y >= 1850 && y <= 2150 : true) ? 0.9 : 0;
      if (ok && twoDigitYear && text.charAt(g[10]) == '.') {
        score = 0.7; // 1.2.24 could be a version number
      }
    } else {
      int a = num(text, g, 9);
      int b = num(text, g, 10);
      boolean ok = Digits.plausibleDate(2000, a, b) || Digits.plausibleDate(2000, b, a);
      boolean twoDigits = g[19] - g[18] == 2 && g[21] - g[20] == 2;
      score = !ok ? 0 : twoDigits ? 0.55 : 0.35;
      if (ok && Context.near(text, s, e, CONTEXT.forLanguage(context.language()))) {
        score += 0.3;
      }
    }
    if (score <= 0) {
      return null;
    }
    return finding(s, e, score);
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

  /** The score of a day and month name, with the year of group {@code yearGroup} if it took part. */
  private static double dayMonth(int day, String month, String text, int[] g, int yearGroup) {
    Integer mm = MONTHS.get(month.toLowerCase(Locale.ROOT));
    if (mm == null) {
      return 0;
    }
    boolean year = g[2 * yearGroup] >= 0;
    int y = year ? num(text, g, yearGroup) : 2000;
    if (!Digits.plausibleDate(y, mm, day)) {
      return 0;
    }
    return year ? 0.92 : 0.8;
  }

  /** Group {@code group} (ASCII digits) as a number. */
  private static int num(String text, int[] g, int group) {
    int v = 0;
    for (int i = g[2 * group], e = g[2 * group + 1]; i < e; i++) {
      v = v * 10 + (text.charAt(i) - '0');
    }
    return v;
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
