package dev.veil.testkit.corpus;

/**
 * Disjoint template families. Each family has its own template files, so no sentence frame is
 * shared between splits.
 *
 * <ul>
 *   <li>{@link #TRAIN}: for developing and tuning detectors (context words, thresholds).
 *   <li>{@link #DEV}: for checking progress while tuning; reported, but tuning on it is discouraged.
 *   <li>{@link #HELDOUT}: never used for tuning. Do not read its templates to choose context words
 *       or thresholds; its numbers are the ones the project reports against its targets.
 * </ul>
 */
public enum Split {
  TRAIN, DEV, HELDOUT;

  String folder() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
