package dev.veil.detectors.pattern;

import com.google.re2j.Pattern;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Labels;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Scan;
import dev.veil.detectors.internal.Windows;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.validate.Vin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Vehicle identifiers (Safe Harbor identifier L): VINs validated by the check digit (0.93; with
 * "VIN" nearby 0.98; a VIN-shaped string with a wrong check digit 0.45 even next to "VIN", since
 * European VINs often carry no check digit), and licence plates introduced by a label.
 */
public final class VehicleIdDetector extends PatternDetector {
  static final Words VIN_WORDS = Words.en("vin", "vehicle identification", "chassis", "vehicle").de("fahrgestellnummer",
      "fin").fr("numéro de série du véhicule", "vin").es("número de bastidor", "bastidor").it("telaio")
      .nl("chassisnummer").build();
  static final Words PLATE_LABELS = Words.en("license plate", "licence plate", "plate", "plate number",
          "number plate", "registration number", "registration", "reg no", "reg. no", "tag number", "tag")
      .de("kennzeichen", "kfz-kennzeichen", "nummernschild", "amtliches kennzeichen")
      .fr("plaque", "plaque d'immatriculation", "immatriculation")
      .es("matrícula", "placa")
      .it("targa")
      .nl("kenteken", "nummerplaat")
      .build();
  private static final Pattern PLATE = Pattern.compile(
      "\\b[A-Za-z0-9]{1,8}(?:[- ][A-Za-z0-9]{1,4}){0,2}\\b");
  private static final dev.veil.detectors.internal.Keywords PLATE_PREFILTER = PLATE_LABELS.keywords();

  static final String VIN = "(?i)\\b[A-HJ-NPR-Z0-9]{17}\\b";

  public VehicleIdDetector() {
    super("vehicle-id", EntityType.VEHICLE_ID, VIN);
  }

  /**
   * True if the VIN pattern matches in the window: seventeen VIN chars between two {@code \\b}; a
   * longer run of letters and digits (a compact IBAN, a hash) passes {@link #minAlnumRun} but holds
   * no VIN, so the pattern need not run there.
   */
  @Override
  protected boolean acceptWindow(String text, int from, int to) {
    char[] cs = Scan.of(text).chars();
    for (int s = from; s + 17 <= to; s++) {
      if (!isVinChar(cs[s]) || !boundary(cs, from, to, s)) {
        continue;
      }
      int n = 1;
      while (n < 17 && isVinChar(cs[s + n])) {
        n++;
      }
      if (n == 17 && boundary(cs, from, to, s + 17)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A char of {@code (?i)[A-HJ-NPR-Z0-9]}: RE2/J's case folding adds the Kelvin sign (as 'k') and
   * the long s (as 's').
   */
  private static boolean isVinChar(char c) {
    if (c >= '0' && c <= '9') {
      return true;
    }
    char u = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    return (u >= 'A' && u <= 'Z' && u != 'I' && u != 'O' && u != 'Q') || c == '\u212A' || c == '\u017F';
  }

  private static boolean isWordChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  /** RE2's {@code \\b} at {@code i} of the window {@code [from, to)}. */
  private static boolean boundary(char[] cs, int from, int to, int i) {
    boolean before = i > from && isWordChar(cs[i - 1]);
    boolean after = i < to && isWordChar(cs[i]);
    return before != after;
  }

  @Override
  protected int minDigits() {
    return 3;
  }

  @Override
  protected int minAlnumRun() {
    return 17;
  }

  @Override
  protected Finding score(String text, Match m) {
    String vin = m.group().toUpperCase(Locale.ROOT);
    boolean context = Context.near(text, m.start(), m.end(), VIN_WORDS.forLanguage(m.context().language()));
    if (Vin.isValid(vin)) {
      return finding(m.start(), m.end(), context ? 0.98 : 0.93).withAttribute(Finding.VALIDATOR, "vin");
    }
    return context ? finding(m.start(), m.end(), 0.45) : null;
  }

  @Override
  public List<Finding> detect(DetectorInput input) {
    List<Finding> out = new ArrayList<>(super.detect(input));
    String text = input.text();
    if (Scan.of(text).containsAny(PLATE_PREFILTER)) {
      String[] labels = PLATE_LABELS.forLanguage(input.context().language());
      forEachMatch(PLATE, text, Windows.aroundWords(text, 0, Labels.MAX_GAP + 16, PLATE_PREFILTER), input.context(),
          m -> {
            String v = m.group();
            if (v.length() >= 4 && v.length() <= 12 && hasDigit(v) && Labels.precede(text, m.start(), labels)) {
              out.add(finding(m.start(), m.end(), 0.8).withAttribute(Finding.CONTEXT, "label"));
            }
          });
    }
    return out;
  }
}
