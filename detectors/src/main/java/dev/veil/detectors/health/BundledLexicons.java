package dev.veil.detectors.health;

import dev.veil.detectors.special.SpecialCategoryDetector;
import java.util.List;

/**
 * The bundled lexicons of the health and special-category detectors, the lab-value analyte names
 * and the drug-name stems, in one automaton: a request's text is scanned once for all of them (the detectors that run
 * on it after the first reuse the raw hits; see {@link Lexicon#group}). A detector built with extra
 * terms has a lexicon of its own instead. Built once, on first use; immutable and thread-safe.
 */
public final class BundledLexicons {
  private BundledLexicons() {}

  private static final class Holder {
    static final Lexicon.Group GROUP = Lexicon.group(
        List.of(HealthDetector.bundledLexicon(), SpecialCategoryDetector.bundledTerms()),
        java.util.stream.Stream.concat(ClinicalPatterns.ANALYTE_STARTS.stream(),
            DrugMorphology.suffixes().stream()).toList());
  }

  /** The bundled health lexicon. */
  static Lexicon health() {
    return Holder.GROUP.lexicons().get(0);
  }

  /** The bundled special-category lexicon (for {@link SpecialCategoryDetector}). */
  public static Lexicon special() {
    return Holder.GROUP.lexicons().get(1);
  }

  /** The shared scan, for the analyte names. */
  static Lexicon.SharedScan scan() {
    return Holder.GROUP.scan();
  }

  /** Pattern number of the first analyte name in {@link #scan()}'s hits. */
  static int analyteOffset() {
    return Holder.GROUP.extraOffset();
  }

  /** Pattern number of the first drug stem ({@link DrugMorphology#suffixes()}) in {@link #scan()}'s hits. */
  static int stemOffset() {
    return Holder.GROUP.extraOffset() + ClinicalPatterns.ANALYTE_STARTS.size();
  }
}
