package dev.veil.detectors.health;

import com.google.re2j.Pattern;
import dev.veil.detectors.internal.AhoCorasick;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Scan;
import java.util.ArrayList;
import java.util.List;

/**
 * The pattern half of the health detector: ICD-10 / ICD-10-CM codes (only next to a word that
 * says "code" or "diagnosis", since {@code B12} or {@code E10} alone are vitamins and roads) and
 * lab values with a unit ("HbA1c 7.2%", "eGFR 45 mL/min", "LDL 3.1 mmol/L"). RE2/J, linear time;
 * both passes are skipped when the text has no digit.
 *
 * <p>Stateless and thread-safe.
 */
final class ClinicalPatterns {

  /** A pattern hit: span and kind ({@code icd10} or {@code lab}) and whether context confirmed it. */
  record Hit(int start, int end, String kind, boolean confirmed) {}


  private static final String[] ICD_CONTEXT = {
      "icd", "icd-10", "icd10", "icd-10-cm", "icd-10-gm", "cim-10", "cie-10", "dx", "diagnosis",
      "diagnoses", "diagnosed", "code", "codes", "coded", "diagnose", "diagnosen", "diagnostic",
      "diagnóstico", "diagnosi", "pmh", "hx", "assessment", "billing"};

  private static final String UNITS = "%|mmol/mol|mmol/l|mg/dl|ml/min(?:/1[.,]73\\s?m(?:2|²))?"
      + "|g/dl|g/l|mg/l|[µu]mol/l|umol/l|miu/l|mu/l|[µu]iu/ml|ng/ml|ng/l|pg/ml|u/l|iu/l|meq/l"
      + "|mmhg|x\\s?10\\^?9/l|x\\s?10\\^?12/l|k/[µu]l|/[µu]l|/mm3|copies/ml|cells/mm3|bpm"
      + "|kg/m2|kg/m²";

  /**
   * What follows an analyte's name (found by the automaton below): an optional qualifier, filler
   * words, a value and a unit. The specification of {@link LabTail#lab}, which matches it without
   * RE2/J (and is tested against it).
   */
  // "^": anchored, so RE2/J's lookingAt stops where the match fails instead of stepping to the window's end
  static final Pattern LAB_TAIL = Pattern.compile("^(?i)(?:-c|s|\\s[it]\\b|\\s+count|uration"
      + "|\\s+levels?)?(?:\\s*(?:level|value|result|count|was|is|of|=|:|at|now|today|about|~))*\\s*"
      + "[<>≤≥]?\\s*\\d{1,4}(?:[.,]\\d{1,2})?(?:\\s*/\\s*\\d{1,3})?\\s*(?:" + UNITS + ")"
      + "(?:[^A-Za-z0-9]|$)");
  /** Unitless ratios (INR, pH): a value right after the name. Specification of {@link LabTail#ratio}. */
  static final Pattern RATIO_TAIL =
      Pattern.compile("^(?i)\\s*(?:of|was|is|=|:)?\\s*\\d(?:[.,]\\d{1,2})?(?:[^0-9A-Za-z]|$)");
  private static final java.util.Set<String> RATIOS = java.util.Set.of("inr", "ph", "fev1/fvc");

  /** Literal starts of the analytes above: the automaton finds where a lab value may begin. */
  static final List<String> ANALYTE_STARTS = List.of(
      "hba1c", "hb a1c", "a1c", "gfr", "egfr", "ldl", "hdl", "total cholesterol", "cholesterol",
      "triglyceride", "creatinine", "serum creatinine", "hemoglobin", "haemoglobin", "hgb", "hb",
      "fasting glucose", "blood glucose", "glucose", "blood sugar", "tsh", "free t4", "ft4",
      "inr", "psa", "crp", "esr", "alt", "ast", "alp", "bilirubin", "bnp", "nt-probnp",
      "troponin", "potassium", "sodium", "k+", "na+", "wbc", "white blood cell", "platelet",
      "plt", "ferritin", "vitamin d", "25-oh d", "vitamin b12", "b12", "folate", "albumin", "urea",
      "bun", "uric acid", "lactate", "d-dimer", "cd4", "viral load", "spo2", "o2 sat",
      "oxygen saturation", "heart rate", "pulse", "hr", "blood pressure", "bp", "bmi",
      "blutzucker", "blutdruck", "glycémie", "tension artérielle", "glucemia", "presión arterial",
      "pressione arteriosa", "bloedsuiker", "bloeddruk", "ph", "fev1/fvc");

  /** Longest window a lab value spans from its analyte's first letter. */
  private static final int LAB_WINDOW = 90;

  private ClinicalPatterns() {}

  static List<Hit> find(String text) {
    if (Scan.of(text).digitRunCount() == 0) {
      return List.of();
    }
    List<Hit> out = new ArrayList<>();
    // RE2/J over the whole text with this alternation costs milliseconds per 2 KB; instead the
    // automaton finds analyte names and the pattern runs anchored on a short window at each
    // the analyte names are scanned together with the bundled lexicons (BundledLexicons)
    List<int[]> starts = new ArrayList<>();
    Lexicon.Hits hits = BundledLexicons.scan().hits(text);
    int first = BundledLexicons.analyteOffset();
    for (int k = 0; k < hits.size; k++) {
      int p = hits.patterns[k] - first;
      int s = hits.starts[k];
      if (p >= 0 && p < ANALYTE_STARTS.size()
          && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))) {
        starts.add(new int[] {s, hits.ends[k]});
      }
    }
    starts.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    int lastEnd = -1;
    int lastStart = -1;
    for (int[] st : starts) {
      if (st[0] < lastEnd || st[0] == lastStart) {
        continue;
      }
      lastStart = st[0];
      int windowEnd = Math.min(text.length(), st[1] + LAB_WINDOW);
      if (!mayStartTail(text, st[1], windowEnd)) {
        continue; // "ast" in "asthma", "hr" in "three": no value can follow
      }
      String name = AhoCorasick.fold(text.substring(st[0], st[1]));
      boolean ratio = RATIOS.contains(name);
      if (!ratio && !mayHaveUnit(text, st[1], windowEnd)) {
        continue;
      }
      // LabTail ends where RE2/J's lookingAt of the pattern on text[st[1], windowEnd) ends
      int end = ratio ? LabTail.ratio(text, st[1], windowEnd) : LabTail.lab(text, st[1], windowEnd);
      if (end < 0) {
        continue;
      }
      while (end > st[0] && !Character.isLetterOrDigit(text.charAt(end - 1))
          && text.charAt(end - 1) != '%' && text.charAt(end - 1) != '²') {
        end--;
      }
      out.add(new Hit(st[0], end, "lab", true));
      lastEnd = end;
    }
    // a hand-written scanner: an unanchored RE2/J search with \\b costs hundreds of µs per 2 KB.
    // A code is a capital then a digit, so only a digit after a capital is looked at; a code found
    // ends before a char that is no letter, so the next code starts after it.
    // The digit after the capital starts a maximal digit run, so only run starts are looked at
    // (the shared scan has them).
    int from = 0;
    Scan scan = Scan.of(text);
    for (int k = 0, runs = scan.digitRunCount(), n = text.length(); k < runs; k++) {
      int j = scan.digitRunStart(k);
      if (j < 1 || j + 1 >= n) {
        continue;
      }
      int i = j - 1;
      char c = text.charAt(i);
      if (i < from || c < 'A' || c > 'Z') {
        continue;
      }
      int end = icdEnd(text, i);
      if (end < 0) {
        continue;
      }
      boolean context = Context.near(text, i, end, ICD_CONTEXT);
      boolean dotted = end - i > 3;
      if (context || dotted) {
        out.add(new Hit(i, end, "icd10", context));
      }
      from = end + 1;
    }
    return out;
  }

  /**
   * End of an ICD-10-shaped code at {@code i}, or -1: chapter letter (not U), digit, digit or
   * A/B, then optionally a dot and 1-4 digits or capitals; delimited on both sides.
   */
  static int icdEnd(String t, int i) {
    int n = t.length();
    char c = t.charAt(i);
    if (c < 'A' || c > 'Z' || c == 'U' || (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)))) {
      return -1;
    }
    if (!isDigit(t.charAt(i + 1))) {
      return -1;
    }
    char third = t.charAt(i + 2);
    if (!isDigit(third) && third != 'A' && third != 'B') {
      return -1;
    }
    int end = i + 3;
    if (end + 1 < n && t.charAt(end) == '.' && isCodeChar(t.charAt(end + 1))) {
      int j = end + 1;
      while (j < n && j - end - 1 < 4 && isCodeChar(t.charAt(j))) {
        j++;
      }
      end = j;
    }
    if (end < n && Character.isLetterOrDigit(t.charAt(end))) {
      return -1;
    }
    return end;
  }

  /**
   * False when neither tail pattern can match at {@code at}: its first char can start none of
   * their parts (qualifier, filler word, comparison, value), or no digit follows within the window.
   */
  private static boolean mayStartTail(String text, int at, int windowEnd) {
    if (at >= windowEnd) {
      return false;
    }
    char c = Character.toLowerCase(text.charAt(at));
    if (TAIL_STARTS.indexOf(c) < 0 && !isDigit(c)) {
      return false;
    }
    for (int i = at; i < windowEnd; i++) {
      if (isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * False when LAB_TAIL cannot match: no part before its value holds a digit, so the value is the
   * first digit run of the window, and after it (a decimal part, a "/ 82" denominator, spaces) a
   * unit must start. Generous: only a char that starts no unit rules it out.
   */
  private static boolean mayHaveUnit(String text, int from, int to) {
    int i = from;
    while (i < to && !isDigit(text.charAt(i))) {
      i++;
    }
    int digits = 0;
    while (i < to && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (digits == 0 || digits > 4) {
      return false;
    }
    if (i + 1 < to && (text.charAt(i) == '.' || text.charAt(i) == ',') && isDigit(text.charAt(i + 1))) {
      i++;
      while (i < to && isDigit(text.charAt(i))) {
        i++;
      }
    }
    i = skipSpaces(text, i, to);
    if (i < to && text.charAt(i) == '/') {
      int j = skipSpaces(text, i + 1, to);
      if (j < to && isDigit(text.charAt(j))) {
        while (j < to && isDigit(text.charAt(j))) {
          j++;
        }
        i = skipSpaces(text, j, to);
      } else {
        return true; // a unit such as "/µl" or "/mm3"
      }
    }
    return i < to && UNIT_STARTS.indexOf(Character.toLowerCase(text.charAt(i))) >= 0;
  }

  private static int skipSpaces(String text, int i, int to) {
    while (i < to && " \t\n\f\r".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** First chars of the units (lower case; with the chars RE2's case folding equates with them). */
  private static final String UNIT_STARTS = "%/mgunpixkcbµμ\u212a";

  /** First chars of the parts of LAB_TAIL and RATIO_TAIL (lower case; RE2's \\s; ſ folds to s). */
  private static final String TAIL_STARTS = "-suſlvrcwioant=:~<>≤≥ \t\n\f\r";

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isCodeChar(char c) {
    return isDigit(c) || (c >= 'A' && c <= 'Z');
  }

}
