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
import dev.veil.detectors.internal.Scan;
import dev.veil.detectors.internal.Windows;
import dev.veil.detectors.internal.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Telephone and fax numbers (Safe Harbor identifiers D and E), found and validated by Google
 * libphonenumber ({@link PhoneNumberUtil#findNumbers} with {@link PhoneNumberUtil.Leniency#VALID}:
 * the number must be a valid number of its region, not only look like one; a candidate that is a
 * single number is parsed and validated directly, which is the same check without the scan). Numbers without a
 * country code are read in the request's {@link dev.veil.GuardContext#phoneRegion()}.
 *
 * <p>Scores: 0.75 for a valid number; 0.85 when written with a + country code; 0.92 with a
 * context word ("phone", "tel", "fax", "Telefon", "téléphone"...). libphonenumber runs only on
 * windows holding at least seven digits, so prose costs nothing. Thread-safe ({@link
 * PhoneNumberUtil} is).
 */
public final class PhoneNumberDetector implements Detector {
  static final Words CONTEXT = Words.en("phone", "tel", "telephone", "fax", "mobile", "cell", "call", "contact",
          "ph", "reach", "pager", "whatsapp", "landline")
      .de("telefon", "tel", "handy", "mobil", "rufnummer", "telefonnummer", "fax", "anrufen", "erreichbar")
      .fr("téléphone", "tél", "portable", "mobile", "fax", "appeler", "joindre")
      .es("teléfono", "tel", "móvil", "celular", "fax", "llamar")
      .it("telefono", "tel", "cellulare", "fax", "chiamare")
      .nl("telefoon", "telefoonnummer", "tel", "mobiel", "fax", "bellen")
      .build();
  private static final int MIN_DIGITS = 7;
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
    if (Scan.of(text).digitTokenCount() == 0) {
      return List.of();
    }
    String region = input.context().phoneRegion();
    if (!UTIL.getSupportedRegions().contains(region)) {
      region = "ZZ"; // only numbers with a + country code
    }
    String[] words = CONTEXT.forLanguage(input.context().language());
    List<Finding> out = new ArrayList<>();
    int[] w = Windows.aroundDigits(text, 2, 2);
    for (int k = 0; k + 1 < w.length; k += 2) {
      int from = w[k];
      int to = w[k + 1];
      if (Windows.digits(text, from, to) < MIN_DIGITS || isNumericDate(text, from, to)) {
        continue;
      }
      // Fast path: the window is usually exactly one number; parse it directly. Only windows that
      // may hold several numbers (many digits) go through the slower findNumbers scan.
      int cs = from;
      while (cs < to && !(Character.isDigit(text.charAt(cs)) || text.charAt(cs) == '+' || text.charAt(cs) == '(')) {
        cs++;
      }
      int ce = to;
      while (ce > cs && !Character.isDigit(text.charAt(ce - 1))) {
        ce--;
      }
      int digits = Windows.digits(text, cs, ce);
      if (digits <= 15) {
        try {
          Phonenumber.PhoneNumber number = UTIL.parse(text.substring(cs, ce), region);
          if (UTIL.isValidNumber(number)) {
            add(out, text, cs, ce, number, words);
            continue;
          }
        } catch (NumberParseException e) {
          // not one number; maybe several
        }
        if (digits < 2 * MIN_DIGITS) {
          continue;
        }
      }
      String window = text.substring(from, to);
      for (PhoneNumberMatch pm : UTIL.findNumbers(window, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
        add(out, text, from + pm.start(), from + pm.end(), pm.number(), words);
      }
    }
    return out;
  }

  private void add(List<Finding> out, String text, int s, int e, Phonenumber.PhoneNumber number, String[] words) {
    if (Context.insideLongerNumber(text, s, e)) {
      return;
    }
    double score = text.charAt(s) == '+' ? 0.85 : 0.75;
    if (Context.near(text, s, e, words)) {
      score = 0.92;
    }
    String country = UTIL.getRegionCodeForNumber(number);
    out.add(Finding.of(EntityType.PHONE_NUMBER, s, e, score, id()).withAttribute(Finding.COUNTRY,
        country == null ? "ZZ" : country));
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
