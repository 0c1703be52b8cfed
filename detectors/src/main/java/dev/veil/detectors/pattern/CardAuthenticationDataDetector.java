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
  private static final Pattern TRACK1 = Pattern.compile("%?B(\\d{12,19})\\^[^^\\n]{2,26}\\^(\\d{4})\\d{3}[^?\\s]*\\??");
  private static final Pattern TRACK2 = Pattern.compile(";?(\\d{12,19})=(\\d{4})\\d{3}\\d*\\??");

  public CardAuthenticationDataDetector() {
    super("card-authentication-data", EntityType.CARD_AUTHENTICATION_DATA, "(?i)"
        + "\\b(?:cvv2?|cvc2?|cvn|cid|csc|card\\s+verification(?:\\s+(?:value|code))?|security\\s+code"
        + "|kartenprüfnummer|prüfnummer|cryptogramme(?:\\s+visuel)?|código\\s+de\\s+seguridad"
        + "|codice\\s+di\\s+sicurezza|beveiligingscode)\\s*(?:code|number|no\\.?|#|is|:|=|-)*\\s*(\\d{3,4})\\b"
        + "|\\b(?:pin)(?:\\s*(?:code|number|no\\.?|#))?\\s*(?:is|:|=|-)?\\s*(\\d{4,6})\\b");
  }

  @Override
  protected boolean mayContain(String text) {
    return Scan.of(text).containsAny(PREFILTER);
  }

  @Override
  protected int[] windows(String text) {
    return Windows.aroundWords(text, LABEL_BEFORE, VALUE_REACH, LABEL_WORDS);
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
      int[] w = Windows.aroundWords(text, 24, 90, TRACK_MARKS);
      forEachMatch(TRACK1, text, w, input.context(), m -> {
        if (Luhn.isValid(m.group(1))) {
          out.add(finding(m.start(), m.end(), 0.97).withAttribute("kind", "track1"));
        }
      });
      forEachMatch(TRACK2, text, w, input.context(), m -> {
        if (Luhn.isValid(m.group(1))) {
          out.add(finding(m.start(), m.end(), 0.97).withAttribute("kind", "track2"));
        }
      });
    }
    return out;
  }
}
