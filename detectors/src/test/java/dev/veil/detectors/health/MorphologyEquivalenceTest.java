package dev.veil.detectors.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.detectors.internal.AhoCorasick;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The drug-morphology pass, which looks only at words the shared scan found a stem at the end of,
 * finds what the per-word pass it replaced found: every letter run checked in turn.
 */
class MorphologyEquivalenceTest {

  /** The per-word pass of session 2, kept as the reference. */
  static List<String> reference(String text, List<Lexicon.Match> terms) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int t = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int b = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i - b < 6 || (i < n && Character.isDigit(text.charAt(i)))
          || (b > 0 && Character.isDigit(text.charAt(b - 1)))) {
        continue;
      }
      while (t < terms.size() && terms.get(t).end() <= b) {
        t++;
      }
      if (t < terms.size() && terms.get(t).start() < i) {
        continue;
      }
      int end = i;
      if (end + 1 < n && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
          && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S')) {
        end += 2;
      }
      String w = AhoCorasick.fold(text.substring(b, i));
      String stem = w.endsWith("s") && !DrugMorphology.looksLikeDrug(w) ? w.substring(0, w.length() - 1) : w;
      if (DrugMorphology.looksLikeDrug(stem)) {
        out.add(b + ":" + end);
      }
    }
    return out;
  }

  private static final List<String> WORDS = List.of("metformin", "Metformins", "atorvastatin",
      "ATORVASTATIN's", "lisinopril", "april", "Adalimumab", "pembrolizumab", "cholesterol",
      "omeprazole", "azoles", "sildenafil", "clopidogrel", "mongrel", "apixaban", "caffeine",
      "lidocaine", "olanzapine", "alpine", "é", "ſ", "s", "x1", "2", "-", " ", "'s", "’s", "\n",
      "tinib", "imatinib", "imatinibs", "warfarin", "heparin", "enoxaparin", "parins", "comparing",
      "ramiprils", "ÉSOMÉPRAZOLE", "valsartan", "sartans", "vir", "acyclovir", "remdesivir");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(WORDS).list().ofMaxSize(14).map(l -> String.join("", l));
  }

  @Property(tries = 1000)
  void sameAsThePerWordPass(@ForAll("texts") String text) {
    List<Lexicon.Match> terms = HealthLexicon.bundled().find(text);
    List<String> actual = new ArrayList<>();
    for (int[] d : HealthDetector.morphology(text, terms)) {
      actual.add(d[0] + ":" + d[1]);
    }
    assertEquals(reference(text, terms), actual);
  }
}
