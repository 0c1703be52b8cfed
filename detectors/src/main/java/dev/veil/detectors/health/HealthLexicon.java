package dev.veil.detectors.health;

/** The bundled health lexicon, built once and shared (a {@link Lexicon} is immutable). */
final class HealthLexicon {
  private HealthLexicon() {}

  private static final class Holder {
    static final Lexicon INSTANCE = HealthDetector.bundledLexicon().build();
  }

  static Lexicon bundled() {
    return Holder.INSTANCE;
  }
}
