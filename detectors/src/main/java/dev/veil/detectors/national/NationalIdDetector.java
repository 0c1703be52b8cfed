package dev.veil.detectors.national;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Words;

/**
 * Shared scoring of the national identifiers: the candidate is reduced to its compact form,
 * validated by the country's check algorithm (a failed check drops it), and scored by whether a
 * context word of the request's language (or the identifier's own native name) stands nearby.
 */
abstract class NationalIdDetector extends PatternDetector {
  private final String country;
  private final String validator;
  private final Words context;
  private final double bare;
  private final double withContext;

  NationalIdDetector(String id, EntityType type, String country, String validator, String regex, Words context,
      double bare, double withContext) {
    super(id, type, regex);
    this.country = country;
    this.validator = validator;
    this.context = context;
    this.bare = bare;
    this.withContext = withContext;
  }

  /** The compact value (upper case, no separators) of the match, or null if it has the wrong shape. */
  protected abstract String compact(Match m);

  protected abstract boolean isValid(String compact);

  /** Score of a valid value without context; may depend on the request (e.g. its language). */
  protected double bareScore(Match m) {
    return bare;
  }

  @Override
  protected Finding score(String text, Match m) {
    if (!isValidAt(text, m)) {
      return null;
    }
    boolean ctx = Context.near(text, m.start(), m.end(), context.forLanguage(m.context().language()));
    return validFinding(m, ctx ? withContext : bareScore(m));
  }

  /** Whether the match stands alone (no letters, digits or a longer number glued to it) and passes the check. */
  protected final boolean isValidAt(String text, Match m) {
    if (!Context.isDelimited(text, m.start(), m.end()) || Context.insideLongerNumber(text, m.start(), m.end())) {
      return false;
    }
    String c = compact(m);
    return c != null && isValid(c);
  }

  /** The finding of a valid match with {@code score}, the validator and the country. */
  protected final Finding validFinding(Match m, double score) {
    Finding f = finding(m.start(), m.end(), score).withAttribute(Finding.VALIDATOR, validator);
    return country == null ? f : f.withAttribute(Finding.COUNTRY, country);
  }
}
