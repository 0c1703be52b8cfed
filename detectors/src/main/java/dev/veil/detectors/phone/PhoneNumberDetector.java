package dev.veil.detectors.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.label.NearestLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Telephone and fax numbers (Safe Harbor identifiers D and E), validated by Google libphonenumber:
 * a number must be accepted by {@link PhoneNumberUtil#findNumbers} with {@link
 * PhoneNumberUtil.Leniency#VALID} (a valid number of its region, national prefix present where the
 * region requires one, not a date or time stamp), not only look like one. Numbers without a country
 * code are read in the request's {@link dev.veil.GuardContext#phoneRegion()}.
 *
 * <p>libphonenumber only sees short candidates: runs of digit groups and phone punctuation with at
 * least seven digits ({@link PhoneCandidates}). A run that is one number is parsed and validated
 * directly; only a valid one, or a long run that may hold several numbers, goes through {@code
 * findNumbers} on the run and a few characters around it. The cost is linear in the text.
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
  static final Words CONTEXT = Words.en("phone", "tel", "telephone", "fax", "mobile", "cell", "call", "contact",
          "ph", "reach", "pager", "whatsapp", "landline", "my number", "hotline", "helpline", "customer service",
          "text me", "dial")
      .de("telefon", "tel", "handy", "mobil", "rufnummer", "telefonnummer", "fax", "anrufen", "erreichbar", "ruf",
          "ruf mich", "rufen sie", "kontakt", "hotline")
      .fr("téléphone", "tél", "portable", "mobile", "fax", "appeler", "appelez", "joindre", "service client",
          "contact")
      .es("teléfono", "tel", "móvil", "celular", "fax", "llamar", "llámame", "llame", "contacto")
      .it("telefono", "tel", "cellulare", "fax", "chiamare", "chiamarmi", "chiamami", "chiamate", "contatto")
      .nl("telefoon", "telefoonnummer", "tel", "mobiel", "fax", "bellen", "bel")
      .lang("sv", "telefon", "tel", "mobil", "mobilnummer", "ring", "fax")
      .lang("pl", "telefon", "tel", "komórka", "komórkowy", "zadzwoń", "fax")
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
      .lang("sv", "ordernummer", "faktura", "referens", "konto", "personnummer")
      .lang("pl", "zamówienie", "zamówienia", "faktura", "faktury", "konto", "rachunek", "pesel")
      .build();
  private static final int MIN_DIGITS = 7;
  /** More digits than any one number (15 by E.164) plus a little: the run may hold several. */
  private static final int ONE_NUMBER_DIGITS = 15;
  /** Characters on each side of a run that findNumbers sees, for its date, time and letter checks. */
  private static final int MARGIN = 8;
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

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
    String[] words = CONTEXT.forLanguage(input.context().language());
    String[] notPhone = NOT_PHONE.forLanguage(input.context().language());
    List<Finding> out = new ArrayList<>();
    for (int k = 0; k < runs.length; k += 2) {
      int s = runs[k];
      int e = runs[k + 1];
      if (isNumericDate(text, s, e) || gluedToCode(text, s, e)) {
        continue;
      }
      int digits = digits(text, s, e);
      if (digits <= ONE_NUMBER_DIGITS && !isValid(libphonenumberForm(text, s, e, s, e), region)) {
        if (digits < 2 * MIN_DIGITS) {
          continue;
        }
      }
      int ws = Math.max(0, s - MARGIN);
      int we = Math.min(text.length(), e + MARGIN);
      String window = libphonenumberForm(text, ws, we, s, e);
      for (PhoneNumberMatch pm : UTIL.findNumbers(window, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
        int ms = ws + pm.start();
        int me = ws + pm.end();
        if (ms == s + 4 && PhoneCandidates.hasPlusWord(text, s)) {
          ms = s; // the "+" stood for the spoken "plus"
        }
        if (ms < s || me > e) {
          continue; // reaches outside the run: not the number the run holds
        }
        add(out, text, ms, me, pm.number(), words, notPhone);
      }
    }
    return out;
  }

  private static boolean isValid(String candidate, String region) {
    try {
      return UTIL.isValidNumber(UTIL.parse(candidate.strip(), region));
    } catch (NumberParseException e) {
      return false;
    }
  }

  /**
   * {@code text[from, to)} as libphonenumber should read it: inside the run {@code [s, e)} a line
   * break is a space and a spoken "plus " is {@code "    +"} (same length, so offsets carry over).
   */
  private static String libphonenumberForm(String text, int from, int to, int s, int e) {
    char[] c = text.substring(from, to).toCharArray();
    for (int i = Math.max(s, from); i < Math.min(e, to); i++) {
      if (c[i - from] == '\n') {
        c[i - from] = ' ';
      }
    }
    if (PhoneCandidates.hasPlusWord(text, s) && s >= from && s + 5 <= to) {
      "    +".getChars(0, 5, c, s - from);
    }
    return new String(c);
  }

  private void add(List<Finding> out, String text, int s, int e, Phonenumber.PhoneNumber number, String[] words,
      String[] notPhone) {
    if (text.charAt(s) == '(' && text.indexOf(')', s) >= e) {
      s++; // "(919.409.3161)": the parentheses enclose the number, they are not its area code's
    }
    while (e > s && !Character.isDigit(text.charAt(e - 1))) {
      e--;
    }
    if (Context.insideLongerNumber(text, s, e)) {
      return;
    }
    boolean international = text.charAt(s) == '+' || PhoneCandidates.hasPlusWord(text, s);
    double score;
    if (NearestLabel.is(text, s, true, notPhone)) {
      score = 0.3;
    } else if (Context.near(text, s, e, words)) {
      score = international ? 0.96 : 0.92;
    } else if (international) {
      score = 0.85;
    } else if (isGrouped(text, s, e)) {
      score = 0.75;
    } else {
      score = 0.45;
    }
    String country = UTIL.getRegionCodeForNumber(number);
    out.add(Finding.of(EntityType.PHONE_NUMBER, s, e, score, id()).withAttribute(Finding.COUNTRY,
        country == null ? "ZZ" : country));
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
