package dev.veil.detectors.health;

import dev.veil.EntityType;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;

/**
 * What the builders of the lexicon detectors ({@link HealthDetector}, {@code
 * SpecialCategoryDetector}) share: the bundled terms plus the caller's terms, files and exclusions,
 * and whether the document categorizer runs. Not thread-safe; the detector it builds is.
 *
 * @param <B> the concrete builder
 * @param <D> the detector it builds
 */
public abstract class LexiconDetectorBuilder<B extends LexiconDetectorBuilder<B, D>, D> {
  private final Lexicon.Builder lexicon;
  private boolean categorize = true;
  private boolean customTerms;

  protected LexiconDetectorBuilder(Lexicon.Builder bundled) {
    this.lexicon = Objects.requireNonNull(bundled, "bundled");
  }

  /**
   * The lexicon kind of a type this detector reports.
   *
   * @throws dev.veil.VeilException if the detector does not report {@code type}
   */
  protected abstract String kindOf(EntityType type);

  protected abstract B self();

  /** Adds terms (see {@link Lexicon} for the {@code ?} and {@code =} prefixes). */
  public B addTerms(EntityType type, Collection<String> terms) {
    lexicon.addAll(type, kindOf(Objects.requireNonNull(type, "type")), terms);
    customTerms = true;
    return self();
  }

  /** Adds the term lines of a UTF-8 file. */
  public B addFile(EntityType type, Path file) {
    lexicon.addFile(type, kindOf(Objects.requireNonNull(type, "type")), file);
    customTerms = true;
    return self();
  }

  /** Adds phrases that suppress the terms they overlap ("Parkinson's law"). */
  public B addExclusions(Collection<String> phrases) {
    phrases.forEach(lexicon::exclude);
    customTerms = true;
    return self();
  }

  /**
   * Whether to run the document categorizer (default true). Without it every finding has {@code
   * doc_category=general} and no subject is inferred from a clinical document.
   */
  public B documentCategorizer(boolean enabled) {
    this.categorize = enabled;
    return self();
  }

  public abstract D build();

  /** The terms collected so far, for the detector's constructor. */
  protected final Lexicon.Builder lexicon() {
    return lexicon;
  }

  /** Whether the caller added terms, files or exclusions (else the bundled lexicon is used as is). */
  protected final boolean customTerms() {
    return customTerms;
  }

  protected final boolean categorize() {
    return categorize;
  }
}
