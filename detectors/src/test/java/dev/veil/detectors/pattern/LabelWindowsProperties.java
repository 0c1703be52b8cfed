package dev.veil.detectors.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.veil.detectors.internal.Labels;
import dev.veil.detectors.internal.Scan;
import dev.veil.detectors.internal.Windows;
import dev.veil.detectors.internal.Words;
import dev.veil.detectors.label.ValueWindows;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The narrowed windows of the labelled-value detectors hold exactly the reported matches of the
 * windows they replace: for each value pattern, the matches that pass the detector's digit count
 * and {@link Labels#precede} are the same whether the pattern searches the old windows (around
 * every number of a text with a '|', else after each label hit) or the runs that {@link
 * ValueWindows#narrow} keeps; likewise for the card-code and track windows. Texts are made of the
 * detectors' labels in mixed case, fillers, values with dashes and underscores, Markdown table
 * rows and chars that case folding treats oddly ('ſ', 'ı', 'İ', the Kelvin sign).
 */
class LabelWindowsProperties {
  private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "pl", "sv"};

  private record Family(String regex, Words labels, int minDigits) {}

  private static final List<Family> FAMILIES = List.of(
      new Family(MedicalRecordNumberDetector.VALUE.regex(), MedicalRecordNumberDetector.LABELS, 4),
      new Family(HealthPlanIdDetector.VALUE.regex(), HealthPlanIdDetector.LABELS, 3),
      new Family(LicenseNumberDetector.VALUE.regex(), LicenseNumberDetector.LABELS, 2),
      new Family(AccountNumberDetector.VALUE.regex(), AccountNumberDetector.LABELS, 5),
      new Family(PassportNumberDetector.VALUE.regex(), PassportNumberDetector.LABELS, 0),
      new Family(DeviceIdDetector.SERIAL.regex(), DeviceIdDetector.SERIAL_LABELS, 1));

  @Provide
  Arbitrary<String> texts() {
    List<String> labels = new ArrayList<>();
    for (Family f : FAMILIES) {
      labels.addAll(List.of(f.labels().all()));
    }
    Arbitrary<String> label = Arbitraries.of(labels).flatMap(l -> Arbitraries.of(
        l, l.toUpperCase(Locale.ROOT), Character.toUpperCase(l.charAt(0)) + l.substring(1),
        l.replace('s', '\u017F'), l.replace('i', '\u0131'), l.replace('k', '\u212A'), "x" + l, l + "s"));
    Arbitrary<String> filler = Arbitraries.of("no", "No.", "number", "is", "nummer", "numéro", "de", "#", ":", "=",
        "(", ")", "-", "/", ",", ";", ".", "*", "_", "'", "\"", "°", "º", "the", "and", "patient", "seen", "value");
    Arbitrary<String> value = Arbitraries.strings().withChars("0123456789012345678-AbZxk_").ofMinLength(1)
        .ofMaxLength(14);
    Arbitrary<String> odd = Arbitraries.of("\u017F", "\u0131", "\u0130", "\u212A", "é", "ß", "٣", "１", "\t", "\r",
        "K", "Ü", "😀");
    Arbitrary<String> table = Arbitraries.of("\n| MRN | Serial no |\n|---|:-:|\n| ", " | ", "|\n| ", "\n|-|-|-|\n",
        "\n", "\n\n");
    Arbitrary<String> space = Arbitraries.of(" ", " ", "  ", "", "\n", ": ", " - ");
    Arbitrary<String> token = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, label), net.jqwik.api.Tuple.of(6, filler), net.jqwik.api.Tuple.of(8, value),
        net.jqwik.api.Tuple.of(2, odd), net.jqwik.api.Tuple.of(2, table), net.jqwik.api.Tuple.of(10, space));
    return token.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 1500, seed = "20261129")
  void narrowedWindowsReportTheSameLabelledValues(@ForAll("texts") String text) {
    Scan.clear();
    for (Family f : FAMILIES) {
      Pattern p = Pattern.compile(f.regex());
      int[] wide = text.indexOf('|') >= 0 ? Windows.aroundDigits(text, 2, 2)
          : Windows.aroundWords(text, 0, Labels.MAX_GAP + 40, f.labels().keywords());
      if (!Scan.of(text).containsAny(f.labels().keywords())) {
        continue; // the detectors search nothing then
      }
      int[] narrow = ValueWindows.narrow(text, wide, f.labels().keywords(), f.minDigits());
      for (String lang : LANGUAGES) {
        String[] words = f.labels().forLanguage(Locale.forLanguageTag(lang));
        assertEquals(reported(p, text, wide, f.minDigits(), words), reported(p, text, narrow, f.minDigits(), words),
            () -> f.regex() + " " + lang + " in " + text);
      }
    }
  }

  @Property(tries = 1500, seed = "20261129")
  void cardWindowsHoldEveryCodeMatch(@ForAll("cardTexts") String text) {
    Scan.clear();
    Pattern code = Pattern.compile(CardAuthenticationDataDetector.CODE);
    assertEquals(matches(code, text, CardAuthenticationDataDetector.searchWindows(text)),
        matches(code, text, new CardAuthenticationDataDetector().windows(text)), text);
    int[] track = CardAuthenticationDataDetector.trackWindows(text);
    assertEquals(matches(CardAuthenticationDataDetector.TRACK1, text, track),
        matches(CardAuthenticationDataDetector.TRACK1, text, CardAuthenticationDataDetector.track1Windows(text, track)),
        text);
    assertEquals(matches(CardAuthenticationDataDetector.TRACK2, text, track),
        matches(CardAuthenticationDataDetector.TRACK2, text, CardAuthenticationDataDetector.track2Windows(text, track)),
        text);
  }

  @Provide
  Arbitrary<String> cardTexts() {
    Arbitrary<String> label = Arbitraries.of("cvv", "CVV2", "cvc", "cvn", "cid", "acid", "csc", "card verification",
        "Card Verification Value", "security code", "Kartenprüfnummer", "prüfnummer", "cryptogramme visuel",
        "código de seguridad", "codice di sicurezza", "beveiligingscode", "PIN", "pin code", "spinal", "ſecurity code",
        "cſc", "pın");
    Arbitrary<String> filler = Arbitraries.of("code", "number", "no.", "No", "#", "is", ":", "=", "-", " ", "  ", "\n",
        "\t", ", ", "; ", "value", "(", "2", "_");
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> track = Arbitraries.of("%B", "B", "^", "^DOE/JANE^", "=", ";", "?", "2512", "1010000");
    return Arbitraries.oneOf(label, filler, digits, track).list().ofMaxSize(30).map(l -> String.join("", l));
  }

  /** Spans of the matches in {@code windows} that a label detector reports (by digits and label). */
  private static List<String> reported(Pattern p, String text, int[] windows, int minDigits, String[] words) {
    List<String> out = new ArrayList<>();
    for (int[] m : spans(p, text, windows)) {
      int digits = 0;
      for (int i = m[0]; i < m[1]; i++) {
        digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
      }
      if (digits >= minDigits && Labels.precede(text, m[0], words)) {
        out.add(m[0] + "-" + m[1]);
      }
    }
    return out;
  }

  private static List<String> matches(Pattern p, String text, int[] windows) {
    List<String> out = new ArrayList<>();
    for (int[] m : spans(p, text, windows)) {
      out.add(m[0] + "-" + m[1] + "/" + m[2] + "-" + m[3]);
    }
    return out;
  }

  /** Match spans (and of group 1 or 2, whichever took part) as the detectors find them: each window searched on its own. */
  private static List<int[]> spans(Pattern p, String text, int[] windows) {
    List<int[]> out = new ArrayList<>();
    for (int k = 0; k + 1 < windows.length; k += 2) {
      int from = windows[k];
      Matcher m = p.matcher(text.subSequence(from, windows[k + 1]));
      while (m.find()) {
        int g = m.groupCount() >= 1 && m.start(1) >= 0 ? 1 : m.groupCount() >= 2 ? 2 : 0;
        out.add(new int[] {from + m.start(), from + m.end(), from + m.start(g), from + m.end(g)});
      }
    }
    return out;
  }
}
