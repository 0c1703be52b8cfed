package dev.veil.detectors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.re2j.Matcher;
import dev.veil.GuardContext;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.national.DeTaxIdDetector;
import dev.veil.detectors.national.EsDniNieDetector;
import dev.veil.detectors.national.FrNirDetector;
import dev.veil.detectors.national.ItFiscalCodeDetector;
import dev.veil.detectors.national.NlBsnDetector;
import dev.veil.detectors.national.PlPeselDetector;
import dev.veil.detectors.national.SePersonnummerDetector;
import dev.veil.detectors.national.UkNhsNumberDetector;
import dev.veil.detectors.national.UkNinoDetector;
import dev.veil.detectors.pattern.AbaRoutingDetector;
import dev.veil.detectors.pattern.CreditCardDetector;
import dev.veil.detectors.pattern.EmailDetector;
import dev.veil.detectors.pattern.UrlDetector;
import dev.veil.detectors.pattern.IbanDetector;
import dev.veil.detectors.pattern.IpAddressDetector;
import dev.veil.detectors.pattern.UsDeaDetector;
import dev.veil.detectors.pattern.UsItinDetector;
import dev.veil.detectors.pattern.UsNpiDetector;
import dev.veil.detectors.pattern.UsSsnDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Every hand-matched detector's {@link Shape} must find exactly what RE2/J finds with the same
 * regex: the same (start, end) sequence on any window of any text, and so the same findings. The
 * texts are built from digit runs of every length, the detectors' separators, letters (also the
 * two non-ASCII chars RE2's case folding maps onto ASCII letters, U+017F and U+212A), digits and
 * letters outside ASCII, '_' and line breaks, so that near misses (a digit too many, a separator
 * doubled, a letter or '_' glued on) are frequent.
 */
class ShapeProperties {
  private static final List<PatternDetector> DETECTORS = List.of(new UsSsnDetector(), new CreditCardDetector(),
      new IbanDetector(), new IpAddressDetector(), new UsItinDetector(), new UsNpiDetector(), new UsDeaDetector(),
      new AbaRoutingDetector(), new DeTaxIdDetector(), new EsDniNieDetector(), new FrNirDetector(),
      new ItFiscalCodeDetector(), new NlBsnDetector(), new PlPeselDetector(), new SePersonnummerDetector(),
      new UkNhsNumberDetector(), new UkNinoDetector(), new EmailDetector(), new UrlDetector());
  private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "sv", "pl"};

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> seps = Arbitraries.of(" ", "-", ".", "+", "/", ",", ":", "  ", " - ", "\n", "\r\n", "_", "(",
        ")", "#", "=");
    Arbitrary<String> letters = Arbitraries.strings()
        .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz").ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> fixed = Arbitraries.of("9", "1", "2", "25", "255", "256", "2A", "2B", "ssn", "SSN ", "iban ",
        "NHS ", "BSN: ", "personnummer ", "tin ", "DE", "GB82", "AB", "X", "\u017F", "\u212A", "\u212Ak", "é", "ß",
        "\u0663", "\uFF11", "\u00B2", "\uD83D\uDE00", "\u00A0", "0000", "666", "00", "@", "a@b.cd", ".org",
        "http://", "HTTPS://", "ftp://", "www.", "WWW.", "\t", "\u000B", "\f", "<", "\"", "'", "`", ")", "(", "!");
    Arbitrary<String> chunk = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, digits), net.jqwik.api.Tuple.of(4, seps), net.jqwik.api.Tuple.of(2, letters),
        net.jqwik.api.Tuple.of(2, fixed));
    return chunk.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 400, seed = "20261129")
  void shapeFindsWhatRe2FindsInAnyWindow(@ForAll("texts") String text, @ForAll @IntRange(max = 1000) int a,
      @ForAll @IntRange(max = 1000) int b) {
    int n = text.length();
    int from = n == 0 ? 0 : Math.min(a, b) % (n + 1);
    int to = n == 0 ? 0 : Math.max(from, Math.max(a, b) % (n + 1));
    if (a % 3 == 0) {
      from = 0;
      to = n;
    }
    for (PatternDetector d : DETECTORS) {
      Shape shape = d.shape();
      assertNotNull(shape, d.id());
      assertEquals(re2(d, text, from, to), shape(shape, text, from, to), d.id() + " on window " + from + ".." + to);
    }
  }

  @Property(tries = 300, seed = "20261129")
  void sameFindingsAsWithThePattern(@ForAll("texts") String text, @ForAll @IntRange(max = 7) int language) {
    GuardContext context = GuardContext.builder().language(Locale.forLanguageTag(LANGUAGES[language])).build();
    for (PatternDetector d : DETECTORS) {
      String t = d instanceof IpAddressDetector ? text.replace(':', ';') : text; // its IPv6 part is not a shape
      DetectorInput input = new DetectorInput(t, context);
      assertEquals(d.detectWithPattern(input), d.detect(input), d.id());
    }
  }

  /**
   * Strings each shape matches, then mutated (a char replaced by an odd one, inserted, deleted,
   * duplicated) and glued into other pieces: hits and near misses of every detector at once.
   */
  @Provide
  Arbitrary<String> nearMisses() {
    return Arbitraries.longs().flatMap(seed -> texts().map(glue -> {
      java.util.Random random = new java.util.Random(seed);
      StringBuilder b = new StringBuilder();
      for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
        StringBuilder one = new StringBuilder();
        DETECTORS.get(random.nextInt(DETECTORS.size())).shape().sample(random, one);
        for (int mutations = random.nextInt(3); mutations > 0 && one.length() > 0; mutations--) {
          int at = random.nextInt(one.length());
          char odd = ODD.charAt(random.nextInt(ODD.length()));
          switch (random.nextInt(4)) {
            case 0 -> one.setCharAt(at, odd);
            case 1 -> one.insert(at, odd);
            case 2 -> one.deleteCharAt(at);
            default -> one.insert(at, one.charAt(at));
          }
        }
        b.append(one);
        int cut = random.nextInt(glue.length() + 1);
        b.append(glue, 0, Math.min(cut, 12));
      }
      return b.toString();
    }));
  }

  private static final String ODD =
      "0123456789 -.+_\n\rAaZzKkSs\u017F\u212A\u0130\u0131é\u0663\uFF11\u00A0:/,@\t\u000B\f<>\"'`()!\uD83D";

  @Property(tries = 1500, seed = "20261129")
  void nearMissesToo(@ForAll("nearMisses") String text, @ForAll @IntRange(max = 7) int language) {
    shapeFindsWhatRe2FindsInAnyWindow(text, 0, text.length() * 3);
    sameFindingsAsWithThePattern(text, language);
  }

  @Test
  void rejectsWhatItCannotRun() {
    String[] outside = {"(?:a?)*", "(?:\\b)+", "a{2,}", "\\w", "(?=a)", "a??", "a+?", "^a", "a$", ".", "[[:alpha:]]"};
    for (String re : outside) {
      assertThrows(IllegalArgumentException.class, () -> Shape.compile(re), re);
    }
  }

  private static List<Long> re2(PatternDetector d, String text, int from, int to) {
    List<Long> out = new ArrayList<>();
    Matcher m = d.pattern().matcher(new Slice(text, from, to));
    while (m.find()) {
      out.add((long) (m.start() + from) << 32 | (m.end() + from));
    }
    return out;
  }

  private static List<Long> shape(Shape shape, String text, int from, int to) {
    List<Long> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      long f = shape.find(text, from, to, i);
      if (f < 0) {
        break;
      }
      out.add(f);
      i = Math.max((int) f, (int) (f >>> 32) + 1);
    }
    return out;
  }
}
