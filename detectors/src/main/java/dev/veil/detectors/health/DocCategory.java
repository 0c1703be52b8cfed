package dev.veil.detectors.health;

import java.util.Locale;

/** What a whole text is, as scored by {@link DocumentCategorizer}. */
public enum DocCategory {
  /** A clinical note, a question about a particular patient's or the writer's health. */
  CLINICAL,
  /** Banking, payments, invoices, insurance claims as money matters. */
  FINANCIAL,
  /** Everything else, including general questions about medicine. */
  GENERAL;

  /** The attribute value: {@code clinical}, {@code financial} or {@code general}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an attribute value or model label. */
  public static DocCategory of(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
