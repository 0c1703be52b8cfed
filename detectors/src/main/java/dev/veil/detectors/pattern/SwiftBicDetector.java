package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Scan;
import dev.veil.detectors.internal.Windows;
import dev.veil.detectors.internal.Words;
import java.util.Locale;
import java.util.Set;

/**
 * SWIFT/BIC codes (ISO 9362): four bank letters, an ISO 3166 country, two location characters,
 * an optional three-character branch. Eight capital letters are also an ordinary shouted word, so a
 * code is reported only with "BIC" or "SWIFT" nearby.
 */
public final class SwiftBicDetector extends PatternDetector {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  static final Words CONTEXT = Words.en("bic", "swift", "swift code", "bic code", "swift/bic", "bic/swift")
      .de("bic-code", "swift-code").fr("code bic", "code swift").es("código swift", "código bic")
      .it("codice bic", "codice swift").nl("bic-code").build();
  private static final dev.veil.detectors.internal.Keywords PREFILTER =
      dev.veil.detectors.internal.Keywords.of("bic", "swift");

  public SwiftBicDetector() {
    super("swift-bic", EntityType.SWIFT_BIC, "\\b[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}(?:[A-Z0-9]{3})?\\b");
  }

  @Override
  protected boolean mayContain(String text) {
    return Scan.of(text).containsAny(PREFILTER);
  }

  @Override
  protected int[] windows(String text) {
    return text.indexOf('|') >= 0 ? wholeText(text) : Windows.aroundWords(text, 40, 60, PREFILTER);
  }

  @Override
  protected Finding score(String text, Match m) {
    if (!COUNTRIES.contains(m.group(1)) || m.group().startsWith("SWIFT") || m.group().startsWith("BIC")) {
      return null;
    }
    if (!Context.near(text, m.start(), m.end(), CONTEXT.forLanguage(m.context().language()))) {
      return null;
    }
    return finding(m.start(), m.end(), 0.9).withAttribute(Finding.COUNTRY, m.group(1));
  }
}
