package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;

/**
 * Ages over 89 (Safe Harbor identifier C lets ages up to 89 stay): "aged 93", "age: 93",
 * "93-year-old", "93 years old", "93 y/o", "93yo", "93 Jahre alt", "93-jährige", "93 ans", "93
 * años", "93 anni", "93 jaar". The span is the number, so a generalizer can write "90+".
 */
public final class AgeDetector extends PatternDetector {
  public AgeDetector() {
    super("age", EntityType.AGE, "(?i)"
        + "\\b(?:aged?|age:|âgée?\\s+de|alter|im\\s+alter\\s+von|edad(?:\\s+de)?|età(?:\\s+di)?|leeftijd)\\s*:?\\s*(\\d{2,3})\\b"
        + "|\\b(\\d{2,3})\\s*-?\\s*(?:years?|yrs?|y)\\s*-?\\s*(?:old|o\\b|of\\s+age)"
        + "|\\b(\\d{2,3})\\s*(?:y/o|yo\\b|y\\.o\\.|yr\\s+old)"
        + "|\\b(\\d{2,3})\\s*-?\\s*(?:jahre\\s+alt|jähriger?|jährigen?|jährige|ans\\b|años\\b|anni\\b|jaar\\b|jarige)");
  }

  private static final String[] KEYWORDS = {"age", "aged", "âgé", "âge", "alter", "edad", "età", "leeftijd", "year", "yrs", "yr", "y/o",
      "yo", "y.o", "y-o", "jahr", "jähr", "ans", "años", "anni", "jaar", "jarig"};
  private static final dev.veil.detectors.internal.Keywords KEYWORD_SET =
      dev.veil.detectors.internal.Keywords.of(KEYWORDS);

  @Override
  protected int minDigits() {
    return 2;
  }

  @Override
  protected String digitSeparators() {
    return "";
  }

  @Override
  protected int[] windows(String text) {
    return dev.veil.detectors.internal.Windows.aroundKeywords(text, 12, 24, KEYWORD_SET);
  }

  @Override
  protected Finding score(String text, Match m) {
    for (int g = 1; g <= 4; g++) {
      String v = m.group(g);
      if (v != null) {
        int age = Integer.parseInt(v);
        if (age < 90 || age > 130) {
          return null;
        }
        return finding(m.start(g), m.end(g), 0.85);
      }
    }
    return null;
  }
}
