package dev.veil.detectors.health;

/**
 * Attribute keys on the findings of the health and special-category detectors. Values never
 * contain text from the input.
 */
public final class HealthAttributes {
  /** {@code self}, {@code other} or {@code none}: see {@link Subject}. */
  public static final String SUBJECT = "subject";
  /** {@code clinical}, {@code financial} or {@code general}: see {@link DocCategory}. */
  public static final String DOC_CATEGORY = "doc_category";
  /**
   * What matched: {@code condition}, {@code symptom}, {@code procedure}, {@code drug},
   * {@code drug-morphology}, {@code genetic}, {@code icd10}, {@code lab}, {@code abbreviation}, or a
   * special-category kind such as {@code religion}.
   */
  public static final String KIND = "kind";

  private HealthAttributes() {}
}
