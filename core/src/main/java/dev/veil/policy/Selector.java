package dev.veil.policy;

import dev.veil.DataCategory;
import dev.veil.EntityType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which findings a rule is about. A finding is selected when its type is in {@code types} or one
 * of its categories is in {@code categories} (or {@code anyFinding} is set), its score is at least
 * {@code minScore}, its detector id fully matches {@code detectorPattern} (RE2/J syntax, when
 * set), every attribute named in {@code attributePatterns} fully matches its pattern, and, with
 * {@code personalOnly}, it is data about a person.
 *
 * <p><b>About a person.</b> An identifier (a type in {@link DataCategory#HIPAA_IDENTIFIER} or
 * {@link DataCategory#GDPR_PERSONAL_DATA}) always is. Any other finding (a health term, a special
 * category) is when the same text holds at least one identifier finding, or when its {@value
 * #SUBJECT} attribute is {@code self} or {@code other}. "Explain how metformin works" (a
 * medication, no identifier, {@code subject=none}) is not personal data.
 *
 * <p>Immutable value; equal selectors select the same findings.
 */
public record Selector(
    Set<EntityType> types,
    Set<DataCategory> categories,
    boolean anyFinding,
    boolean personalOnly,
    double minScore,
    String detectorPattern,
    Map<String, String> attributePatterns) {

  /** Attribute set by health/special-category detectors: {@code self}, {@code other} or {@code none}. */
  public static final String SUBJECT = "subject";

  public Selector {
    types = types == null || types.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(types));
    categories = categories == null || categories.isEmpty()
        ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(categories));
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new PolicyException("minScore must be in [0, 1]: " + minScore);
    }
    attributePatterns = attributePatterns == null || attributePatterns.isEmpty()
        ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(attributePatterns));
    if (!anyFinding && types.isEmpty() && categories.isEmpty()) {
      throw new PolicyException("a selector needs entity types, categories or anyFinding");
    }
  }

  /** Findings of any of these types. */
  public static Selector types(EntityType... types) {
    return new Selector(Set.of(types), Set.of(), false, false, 0, null, Map.of());
  }

  /** Findings in any of these categories. */
  public static Selector categories(DataCategory... categories) {
    return new Selector(Set.of(), Set.of(categories), false, false, 0, null, Map.of());
  }

  /** Every finding. */
  public static Selector any() {
    return new Selector(Set.of(), Set.of(), true, false, 0, null, Map.of());
  }

  /** This selector, restricted to data about a person (see the class comment). */
  public Selector aboutPerson() {
    return new Selector(types, categories, anyFinding, true, minScore, detectorPattern, attributePatterns);
  }

  /** This selector, restricted to findings scoring at least {@code min}. */
  public Selector minScore(double min) {
    return new Selector(types, categories, anyFinding, personalOnly, min, detectorPattern, attributePatterns);
  }

  /** This selector, restricted to findings whose detector id fully matches the RE2/J pattern. */
  public Selector detector(String pattern) {
    return new Selector(types, categories, anyFinding, personalOnly, minScore,
        Objects.requireNonNull(pattern), attributePatterns);
  }

  /** This selector, restricted to findings whose attribute {@code key} fully matches the pattern. */
  public Selector attribute(String key, String pattern) {
    Map<String, String> copy = new TreeMap<>(attributePatterns);
    copy.put(Objects.requireNonNull(key), Objects.requireNonNull(pattern));
    return new Selector(types, categories, anyFinding, personalOnly, minScore, detectorPattern, copy);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(anyFinding ? "any finding" : "");
    if (!types.isEmpty()) {
      b.append("types ").append(types);
    }
    if (!categories.isEmpty()) {
      b.append(b.length() > 0 ? " or " : "").append("categories ").append(categories);
    }
    if (personalOnly) {
      b.append(" about a person");
    }
    if (minScore > 0) {
      b.append(" score>=").append(minScore);
    }
    if (detectorPattern != null) {
      b.append(" detector~").append(detectorPattern);
    }
    if (!attributePatterns.isEmpty()) {
      b.append(" attributes~").append(attributePatterns);
    }
    return b.toString();
  }
}
