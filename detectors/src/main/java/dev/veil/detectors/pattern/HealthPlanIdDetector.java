package dev.veil.detectors.pattern;

import com.google.re2j.Pattern;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.LabelledValueDetector;
import dev.veil.detectors.internal.Scan;
import dev.veil.detectors.internal.Windows;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.label.ValueMatcher;
import dev.veil.detectors.validate.Mbi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Health plan beneficiary numbers (Safe Harbor identifier I): Medicare Beneficiary Identifiers by
 * their CMS format (0.85; 0.97 with "Medicare", "MBI" nearby), and member, subscriber or policy
 * numbers introduced by a label.
 */
public final class HealthPlanIdDetector extends LabelledValueDetector {
  static final Words LABELS = Words.en("member id", "member number", "member #", "subscriber id", "subscriber number",
          "policy number", "policy no", "policy #", "insurance id", "insurance number", "health plan id",
          "health plan", "plan id", "beneficiary id", "beneficiary number", "medicaid id", "medicaid",
          "medicare id", "mbi", "hicn", "group number", "insurance")
      .de("versichertennummer", "krankenversichertennummer", "kvnr", "mitgliedsnummer", "versicherungsnummer",
          "krankenkasse")
      .fr("numéro d'assuré", "numéro d'adhérent", "mutuelle", "numéro de sécurité sociale", "carte vitale")
      .es("número de afiliación", "número de afiliado", "tarjeta sanitaria", "póliza", "número de póliza")
      .it("tessera sanitaria", "numero di polizza", "polizza", "codice assistito")
      .nl("verzekeringsnummer", "polisnummer", "zorgverzekering", "lidnummer")
      .build();
  static final Words MBI_WORDS = Words.en("medicare", "mbi", "beneficiary", "cms", "medicare id").build();
  private static final Pattern MBI_SHAPE = Pattern.compile("\\d[A-Z][A-Z0-9]\\d[A-Z][A-Z0-9]\\d[A-Z]{2}\\d{2}");
  private static final Pattern MBI = Pattern.compile(
      "(?i)\\b\\d[A-Z][A-Z0-9]\\d-?[A-Z][A-Z0-9]\\d-?[A-Z]{2}\\d{2}\\b");

  /** {@code \\b[A-Za-z0-9][A-Za-z0-9-]{4,19}[A-Za-z0-9]\\b}. */
  static final ValueMatcher VALUE = ValueMatcher.framed(4, 19);

  public HealthPlanIdDetector() {
    super("health-plan-id", EntityType.HEALTH_PLAN_ID, VALUE, LABELS, 0.8);
  }

  @Override
  public List<Finding> detect(DetectorInput input) {
    String text = input.text();
    List<Finding> out = new ArrayList<>(super.detect(input));
    // A value shaped like a Medicare MBI that fails the MBI rules is a mistyped MBI, not some other
    // member number: do not report it through the generic label rule.
    out.removeIf(f -> {
      String compact = text.substring(f.start(), f.end()).replace("-", "").toUpperCase(Locale.ROOT);
      return compact.length() == 11 && MBI_SHAPE.matcher(compact).matches() && !Mbi.isValid(compact);
    });
    forEachMatch(MBI, text, mbiWindows(text), input.context(), m -> {
      String compact = m.group().replace("-", "").toUpperCase(Locale.ROOT);
      if (Mbi.isValid(compact)) {
        boolean ctx = Context.near(text, m.start(), m.end(), MBI_WORDS.forLanguage(input.context().language()));
        out.removeIf(f -> f.start() == m.start() && f.end() == m.end());
        out.add(finding(m.start(), m.end(), ctx ? 0.97 : 0.85).withAttribute(Finding.VALIDATOR, "mbi-format"));
      }
    });
    return out;
  }

  /**
   * The digit windows that can hold an MBI: its first four characters are a digit, a letter, a
   * letter or digit and a digit, undivided in both the plain and the dashed form.
   */
  private static int[] mbiWindows(String text) {
    int[] all = Windows.aroundDigitsShared(text, WINDOW, WINDOW);
    int[] out = null;
    int k = 0;
    for (int i = 0; i + 1 < all.length; i += 2) {
      if (hasMbiStart(text, all[i], all[i + 1])) {
        out = out == null ? new int[all.length] : out;
        out[k++] = all[i];
        out[k++] = all[i + 1];
      }
    }
    return out == null ? new int[0] : java.util.Arrays.copyOf(out, k);
  }

  /** A digit, a letter, a letter or digit, a digit: the first digit ends a digit run (a letter follows). */
  private static boolean hasMbiStart(String text, int from, int to) {
    Scan scan = Scan.of(text);
    for (int r = scan.firstDigitRunEndingAfter(from), n = scan.digitRunCount(); r < n; r++) {
      int e = scan.digitRunEnd(r);
      if (scan.digitRunStart(r) >= to || e + 2 >= to) {
        return false;
      }
      char c2 = text.charAt(e + 1);
      if (isLetter(text.charAt(e)) && (isDigit(c2) || isLetter(c2)) && isDigit(text.charAt(e + 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  @Override
  protected int minValueDigits() {
    return 3;
  }

  @Override
  protected boolean accept(String value) {
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      digits += Character.isDigit(value.charAt(i)) ? 1 : 0;
    }
    return digits >= 3;
  }
}
