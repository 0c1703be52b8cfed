package dev.veil.bench.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.EntityType;
import dev.veil.Guard;
import dev.veil.testkit.corpus.CorpusGenerator;
import dev.veil.testkit.corpus.Split;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 3's accuracy targets on a sample of the HELDOUT split, for every type the discovered
 * detectors claim. A target for a type no detector claims yet is skipped with a note (the full
 * catalogue arrives with the rule detectors); a claimed type that misses its target fails.
 *
 * <p>{@link #KNOWN_GAPS} lists targets of claimed types that the detectors still miss (also reported
 * as missed in docs/evaluation-rules.md). For them the test asserts the miss (strict expected-failure): the day the
 * detector meets the target, the test fails and asks for the entry to be removed, so a gap can
 * neither be forgotten nor silently hide a regression elsewhere. Each entry names the cause and
 * the numbers measured; keep this map empty whenever possible.
 */
class RuleTargetsTest {
  /** The same documents as docs/evaluation-rules.md reports (inspection takes well under a second). */
  private static final int DOCS = RuleEvaluation.DEFAULT_DOCS;

  /** Targets of claimed types known to miss, keyed "TYPE METRIC", with the reason (see class javadoc). */
  static final Map<String, String> KNOWN_GAPS = Map.of();

  private static Evaluator.Result result;
  private static Set<EntityType> claimed;

  @BeforeAll
  static void evaluate() {
    Evaluator evaluator = new Evaluator(Guard.builder().discoverDetectors().build());
    claimed = evaluator.claimedTypes();
    result = evaluator.evaluate(CorpusGenerator.builder().split(Split.HELDOUT).seed(RuleEvaluation.DEFAULT_SEED)
        .build().generate(DOCS));
  }

  @TestFactory
  Stream<DynamicTest> heldoutTargets() {
    List<Targets.Target> targets = Targets.all();
    return targets.stream().map(t -> DynamicTest.dynamicTest(t.toString(), () -> {
      Assumptions.assumeTrue(claimed.contains(t.type()),
          "until the rules branch merges: no discovered detector claims " + t.type());
      TypeScore s = result.of(t.type());
      assertTrue(s.gold() > 0, "the HELDOUT sample has no " + t.type());
      String numbers = String.format(Locale.ROOT, "%s: %s = %.3f (P %.3f, R %.3f, gold %d, found %d), target %.2f",
          t.type(), t.metric(), t.measured(s), s.precision(), s.recall(), s.gold(), s.predicted(), t.threshold());
      String key = t.type() + " " + t.metric();
      if (KNOWN_GAPS.containsKey(key)) {
        assertFalse(t.isMet(s), numbers + ": the target is met now; remove \"" + key + "\" from KNOWN_GAPS");
        System.out.println("KNOWN GAP " + numbers + " (" + KNOWN_GAPS.get(key) + ")");
        return;
      }
      assertTrue(t.isMet(s), numbers + ": missed");
    }));
  }
}
