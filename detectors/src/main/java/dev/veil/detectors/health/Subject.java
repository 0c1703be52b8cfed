package dev.veil.detectors.health;

import java.util.Locale;

/**
 * Whom a sensitive term is said about; written to findings as attribute {@link
 * HealthAttributes#SUBJECT}.
 */
public enum Subject {
  /** The writer: "I have diabetes", "my blood pressure". */
  SELF,
  /** Another identifiable person: a patient, a named person, a pronoun, "my wife". */
  OTHER,
  /** Nobody in particular: "explain how metformin works", "people with asthma". */
  NONE;

  /** The attribute value: {@code self}, {@code other} or {@code none}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isPerson() {
    return this != NONE;
  }
}
