package dev.veil.detect;

import dev.veil.EntityType;
import dev.veil.Finding;
import java.util.List;
import java.util.Set;

/**
 * Finds sensitive data in a text. Implementations are discovered with {@link
 * java.util.ServiceLoader} (list the class in {@code META-INF/services/dev.veil.detect.Detector};
 * it needs a public no-argument constructor) or added to a {@link dev.veil.Guard.Builder} directly.
 *
 * <p><b>Contract.</b> {@link #detect} receives the normalized text and returns findings whose spans
 * index into {@link DetectorInput#text()}; the guard maps them back to the caller's original text.
 * It must be thread-safe (one instance serves all request threads), deterministic, and must not
 * log or put into exceptions any part of the text. A detector that throws makes the guard fail
 * closed: the text is blocked, never passed unchecked.
 */
public interface Detector {

  /** A short stable id, e.g. {@code us-ssn}; appears in findings and audit events. */
  String id();

  /** The entity types this detector can report. */
  Set<EntityType> entityTypes();

  /**
   * Returns the findings in {@code input.text()}, in any order, possibly overlapping.
   *
   * @return a list (possibly empty, never null) of findings with spans inside the input text
   */
  List<Finding> detect(DetectorInput input);
}
