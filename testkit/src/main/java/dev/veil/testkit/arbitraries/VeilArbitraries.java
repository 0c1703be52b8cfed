package dev.veil.testkit.arbitraries;

import dev.veil.testkit.corpus.CorpusGenerator;
import dev.veil.testkit.corpus.LabelledDocument;
import dev.veil.testkit.corpus.Split;
import dev.veil.testkit.ids.IdentifierKind;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries of valid identifiers, near misses and texts that carry them, for property
 * tests such as "no SSN ever reaches vendor X":
 *
 * <pre>{@code
 * @Property
 * void ssnNeverLeavesUnmasked(@ForAll("ssnInText") String prompt) { ... }
 *
 * @Provide
 * Arbitrary<String> ssnInText() {
 *   return VeilArbitraries.textContaining(IdentifierKind.US_SSN).map(CarrierText::text);
 * }
 * }</pre>
 *
 * <p>Values are drawn from jqwik's seeded source of randomness, so a failing case is reproducible
 * with jqwik's seed. Values do not shrink (a shrunk SSN would not be an SSN); the arbitraries
 * are immutable and can be shared.
 */
public final class VeilArbitraries {
  private VeilArbitraries() {}

  /** Valid values of the given kind. */
  public static Arbitrary<String> valid(IdentifierKind kind) {
    Objects.requireNonNull(kind, "kind");
    return from(kind::valid);
  }

  /**
   * Near misses of the given kind: one digit changed so the checksum fails, or a number range the
   * issuer never allocates.
   *
   * @throws IllegalArgumentException if the kind has no rule to break
   */
  public static Arbitrary<String> nearMiss(IdentifierKind kind) {
    Objects.requireNonNull(kind, "kind");
    if (!kind.hasNearMiss()) {
      throw new IllegalArgumentException(kind + " has no checksum or numbering rule to break");
    }
    return from(kind::nearMiss);
  }

  /** Any kind from the catalogue. */
  public static Arbitrary<IdentifierKind> kinds() {
    return Arbitraries.of(IdentifierKind.class);
  }

  /** Kinds that have near misses (checksums or numbering rules). */
  public static Arbitrary<IdentifierKind> kindsWithNearMiss() {
    return Arbitraries.of(java.util.Arrays.stream(IdentifierKind.values()).filter(IdentifierKind::hasNearMiss)
        .toList());
  }

  public static Arbitrary<String> validSsn() {
    return valid(IdentifierKind.US_SSN);
  }

  public static Arbitrary<String> nearMissSsn() {
    return nearMiss(IdentifierKind.US_SSN);
  }

  public static Arbitrary<String> validCreditCard() {
    return valid(IdentifierKind.CREDIT_CARD);
  }

  public static Arbitrary<String> nearMissCreditCard() {
    return nearMiss(IdentifierKind.CREDIT_CARD);
  }

  public static Arbitrary<String> validIban() {
    return valid(IdentifierKind.IBAN);
  }

  public static Arbitrary<String> nearMissIban() {
    return nearMiss(IdentifierKind.IBAN);
  }

  public static Arbitrary<String> validEmail() {
    return valid(IdentifierKind.EMAIL_ADDRESS);
  }

  /**
   * A value of the kind inside surrounding text (a prefix and suffix of ordinary words and
   * punctuation, never touching the value with a letter or digit).
   */
  public static Arbitrary<CarrierText> textContaining(IdentifierKind kind) {
    Objects.requireNonNull(kind, "kind");
    return from(r -> CarrierText.around(r, kind.valid(r)));
  }

  /** A near miss of the kind inside surrounding text. */
  public static Arbitrary<CarrierText> textContainingNearMiss(IdentifierKind kind) {
    Arbitrary<String> misses = nearMiss(kind);
    return misses.flatMap(v -> from(r -> CarrierText.around(r, v)));
  }

  /** Documents of the labelled corpus from the given split (any seed, any index). */
  public static Arbitrary<LabelledDocument> documents(Split split) {
    CorpusGenerator gen = CorpusGenerator.builder().split(split).seed(1L).build();
    return Arbitraries.integers().between(0, Integer.MAX_VALUE - 1).map(gen::document).withoutEdgeCases();
  }

  private static <T> Arbitrary<T> from(Function<RandomGenerator, T> f) {
    return Arbitraries.randomValue(random -> f.apply(random)).withoutEdgeCases();
  }
}
