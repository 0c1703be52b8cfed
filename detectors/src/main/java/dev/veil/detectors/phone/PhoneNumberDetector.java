package dev.veil.detectors.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.label.LabelWords;
import dev.veil.detectors.label.NearestLabel;
import dev.veil.detectors.label.Nearby;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Telephone and fax numbers (Safe Harbor identifiers D and E), validated by Google libphonenumber
 * with the checks of {@link PhoneNumberUtil#findNumbers} at {@link PhoneNumberUtil.Leniency#VALID}:
 * a valid number of its region ({@link PhoneNumberUtil#isValidNumber}), written nationally with the
 * national prefix where the region's format requires it, not a date or time stamp, not glued to
 * letters. Numbers without a country code are read in the request's {@link
 * dev.veil.GuardContext#phoneRegion()}.
 *
 * <p>libphonenumber only sees short candidates: runs of digit groups and phone punctuation with at
 * least seven digits ({@link PhoneCandidates}, one pass over the text). A run is validated as one
 * number directly from its digits ({@link PhoneValidator}, no text parsing); if it is not one, the
 * longest stretches of whole digit groups are tried from left to right, as {@code findNumbers}
 * does, at most {@value #MAX_TRIES} per run. The cost is linear in the text and, for text without
 * phone-like digit runs, a single scan.
 *
 * <p>Scores, so that an ID-like number without context stays below the default threshold 0.5:
 * <ul>
 *   <li>0.92 with a context word nearby ("phone", "tel", "fax", "Telefon", "téléphone"...), 0.96 if
 *       it is also written with a country code (two independent signs, stronger than a card
 *       number's Luhn check on the same thirteen digits);
 *   <li>0.85 written with a {@code +} country code (or a spoken "plus");
 *   <li>0.75 written in groups ("415-823-4410", "(415) 823 4410", "030 901820");
 *   <li>0.45 a bare run of digits ("4158234410"), which is as likely an ID or a time stamp;
 *   <li>0.3 when the label closest before it names another kind of number ("order", "invoice",
 *       "ref", "account", "NPI", "NHS"..., also heading a list of numbers), whatever the format.
 * </ul>
 * A number glued to a code ("ORD-2025-803679", "#59304503", "x4158234410") is no phone. Thread-safe
 * ({@link PhoneNumberUtil} is).
 */
public final class PhoneNumberDetector implements Detector {
  static final Words CONTEXT = Words.en("phone", "tel", "telephone", "fax", "mobile", "cell", "cellphone", "call",
          "contact", "ph", "mob", "reach", "reach me", "ring", "pager", "whatsapp", "sms", "landline", "my number",
          "hotline", "helpline", "customer service", "text me", "dial")
      .de("telefon", "tel", "handy", "mobil", "rufnummer", "telefonnummer", "handynummer", "mobilnummer",
          "festnetz", "fax", "anrufen", "erreichbar", "ruf", "ruf mich", "rufen sie", "kontakt", "hotline")
      .fr("téléphone", "tél", "portable", "mobile", "fixe", "fax", "appeler", "appelez", "joindre", "joignable",
          "service client", "contact")
      .es("teléfono", "tel", "tfno", "tlf", "móvil", "celular", "fax", "llamar", "llámame", "llame", "contacto")
      .it("telefono", "tel", "cellulare", "cell", "fax", "chiamare", "chiamarmi", "chiamami", "chiamate", "contatto")
      .nl("telefoon", "telefoonnummer", "telefoonnr", "tel", "mobiel", "gsm", "fax", "bellen", "bel")
      .sv("telefon", "telefonnummer", "tel", "tfn", "mobil", "mobilnummer", "ring", "fax")
      .pl("telefon", "tel", "komórka", "komórkowy", "numer telefonu", "zadzwoń", "fax")
      .build();
  /** Labels of numbers that are not phone numbers; as the closest label they veto a phone reading. */
  static final Words NOT_PHONE = Words.en("order", "invoice", "inv", "ref", "reference", "policy", "ticket",
          "tracking", "parcel", "shipment", "confirmation", "booking", "transaction", "account", "acct", "routing",
          "aba", "iban", "po", "sku", "serial", "version", "id", "ids", "npi", "nhs", "ssn", "itin", "ein", "tin",
          "mrn", "imei", "dea", "vin", "passport", "licence", "license")
      .de("auftrag", "auftragsnummer", "bestellung", "bestellnummer", "rechnung", "rechnungsnummer",
          "kundennummer", "vorgangsnummer", "aktenzeichen", "sendungsnummer", "referenz", "konto", "kontonummer",
          "steuernummer", "steuer-id", "steuer-idnr", "idnr")
      .fr("commande", "facture", "référence", "dossier", "colis", "compte", "nir")
      .es("pedido", "factura", "referencia", "expediente", "cuenta", "dni", "nie")
      .it("ordine", "fattura", "riferimento", "pratica", "conto")
      .nl("bestelling", "bestelnummer", "ordernummer", "factuur", "referentie", "dossier", "rekening", "bsn")
      .sv("ordernummer", "faktura", "referens", "konto", "personnummer")
      .pl("zamówienie", "zamówienia", "faktura", "faktury", "konto", "rachunek", "pesel")
      .build();
  private static final int MIN_DIGITS = 7;
  /** Most digits of one number: 15 (E.164) plus an international call prefix such as 011. */
  private static final int MAX_DIGITS = 18;
  /** Most validations per run; a run is at most {@link PhoneCandidates#MAX_RUN} characters anyway. */
  private static final int MAX_TRIES = 48;
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  /** The word lists per language, indexed once ({@link LabelWords}): the label walk runs per number. */
  private static final Map<String, LabelWords> CONTEXT_INDEX = new ConcurrentHashMap<>();
  private static final Map<String, LabelWords> NOT_PHONE_INDEX = new ConcurrentHashMap<>();

  @Override
  public String id() {
    return "phone-number";
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.PHONE_NUMBER);
  }

  @Override
  public List<Finding> detect(DetectorInput input) {
    String text = input.text();
    int[] runs = PhoneCandidates.find(text, MIN_DIGITS);
    if (runs.length == 0) {
      return List.of();
    }
    String region = input.context().phoneRegion();
    if (!UTIL.getSupportedRegions().contains(region)) {
      region = "ZZ"; // only numbers with a + country code
    }
    LabelWords words = indexed(CONTEXT_INDEX, CONTEXT, input.context().language());
    LabelWords notPhone = indexed(NOT_PHONE_INDEX, NOT_PHONE, input.context().language());
    List<Finding> out = new ArrayList<>();
    for (int k = 0; k < runs.length; k += 2) {
      if (!gluedToCode(text, runs[k], runs[k + 1])) {
        scanRun(text, runs[k], runs[k + 1], region, words, notPhone, out);
      }
    }
    return out;
  }

  private static LabelWords indexed(Map<String, LabelWords> cache, Words list, Locale language) {
    return cache.computeIfAbsent(language.getLanguage(), l -> LabelWords.of(list.forLanguage(language)));
  }

  /**
   * Finds the numbers in one run: the whole run if it is one number, else, from left to right, the
   * longest stretch of whole digit groups that is one and stands apart from its neighbours (so
   * "03/14/1951 (415) 823-4410" and "415-823-4410 212-555-0143" yield their phone numbers, but the
   * middle of "3767 745091 90167" is not tried). A date (and time) at the start of the run is
   * skipped; an IPv4 address is no number.
   */
  private void scanRun(String text, int rs, int re, String region, LabelWords words, LabelWords notPhone,
      List<Finding> out) {
    int[] g = groups(text, rs, re);
    int count = g.length / 2;
    if (isIpv4(text, g)) {
      return;
    }
    int first = startsWithDate(text, g) ? 3 : 0;
    // a run with fewer digits cannot hold two numbers: if it is not one number as a whole (or after
    // its date), it holds none
    boolean several = digits(text, rs, re) >= 2 * MIN_DIGITS;
    int tries = 0;
    StringBuilder digits = new StringBuilder(MAX_DIGITS);
    int i = first;
    while (i < count && tries < MAX_TRIES) {
      int j = i;
      int n = 0;
      while (j < count && n + g[2 * j + 1] - g[2 * j] <= MAX_DIGITS) {
        n += g[2 * j + 1] - g[2 * j];
        j++;
      }
      boolean found = false;
      int whole = j;
      boolean startsApart = i == first || apart(text, g, i, i, j - 1);
      for (; startsApart && j > i && tries < MAX_TRIES && (several || j == whole); j--) {
        int last = j - 1;
        if (last + 1 < count && !apart(text, g, last + 1, i, last)) {
          continue;
        }
        digits.setLength(0);
        for (int q = i; q <= last; q++) {
          digits.append(text, g[2 * q], g[2 * q + 1]);
        }
        if (digits.length() < MIN_DIGITS) {
          break;
        }
        int ws = windowStart(text, rs, g[2 * i], i == 0);
        int we = g[2 * last + 1];
        boolean international = hasPlus(text, ws, g[2 * i]) || (ws == rs && PhoneCandidates.hasPlusWord(text, rs));
        if (isNumericDate(text, ws, we)) {
          continue;
        }
        tries++;
        PhoneValidator.Valid number = PhoneValidator.validate(digits.toString(), international, region);
        if (number != null) {
          add(out, text, ws, we, number, words, notPhone);
          i = j;
          found = true;
          break;
        }
      }
      if (!found) {
        if (!several) {
          return;
        }
        i++;
      }
    }
  }

  /**
   * True if the gap before group {@code k} separates two numbers rather than two groups of one,
   * judged against the gaps inside the stretch {@code [from, to]} of groups: an opening parenthesis,
   * a wider gap (" / ", " - "), or a single separator that the stretch does not use itself ("4410
   * 212" after "415-823-4410").
   */
  private static boolean apart(String text, int[] g, int k, int from, int to) {
    int gs = g[2 * k - 1];
    int ge = g[2 * k];
    for (int c = gs; c < ge; c++) {
      if (text.charAt(c) == '(') {
        return true;
      }
      if (text.charAt(c) == ')') {
        return false; // "(415) 823": the area code's parenthesis
      }
    }
    if (ge - gs >= 2) {
      return true;
    }
    char sep = text.charAt(gs);
    if (sep == '/') {
      return false; // "030/1234567"
    }
    for (int q = from + 1; q <= to; q++) {
      for (int c = g[2 * q - 1]; c < g[2 * q]; c++) {
        if (text.charAt(c) == sep) {
          return false;
        }
      }
    }
    return true;
  }

  /** True if the groups are four numbers up to 255 joined by single dots ("192.168.1.10"). */
  private static boolean isIpv4(String text, int[] g) {
    if (g.length != 8) {
      return false;
    }
    for (int k = 0; k < 4; k++) {
      int len = g[2 * k + 1] - g[2 * k];
      if (len > 3 || Integer.parseInt(text, g[2 * k], g[2 * k + 1], 10) > 255
          || (k > 0 && (g[2 * k] - g[2 * k - 1] != 1 || text.charAt(g[2 * k - 1]) != '.'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasPlus(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '+') {
        return true;
      }
    }
    return false;
  }

  /** Digit groups of {@code [rs, re)} as start/end pairs. */
  private static int[] groups(String text, int rs, int re) {
    int[] g = new int[16];
    int k = 0;
    int i = rs;
    while (i < re) {
      if (!isAsciiDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < re && isAsciiDigit(text.charAt(i))) {
        i++;
      }
      if (k + 2 > g.length) {
        g = java.util.Arrays.copyOf(g, g.length * 2);
      }
      g[k++] = s;
      g[k++] = i;
    }
    return java.util.Arrays.copyOf(g, k);
  }

  /** Start of a number whose first digit group starts at {@code d}: with its "+", "(" or spoken "plus". */
  private static int windowStart(String text, int rs, int d, boolean firstGroup) {
    if (firstGroup && PhoneCandidates.hasPlusWord(text, rs)) {
      return rs;
    }
    int ws = d;
    while (ws > rs && (text.charAt(ws - 1) == '+' || text.charAt(ws - 1) == '(')) {
      ws--;
    }
    return ws;
  }

  /** True if the first three groups are a numeric date ("2024-05-17 10:42", "03/14/1951 (415)..."). */
  private static boolean startsWithDate(String text, int[] g) {
    if (g.length < 8) {
      return false; // three groups alone are checked by isNumericDate
    }
    return g[2] - g[1] == 1 && g[4] - g[3] == 1 && text.charAt(g[1]) == text.charAt(g[3])
        && "/.-".indexOf(text.charAt(g[1])) >= 0 && isNumericDate(text, g[0], g[5]);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void add(List<Finding> out, String text, int s, int e, PhoneValidator.Valid number, LabelWords words,
      LabelWords notPhone) {
    int open = 0;
    for (int i = s; i < e; i++) {
      open += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
    }
    while (open > 0 && text.charAt(s) == '(') {
      s++; // "(919.409.3161)": the parentheses enclose the number, they are not its area code's
      open--;
    }
    if (Context.insideLongerNumber(text, s, e)) {
      return;
    }
    boolean international = text.charAt(s) == '+' || PhoneCandidates.hasPlusWord(text, s);
    double score;
    if (NearestLabel.is(text, s, true, notPhone)) {
      score = 0.3;
    } else if (NearestLabel.is(text, s, false, words) || Nearby.near(text, s, e, words)) {
      score = international ? 0.96 : 0.92;
    } else if (international) {
      score = 0.85;
    } else if (isGrouped(text, s, e)) {
      score = 0.75;
    } else {
      score = 0.45;
    }
    out.add(Finding.of(EntityType.PHONE_NUMBER, s, e, score, id()).withAttribute(Finding.COUNTRY, number.region()));
  }

  /** True if a separator stands between two digits of {@code [s, e)}: "415-823-4410", "030 901820". */
  static boolean isGrouped(String text, int s, int e) {
    boolean digitSeen = false;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        digitSeen = true;
      } else if (digitSeen || c == '(') {
        return true;
      }
    }
    return false;
  }

  /**
   * True if the run is part of a longer code: glued to a letter ("x4158234410", "4158234410abc"),
   * following a number sign ("#59304503"), or joined by a hyphen, underscore or slash to a letter
   * or digit ("ORD-2025-803679", "2025-803679-A"), or continuing a code written in blocks with
   * letters ("NL05 OJEF 3073 3388 17").
   */
  static boolean gluedToCode(String text, int s, int e) {
    if (continuesBlockCode(text, s)) {
      return true;
    }
    if (s > 0) {
      char before = text.charAt(s - 1);
      if (Character.isLetter(before) || before == '#') {
        return true;
      }
      if ((before == '-' || before == '_' || before == '/') && s >= 2 && Character.isLetterOrDigit(text.charAt(s - 2))) {
        return true;
      }
    }
    if (e < text.length()) {
      char after = text.charAt(e);
      if (Character.isLetter(after)) {
        return true;
      }
      return (after == '-' || after == '_' || after == '/') && e + 1 < text.length()
          && Character.isLetterOrDigit(text.charAt(e + 1));
    }
    return false;
  }

  /**
   * True if the two tokens before {@code s}, each followed by one space, are blocks of two to six
   * upper-case letters and digits, the nearer one with a letter, the farther one with a letter and
   * a digit: the run is the tail of an account or reference code, not a phone number.
   */
  private static boolean continuesBlockCode(String text, int s) {
    int b1 = blockBefore(text, s);
    if (b1 < 0 || !hasLetter(text, b1, s - 1)) {
      return false;
    }
    int b0 = blockBefore(text, b1);
    return b0 >= 0 && hasLetter(text, b0, b1 - 1) && digits(text, b0, b1 - 1) > 0;
  }

  /** Start of the upper-case block that ends with the space before {@code p}, or -1. */
  private static int blockBefore(String text, int p) {
    if (p < 3 || text.charAt(p - 1) != ' ') {
      return -1;
    }
    int q = p - 1;
    while (q > 0 && p - 1 - q < 7 && isUpperAlnum(text.charAt(q - 1))) {
      q--;
    }
    int len = p - 1 - q;
    if (len < 2 || len > 6 || (q > 0 && Character.isLetterOrDigit(text.charAt(q - 1)))) {
      return -1;
    }
    return q;
  }

  private static boolean isUpperAlnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean hasLetter(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int digits(String text, int from, int to) {
    int d = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        d++;
      }
    }
    return d;
  }

  /** "03/14/1951", "2025-02-02", "14.03.1951": three digit groups shaped like a date are no phone. */
  static boolean isNumericDate(String text, int from, int to) {
    while (from < to && !Character.isDigit(text.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isDigit(text.charAt(to - 1))) {
      to--;
    }
    int[] len = new int[4];
    int parts = 0;
    char sep = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        len[parts]++;
      } else if ((c == '/' || c == '.' || c == '-') && (sep == 0 || sep == c) && parts < 2) {
        sep = c;
        parts++;
      } else {
        return false;
      }
    }
    if (parts != 2) {
      return false;
    }
    boolean dmy = len[0] <= 2 && len[1] <= 2 && (len[2] == 2 || len[2] == 4);
    boolean ymd = len[0] == 4 && len[1] <= 2 && len[2] <= 2;
    return dmy || ymd;
  }

  @Override
  public String toString() {
    return "PhoneNumberDetector[phone-number]";
  }
}
