package dev.veil.detectors.health;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.special.SpecialCategoryDetector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the health and special-category detectors and the document categorizer on the
 * held-out generated set and the hand-written prompts, and times the lexicon pass. Prints the
 * numbers reported in {@code docs/evaluation-health.md}:
 *
 * <pre>
 * ./mvnw -q -B -pl detectors -am test-compile exec:java \
 *   -Dexec.mainClass=dev.veil.detectors.health.HealthEvaluation -Dexec.classpathScope=test
 * </pre>
 */
public final class HealthEvaluation {

  static final long SEED = 7_2026_11_29L;

  /** Counts for recall and false positives. */
  static final class Tally {
    int labels;
    int found;
    int words;
    int falsePositives;
    int generalMentions;
    final Map<String, int[]> bySlot = new TreeMap<>();
    final List<String> missed = new ArrayList<>();

    double recall() {
      return labels == 0 ? 1.0 : (double) found / labels;
    }

    double fpPer1000Words() {
      return words == 0 ? 0 : 1000.0 * falsePositives / words;
    }

    double mentionsPer1000Words() {
      return words == 0 ? 0 : 1000.0 * generalMentions / words;
    }
  }

  private final HealthDetector health = new HealthDetector();
  private final SpecialCategoryDetector special = new SpecialCategoryDetector();

  /** Arguments: number of generated notes (default 400), or {@code timing} for timings only. */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("timing")) {
      new HealthEvaluation().timing(new CorpusGenerator(SEED));
      return;
    }
    new HealthEvaluation().report(Integer.parseInt(args.length > 0 ? args[0] : "400"));
  }

  void report(int notes) {
    CorpusGenerator gen = new CorpusGenerator(SEED);
    Tally clinical = generatedRecall(gen, notes);
    System.out.printf(Locale.ROOT, "generated held-out clinical notes: %d notes, %d labelled terms,"
        + " recall %.4f%n", notes, clinical.labels, clinical.recall());
    clinical.bySlot.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-5s %d/%d = %.4f%n",
        k, v[1], v[0], (double) v[1] / v[0]));
    missedSummary(clinical.missed);

    List<CorpusGenerator.Doc> docs = gen.generate(CorpusGenerator.Split.HELDOUT, 600);
    Tally genMed = falsePositives(docs, CorpusGenerator.Topic.GENERAL_MEDICAL);
    Tally nonMed = falsePositives(docs, CorpusGenerator.Topic.NON_MEDICAL);
    Tally fin = falsePositives(docs, CorpusGenerator.Topic.FINANCIAL);
    printFp("generated general-medical", genMed);
    printFp("generated non-medical", nonMed);
    printFp("generated financial", fin);
    System.out.printf(Locale.ROOT, "doccat accuracy, generated held-out (%d docs): %.4f%n",
        docs.size(), doccatAccuracy(docs.stream().map(d -> Map.entry(d.text(), d.category())).toList()));

    List<HandwrittenSet.Prompt> hand = HandwrittenSet.load();
    Tally hClinical = handRecall(hand);
    System.out.printf(Locale.ROOT, "hand-written clinical: %d labelled terms, recall %.4f%n",
        hClinical.labels, hClinical.recall());
    missedSummary(hClinical.missed);
    printFp("hand-written general-medical", handFp(hand, "general_medical"));
    printFp("hand-written non-medical", handFp(hand, "non_medical"));
    printFp("hand-written financial", handFp(hand, "financial"));
    int[] sc = specialCounts(hand);
    System.out.printf(Locale.ROOT, "hand-written special categories: %d labelled, %d found,"
        + " %d unlabelled person-attributed findings%n", sc[0], sc[1], sc[2]);
    System.out.printf(Locale.ROOT, "doccat accuracy, hand-written (%d prompts): %.4f%n",
        hand.size(), doccatAccuracy(hand.stream().map(p -> Map.entry(p.text(), p.category())).toList()));
    timing(gen);
  }

  Tally generatedRecall(CorpusGenerator gen, int notes) {
    Tally t = new Tally();
    for (int i = 0; i < notes; i++) {
      CorpusGenerator.Doc d = gen.clinicalNote(CorpusGenerator.Split.HELDOUT, 4);
      List<Finding> f = health.detect(DetectorInput.of(d.text()));
      for (CorpusGenerator.Label l : d.labels()) {
        boolean hit = f.stream().anyMatch(x -> x.start() < l.end() && l.start() < x.end());
        t.labels++;
        int[] s = t.bySlot.computeIfAbsent(l.slot(), k -> new int[2]);
        s[0]++;
        if (hit) {
          t.found++;
          s[1]++;
        } else {
          t.missed.add(d.text().substring(l.start(), l.end()));
        }
      }
    }
    return t;
  }

  /**
   * On non-clinical text: a health finding said about a person ({@code subject} self/other) is a
   * false positive; one with {@code subject=none} is counted as a general mention. On non-medical
   * text every health finding is a false positive.
   */
  Tally falsePositives(List<CorpusGenerator.Doc> docs, CorpusGenerator.Topic topic) {
    Tally t = new Tally();
    for (CorpusGenerator.Doc d : docs) {
      if (d.topic() != topic) {
        continue;
      }
      count(t, d.text(), List.of(), topic != CorpusGenerator.Topic.GENERAL_MEDICAL);
    }
    return t;
  }

  private void count(Tally t, String text, List<HandwrittenSet.Label> labels, boolean anyIsFp) {
    t.words += text.split("\\s+").length;
    for (Finding f : health.detect(DetectorInput.of(text))) {
      if (labels.stream().anyMatch(l -> l.start() < f.end() && f.start() < l.end())) {
        continue;
      }
      boolean person = !"none".equals(f.attributes().get(HealthAttributes.SUBJECT));
      if (person || anyIsFp) {
        t.falsePositives++;
        if (Boolean.getBoolean("eval.verbose")) {
          // generated or hand-written test data only
          System.out.println("    FP " + f + " '" + f.valueIn(text) + "' in: " + text);
        }
      } else {
        t.generalMentions++;
      }
    }
  }

  Tally handRecall(List<HandwrittenSet.Prompt> hand) {
    Tally t = new Tally();
    for (HandwrittenSet.Prompt p : hand) {
      if (!p.topic().equals("clinical")) {
        continue;
      }
      List<Finding> f = health.detect(DetectorInput.of(p.text()));
      for (HandwrittenSet.Label l : p.labels()) {
        if (l.type() != null) {
          continue;
        }
        t.labels++;
        if (f.stream().anyMatch(x -> x.start() < l.end() && l.start() < x.end())) {
          t.found++;
        } else {
          t.missed.add(p.text().substring(l.start(), l.end()));
        }
      }
    }
    return t;
  }

  Tally handFp(List<HandwrittenSet.Prompt> hand, String topic) {
    Tally t = new Tally();
    for (HandwrittenSet.Prompt p : hand) {
      if (p.topic().equals(topic)) {
        count(t, p.text(), p.labels(), topic.equals("non_medical"));
      }
    }
    return t;
  }

  /** Labelled special-category spans, how many were found, and unlabelled person findings. */
  int[] specialCounts(List<HandwrittenSet.Prompt> hand) {
    int[] c = new int[3];
    for (HandwrittenSet.Prompt p : hand) {
      List<Finding> f = special.detect(DetectorInput.of(p.text()));
      for (HandwrittenSet.Label l : p.labels()) {
        if (l.type() == null) {
          continue;
        }
        c[0]++;
        if (f.stream().anyMatch(x -> x.type() == l.type() && x.start() < l.end() && l.start() < x.end())) {
          c[1]++;
        }
      }
      for (Finding x : f) {
        boolean labelled = p.labels().stream().anyMatch(l -> l.type() == x.type()
            && x.start() < l.end() && l.start() < x.end());
        if (!labelled && !"none".equals(x.attributes().get(HealthAttributes.SUBJECT))) {
          c[2]++;
        }
      }
    }
    return c;
  }

  static double doccatAccuracy(List<Map.Entry<String, DocCategory>> docs) {
    DocumentCategorizer dc = DocumentCategorizer.bundled();
    long ok = docs.stream().filter(e -> dc.categorize(e.getKey()).category() == e.getValue()).count();
    return (double) ok / docs.size();
  }

  private void timing(CorpusGenerator gen) {
    StringBuilder b = new StringBuilder();
    while (b.length() < 2048) {
      b.append(gen.clinicalNote(CorpusGenerator.Split.HELDOUT, 3).text()).append('\n');
    }
    String prompt = b.substring(0, 2048);
    StringBuilder g = new StringBuilder();
    while (g.length() < 2048) {
      g.append("Write a blog post about the history of jazz and how it shaped modern music. ");
    }
    String plain = g.substring(0, 2048);
    Lexicon lexicon = HealthLexicon.bundled();
    System.out.printf(Locale.ROOT, "timing on a 2,048-char prompt (median of 200 batches x 50 calls,"
        + " after 10,000 warm-up calls):%n");
    time("  health lexicon pass, clinical prompt", () -> lexicon.find(prompt).size());
    time("  health lexicon pass, non-medical prompt", () -> lexicon.find(plain).size());
    time("  ClinicalPatterns.find (labs, ICD-10), clinical", () -> ClinicalPatterns.find(prompt).size());
    time("  SubjectResolver over all lexicon matches, clinical", () -> {
      int k = 0;
      for (Lexicon.Match m : lexicon.find(prompt)) {
        k += SubjectResolver.resolve(prompt, m.start(), m.end(), true).ordinal();
      }
      return k;
    });
    time("  HealthDetector.detect (lexicon+patterns+morphology+doccat), clinical",
        () -> health.detect(DetectorInput.of(new String(prompt))).size());
    time("  HealthDetector.detect, same text again (doccat cached)",
        () -> health.detect(DetectorInput.of(prompt)).size());
    time("  SpecialCategoryDetector.detect, clinical",
        () -> special.detect(DetectorInput.of(prompt)).size());
    time("  DocumentCategorizer.categorize (uncached)",
        () -> DocumentCategorizer.bundled().categorize(new String(prompt)).hashCode());
  }

  private static void time(String label, java.util.function.IntSupplier work) {
    int sink = 0;
    for (int i = 0; i < 10_000; i++) {
      sink += work.getAsInt();
    }
    long[] batches = new long[200];
    for (int b = 0; b < batches.length; b++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < 50; i++) {
        sink += work.getAsInt();
      }
      batches[b] = (System.nanoTime() - t0) / 50;
    }
    Arrays.sort(batches);
    System.out.printf(Locale.ROOT, "%s: median %.1f µs, p90 %.1f µs (sink %d)%n", label,
        batches[100] / 1000.0, batches[180] / 1000.0, sink & 1);
  }

  private static void missedSummary(List<String> missed) {
    Map<String, Integer> m = new TreeMap<>();
    missed.forEach(s -> m.merge(s, 1, Integer::sum));
    if (!m.isEmpty()) {
      System.out.println("  missed: " + m);
    }
  }

  private static void printFp(String name, Tally t) {
    System.out.printf(Locale.ROOT, "%s: %d words, %d false positives (%.2f / 1,000 words),"
        + " %d general mentions (subject=none, %.2f / 1,000 words)%n", name, t.words,
        t.falsePositives, t.fpPer1000Words(), t.generalMentions, t.mentionsPer1000Words());
  }

  static boolean isHealth(EntityType t) {
    return t == EntityType.HEALTH_CONDITION || t == EntityType.MEDICATION || t == EntityType.GENETIC_DATA;
  }
}
