package dev.veil.detectors.pattern;

import com.google.re2j.Pattern;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Keywords;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Scan;
import dev.veil.detectors.internal.Windows;
import dev.veil.detectors.validate.Luhn;
import java.util.ArrayList;
import java.util.List;

/**
 * PCI sensitive authentication data: card verification codes after their label ("CVV 123", "CVC2:
 * 4567", "Prüfnummer", "cryptogramme"), PINs after "PIN", and magnetic-stripe track 1 and track 2
 * data whose PAN passes Luhn. The span is the value, not the label.
 */
public final class CardAuthenticationDataDetector extends PatternDetector {
  private static final Keywords PREFILTER = Keywords.of("cvv", "cvc", "cvn", "cid", "csc", "security code",
      "verification", "prüf", "cryptogramme", "seguridad", "sicurezza", "beveiligingscode", "pin", "^", "=");
  /**
   * A word of each label of the code pattern: the pattern runs only from a little before each (the
   * rest of a label, e.g. "card " before "verification" or "código de " before "seguridad") to
   * {@link #VALUE_REACH} chars after it, instead of around every number of the text.
   */
  private static final Keywords LABEL_WORDS = Keywords.of("cvv", "cvc", "cvn", "cid", "csc", "verification",
      "security", "prüfnummer", "cryptogramme", "seguridad", "sicurezza", "beveiligingscode", "pin");
  private static final int LABEL_BEFORE = 24;
  private static final int VALUE_REACH = 64;
  private static final Keywords TRACK_MARKS = Keywords.of("=", "^");
  static final Pattern TRACK1 = Pattern.compile("%?B(\\d{12,19})\\^[^^\\n]{2,26}\\^(\\d{4})\\d{3}[^?\\s]*\\??");
  static final Pattern TRACK2 = Pattern.compile(";?(\\d{12,19})=(\\d{4})\\d{3}\\d*\\??");

  /** Codes after their label, PINs after "PIN"; group 1 is a code, group 2 a PIN. */
  static final String CODE = "(?i)"
      + "\\b(?:cvv2?|cvc2?|cvn|cid|csc|card\\s+verification(?:\\s+(?:value|code))?|security\\s+code"
      + "|kartenprüfnummer|prüfnummer|cryptogramme(?:\\s+visuel)?|código\\s+de\\s+seguridad"
      + "|codice\\s+di\\s+sicurezza|beveiligingscode)\\s*(?:code|number|no\\.?|#|is|:|=|-)*\\s*(\\d{3,4})\\b"
      + "|\\b(?:pin)(?:\\s*(?:code|number|no\\.?|#))?\\s*(?:is|:|=|-)?\\s*(\\d{4,6})\\b";

  public CardAuthenticationDataDetector() {
    super("card-authentication-data", EntityType.CARD_AUTHENTICATION_DATA, CODE);
  }

  @Override
  protected boolean mayContain(String text) {
    return Scan.of(text).containsAny(PREFILTER);
  }

  /**
   * The windows around the label words from which a number can be reached (see {@link
   * #valueFollows}); a window without one holds no match.
   */
  @Override
  protected int[] windows(String text) {
    int[] w = searchWindows(text);
    if (w.length == 0 || text.indexOf('\u017F') >= 0) {
      return w; // RE2's (?i) reads 'ſ' as 's', the keyword pass does not: keep every window
    }
    Scan scan = Scan.of(text);
    return keep(w, scan.hits(LABEL_WORDS), (hs, he, to) -> valueFollows(scan.chars(), he, to));
  }

  /** Where the code pattern can match: from a little before each label word to a little after it. */
  static int[] searchWindows(String text) {
    return Windows.aroundWords(text, LABEL_BEFORE, VALUE_REACH, LABEL_WORDS);
  }

  /**
   * True if from the end of a label word the chars up to a digit are all ones that the code pattern
   * allows between its label word and its value: the rest of the label ("2" of "cvv2", " value",
   * " visuel"), blanks, and fillers of letters and {@code .#:=-}. Every match of the pattern holds a
   * label word followed by such chars and then its value, so a window in which no label word passes
   * has no match.
   */
  static boolean valueFollows(char[] cs, int labelEnd, int to) {
    int i = labelEnd;
    while (i < to) {
      char c = cs[i];
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ' || c == '\t' || c == '\n' || c == '\f'
          || c == '\r' || c == '.' || c == '#' || c == ':' || c == '=' || c == '-') {
        i++;
        continue;
      }
      return c >= '0' && c <= '9';
    }
    return false;
  }

  /** A test of one hit (start, end) inside a window that ends at {@code to}. */
  interface HitTest {
    boolean test(int start, int end, int to);
  }

  /**
   * The windows (start, end pairs) that hold a hit (start, end pairs in order of end) passing
   * {@code test}; {@code windows} itself if all do.
   */
  static int[] keep(int[] windows, int[] hits, HitTest test) {
    int[] out = null;
    int k = 0;
    int h = 0;
    for (int w = 0; w + 1 < windows.length; w += 2) {
      int from = windows[w];
      int to = windows[w + 1];
      boolean pass = false;
      while (h + 1 < hits.length && hits[h + 1] <= to) {
        pass |= hits[h] >= from && test.test(hits[h], hits[h + 1], to);
        h += 2;
      }
      if (pass) {
        if (out == null) {
          out = new int[windows.length];
        }
        out[k++] = from;
        out[k++] = to;
      }
    }
    if (k == windows.length) {
      return windows;
    }
    return out == null ? new int[0] : java.util.Arrays.copyOf(out, k);
  }

  @Override
  protected int minDigits() {
    return 3;
  }

  @Override
  protected String digitSeparators() {
    return "";
  }

  @Override
  protected Finding score(String text, Match m) {
    if (m.group(1) != null) {
      return finding(m.start(1), m.end(1), 0.9).withAttribute("kind", "cvv");
    }
    if (Context.insideLongerNumber(text, m.start(2), m.end(2))) {
      return null;
    }
    return finding(m.start(2), m.end(2), 0.85).withAttribute("kind", "pin");
  }

  @Override
  public List<Finding> detect(DetectorInput input) {
    String text = input.text();
    List<Finding> out = new ArrayList<>(super.detect(input));
    if (Scan.of(text).containsAny(TRACK_MARKS)) {
      int[] w = trackWindows(text);
      forEachMatch(TRACK1, text, track1Windows(text, w), input.context(), m -> {
        if (Luhn.isValid(m.group(1))) {
          out.add(finding(m.start(), m.end(), 0.97).withAttribute("kind", "track1"));
        }
      });
      forEachMatch(TRACK2, text, track2Windows(text, w), input.context(), m -> {
        if (Luhn.isValid(m.group(1))) {
          out.add(finding(m.start(), m.end(), 0.97).withAttribute("kind", "track2"));
        }
      });
    }
    return out;
  }

  /** Where the track patterns can match: around each '=' and '^'. */
  static int[] trackWindows(String text) {
    return Windows.aroundWords(text, 24, 90, TRACK_MARKS);
  }

  /** The track windows {@code w} with a '^' right after twelve digits, as after the PAN of a track 1 match. */
  static int[] track1Windows(String text, int[] w) {
    char[] cs = Scan.of(text).chars();
    return keep(w, Scan.of(text).hits(TRACK_MARKS),
        (s, e, to) -> cs[s] == '^' && digitsBefore(cs, s, 12));
  }

  /** The track windows {@code w} with a '=' between twelve and seven digits, as between PAN and date of track 2. */
  static int[] track2Windows(String text, int[] w) {
    char[] cs = Scan.of(text).chars();
    return keep(w, Scan.of(text).hits(TRACK_MARKS),
        (s, e, to) -> cs[s] == '=' && digitsBefore(cs, s, 12) && s + 8 <= cs.length && digitsBefore(cs, s + 8, 7));
  }

  /** True if the {@code count} chars before {@code end} are ASCII digits. */
  static boolean digitsBefore(char[] cs, int end, int count) {
    if (end < count) {
      return false;
    }
    for (int i = end - count; i < end; i++) {
      if (cs[i] < '0' || cs[i] > '9') {
        return false;
      }
    }
    return true;
  }
}
