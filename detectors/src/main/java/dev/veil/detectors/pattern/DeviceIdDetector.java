package dev.veil.detectors.pattern;

import com.google.re2j.Pattern;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Keywords;
import dev.veil.detectors.internal.Labels;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Scan;
import dev.veil.detectors.internal.Windows;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.label.ValueMatcher;
import dev.veil.detectors.label.ValueWindows;
import dev.veil.detectors.validate.Luhn;
import java.util.ArrayList;
import java.util.List;

/**
 * Device identifiers and serial numbers (Safe Harbor identifier M): IMEIs (15 digits, Luhn; 0.7,
 * 0.97 with "IMEI" nearby), MAC addresses (0.85), and serial numbers introduced by a label.
 */
public final class DeviceIdDetector extends PatternDetector {
  static final Words IMEI_WORDS = Words.en("imei", "device", "phone", "handset", "serial").build();
  static final Words SERIAL_LABELS = Words.en("serial", "serial number", "serial no", "serial #", "s/n", "sn",
          "device id", "device serial", "udi", "device identifier", "pacemaker serial", "implant serial")
      .de("seriennummer", "serien-nr", "gerätenummer", "geräte-id")
      .fr("numéro de série", "n° de série", "identifiant de l'appareil")
      .es("número de serie", "nº de serie", "id del dispositivo")
      .it("numero di serie", "matricola", "numero seriale")
      .nl("serienummer", "apparaat-id")
      .build();
  static final Pattern MAC = Pattern.compile("(?i)\\b[0-9A-F]{2}(?:[:-][0-9A-F]{2}){5}\\b");
  /** {@code \\b[A-Za-z0-9][A-Za-z0-9-]{3,24}[A-Za-z0-9]\\b}. */
  static final ValueMatcher SERIAL = ValueMatcher.framed(3, 24);
  private static final Keywords SERIAL_PREFILTER = SERIAL_LABELS.keywords();

  static final String IMEI = "\\b\\d{2}[- ]?\\d{6}[- ]?\\d{6}[- ]?\\d\\b";

  public DeviceIdDetector() {
    super("device-id", EntityType.DEVICE_ID, IMEI);
  }

  /**
   * True if the IMEI pattern matches in the window: a card number or an IBAN has the fifteen
   * digits that {@link #minDigits} asks for, but grouped otherwise, so the pattern need not run.
   * Each optional separator is taken exactly when it is there (a digit cannot stand in its place).
   */
  @Override
  protected boolean acceptWindow(String text, int from, int to) {
    char[] cs = Scan.of(text).chars();
    for (int s = from; s < to; s++) {
      if (isDigit(cs[s]) && (s == from || !isWordChar(cs[s - 1])) && imeiEnd(cs, s, to) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** End of the IMEI shape (2, 6, 6, 1 digits, each group maybe after one '-' or ' ') at {@code s} up to a {@code \\b}, or -1. */
  private static int imeiEnd(char[] cs, int s, int to) {
    int p = s;
    int[] groups = {2, 6, 6, 1};
    for (int g = 0; g < groups.length; g++) {
      if (g > 0 && p < to && (cs[p] == '-' || cs[p] == ' ')) {
        p++;
      }
      for (int d = 0; d < groups[g]; d++, p++) {
        if (p >= to || !isDigit(cs[p])) {
          return -1;
        }
      }
    }
    return p == to || !isWordChar(cs[p]) ? p : -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordChar(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  @Override
  protected int minDigits() {
    return 15;
  }

  @Override
  protected String digitSeparators() {
    return "- ";
  }

  @Override
  protected Finding score(String text, Match m) {
    String digits = Context.digitsOf(m.group());
    if (Context.insideLongerNumber(text, m.start(), m.end()) || !Luhn.isValid(digits)) {
      return null;
    }
    boolean context = Context.near(text, m.start(), m.end(), IMEI_WORDS.forLanguage(m.context().language()));
    return finding(m.start(), m.end(), context ? 0.97 : 0.7).withAttribute(Finding.VALIDATOR, "luhn");
  }

  @Override
  public List<Finding> detect(DetectorInput input) {
    List<Finding> out = new ArrayList<>(super.detect(input));
    String text = input.text();
    if (text.indexOf(':') >= 0 || text.indexOf('-') >= 0) {
      forEachMatch(MAC, text, macWindows(text), input.context(),
          m -> out.add(finding(m.start(), m.end(), 0.85)));
    }
    if (Scan.of(text).containsAny(SERIAL_PREFILTER)) {
      String[] labels = SERIAL_LABELS.forLanguage(input.context().language());
      int[] windows = ValueWindows.narrow(text, serialSearchWindows(text), SERIAL_PREFILTER, 1);
      char[] cs = Scan.of(text).chars();
      for (int k = 0; k + 1 < windows.length; k += 2) {
        int from = windows[k];
        int to = windows[k + 1];
        for (long m = SERIAL.find(cs, from, from, to); m >= 0; m = SERIAL.find(cs, from, (int) m, to)) {
          int start = (int) (m >>> 32);
          int end = (int) m;
          if (hasDigit(text.subSequence(start, end)) && Labels.precede(text, start, labels)) {
            out.add(finding(start, end, 0.8).withAttribute(Finding.CONTEXT, "label"));
          }
        }
      }
    }
    return out;
  }

  /**
   * Where the serial pattern used to search (around every number when a Markdown column header
   * may be the label, else after each label hit); {@link ValueWindows#narrow} keeps the runs a label
   * can reach, which hold the same labelled matches.
   */
  static int[] serialSearchWindows(String text) {
    return text.indexOf('|') >= 0 ? Windows.aroundDigitsShared(text, WINDOW, WINDOW)
        : Windows.aroundWords(text, 0, Labels.MAX_GAP + 30, SERIAL_PREFILTER);
  }

  /** The digit windows that hold the six hex pairs of a MAC address. */
  static int[] macWindows(String text) {
    int[] all = Windows.aroundDigitsShared(text, WINDOW, WINDOW);
    char[] cs = Scan.of(text).chars();
    int[] out = null;
    int k = 0;
    for (int i = 0; i + 1 < all.length; i += 2) {
      int seps = 0;
      for (int j = all[i]; j < all[i + 1] && seps < 5; j++) {
        char c = cs[j];
        seps += c == ':' || c == '-' ? 1 : 0;
      }
      if (seps >= 5 && hasMacShape(cs, all[i], all[i + 1])) {
        out = out == null ? new int[all.length] : out;
        out[k++] = all[i];
        out[k++] = all[i + 1];
      }
    }
    return out == null ? new int[0] : java.util.Arrays.copyOf(out, k);
  }

  /** True if {@code [from, to)} holds two hex digits and five times a ':' or '-' and two hex digits. */
  private static boolean hasMacShape(char[] cs, int from, int to) {
    for (int s = from; s + 17 <= to; s++) {
      int p = s;
      boolean ok = isHex(cs[p]) && isHex(cs[p + 1]);
      for (int g = 0; ok && g < 5; g++) {
        p += 3;
        ok = (cs[p - 1] == ':' || cs[p - 1] == '-') && isHex(cs[p]) && isHex(cs[p + 1]);
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }
}
