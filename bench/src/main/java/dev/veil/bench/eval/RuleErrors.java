package dev.veil.bench.eval;

import dev.veil.Guard;
import dev.veil.testkit.corpus.CorpusGenerator;
import dev.veil.testkit.corpus.Split;

/**
 * Prints the rule detectors' errors (misses and false findings, with a few words of context) on
 * the TRAIN or DEV split, for tuning. HELDOUT is refused: its errors must never be looked at.
 *
 * <p>Usage: {@code RuleErrors SPLIT [--docs N] [--seed S] [--type TYPE]...} (TYPE filters on the
 * entity type name, e.g. {@code PHONE_NUMBER}).
 */
public final class RuleErrors {
  private RuleErrors() {}

  public static void main(String[] args) {
    Split split = Split.valueOf(args[0]);
    if (split == Split.HELDOUT) {
      throw new IllegalArgumentException("HELDOUT errors are never printed: tune on TRAIN, watch DEV");
    }
    int docs = RuleEvaluation.DEFAULT_DOCS;
    long seed = RuleEvaluation.DEFAULT_SEED;
    java.util.List<String> types = new java.util.ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--type" -> types.add(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; usage: RuleErrors TRAIN|DEV [--docs N] [--seed S] [--type TYPE]...");
      }
    }
    Evaluator evaluator = new Evaluator(Guard.builder().discoverDetectors().build());
    Evaluator.Result r = evaluator.evaluate(CorpusGenerator.builder().split(split).seed(seed).build().generate(docs));
    for (String e : r.errors()) {
      String type = e.split(" ", 3)[1];
      if (types.isEmpty() || types.contains(type)) {
        System.out.println(e);
      }
    }
    r.byType().forEach((t, s) -> {
      if (types.isEmpty() || types.contains(t.name())) {
        System.out.printf(java.util.Locale.ROOT, "%s gold %d found %d P %.3f R %.3f F1 %.3f%n", t, s.gold(),
            s.predicted(), s.precision(), s.recall(), s.f1());
      }
    });
  }
}
