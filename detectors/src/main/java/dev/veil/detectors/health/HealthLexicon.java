package dev.veil.detectors.health;

/** The bundled health lexicon, built once and shared (a {@link Lexicon} is immutable). */
final class HealthLexicon {
  private HealthLexicon() {}

  /** The health member of {@link BundledLexicons} (one scan with the special-category terms). */
  static Lexicon bundled() {
    return BundledLexicons.health();
  }
}
