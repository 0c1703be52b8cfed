package dev.veil.detectors.health;

import dev.veil.detect.DetectorInput;
import dev.veil.detectors.special.SpecialCategoryDetector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Thread CPU time of each stage of the health detector on a fresh copy of a 2,048-char clinical
 * prompt per call (so no per-text cache hits), for finding where the time goes. Not part of {@code
 * mvn verify}:
 *
 * <pre>
 * ./mvnw -q -B -pl detectors -am test-compile exec:java \
 *   -Dexec.mainClass=dev.veil.detectors.health.HealthStageTiming -Dexec.classpathScope=test
 * </pre>
 */
public final class HealthStageTiming {
  private HealthStageTiming() {}

  public static void main(String[] args) {
    CorpusGenerator gen = new CorpusGenerator(HealthEvaluation.SEED);
    StringBuilder b = new StringBuilder();
    while (b.length() < 2048) {
      b.append(gen.clinicalNote(CorpusGenerator.Split.HELDOUT, 3).text()).append('\n');
    }
    String clinical = b.substring(0, 2048);
    StringBuilder g = new StringBuilder();
    while (g.length() < 2048) {
      g.append("Write a blog post about the history of jazz and how it shaped modern music, with"
          + " 3 examples from 1925 to 1960. ");
    }
    String plain = g.substring(0, 2048);
    HealthDetector health = new HealthDetector();
    SpecialCategoryDetector special = new SpecialCategoryDetector();
    Lexicon lexicon = HealthLexicon.bundled();
    for (String[] t : new String[][] {{"clinical", clinical}, {"non-medical", plain}}) {
      String text = t[1];
      System.out.printf(Locale.ROOT, "%s prompt, 2,048 chars, fresh copy per call:%n", t[0]);
      time("health lexicon find", text, s -> lexicon.find(s).size());
      time("ClinicalPatterns.find", text, s -> ClinicalPatterns.find(s).size());
      time("morphology", text, s -> HealthDetector.morphology(s, List.of()).size());
      time("DocumentCategorizer.tokenize", text, s -> DocumentCategorizer.tokenize(s).length);
      DirectCategorizer direct = DirectCategorizer.create(
          DocumentCategorizer.bundled().model().getMaxentModel());
      time("DirectCategorizer.probabilities", text, s -> direct.probabilities(s, 3).length);
      time("DocumentCategorizer.categorize", text,
          s -> DocumentCategorizer.bundled().categorize(s).category().ordinal());
      time("SubjectResolver, all lexicon matches", text, s -> {
        int k = 0;
        for (Lexicon.Match m : lexicon.find(text)) {
          k += SubjectResolver.resolve(s, m.start(), m.end(), true).ordinal();
        }
        return k;
      });
      time("HealthDetector.detect", text, s -> health.detect(DetectorInput.of(s)).size());
      time("SpecialCategoryDetector.detect", text, s -> special.detect(DetectorInput.of(s)).size());
      time("both, one text", text, s -> {
        DetectorInput in = DetectorInput.of(s);
        return health.detect(in).size() + special.detect(in).size();
      });
    }
  }

  private static void time(String label, String text, ToIntFunction<String> work) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    char[] chars = text.toCharArray();
    int sink = 0;
    for (int i = 0; i < 5_000; i++) {
      sink += work.applyAsInt(new String(chars));
    }
    double[] batches = new double[40];
    for (int r = 0; r < batches.length; r++) {
      long t0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < 100; i++) {
        sink += work.applyAsInt(new String(chars));
      }
      batches[r] = (mx.getCurrentThreadCpuTime() - t0) / 100 / 1000.0;
    }
    Arrays.sort(batches);
    System.out.printf(Locale.ROOT, "  %-38s median %7.1f µs  p10 %7.1f (sink %d)%n", label,
        batches[20], batches[4], sink & 1);
  }
}
