package dev.veil.detectors.phone;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
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
 * the number must be a valid number of its region, not only look like one). Numbers without a
 * country code are read in the request's {@link dev.veil.GuardContext#phoneRegion()}.
 *
 * <p>Scores: 0.75 for a valid number; 0.85 when written with a + country code; 0.92 with a
 * context word ("phone", "tel", "fax", "Telefon", "téléphone"...). libphonenumber runs only on
 * windows holding at least seven digits, so prose costs nothing. Thread-safe ({@link
 * PhoneNumberUtil} is).
 */
public final class PhoneNumberDetector implements Detector {
  static final Words CONTEXT = Words.en("phone", "tel", "telephone", "fax", "mobile", "cell", "call", "contact",
          "ph", "number", "reach", "pager", "text", "whatsapp", "landline")
      .de("telefon", "tel", "handy", "mobil", "rufnummer", "telefonnummer", "fax", "anrufen", "erreichbar")
      .fr("téléphone", "tél", "portable", "mobile", "fax", "appeler", "joindre", "numéro")
      .es("teléfono", "tel", "móvil", "celular", "fax", "llamar", "número")
      .it("telefono", "tel", "cellulare", "fax", "chiamare", "numero")
      .nl("telefoon", "telefoonnummer", "tel", "mobiel", "fax", "bellen", "nummer")
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
      if (Windows.digits(text, from, to) < MIN_DIGITS) {
        continue;
      }
      String window = text.substring(from, to);
      for (PhoneNumberMatch pm : UTIL.findNumbers(window, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
        int s = from + pm.start();
        int e = from + pm.end();
        if (Context.insideLongerNumber(text, s, e)) {
          continue;
        }
        double score = text.charAt(s) == '+' ? 0.85 : 0.75;
        if (Context.near(text, s, e, words)) {
          score = 0.92;
        }
        out.add(Finding.of(EntityType.PHONE_NUMBER, s, e, score, id())
            .withAttribute(Finding.COUNTRY, UTIL.getRegionCodeForNumber(pm.number()) == null ? "ZZ"
                : UTIL.getRegionCodeForNumber(pm.number())));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "PhoneNumberDetector[phone-number]";
  }
}
