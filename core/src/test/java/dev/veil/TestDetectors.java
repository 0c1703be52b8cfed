package dev.veil;

import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small detectors for core tests, so core's tests do not depend on veil-detectors. */
final class TestDetectors {
  private TestDetectors() {}

  /** Reports every occurrence of a fixed literal as the given type. */
  static Detector literal(String id, EntityType type, String literal, double score) {
    return new Detector() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Set<EntityType> entityTypes() {
        return Set.of(type);
      }

      @Override
      public List<Finding> detect(DetectorInput input) {
        List<Finding> out = new ArrayList<>();
        String t = input.text();
        for (int i = t.indexOf(literal); i >= 0; i = t.indexOf(literal, i + 1)) {
          out.add(Finding.of(type, i, i + literal.length(), score, id));
        }
        return out;
      }
    };
  }

  /** A detector that throws with the text in its message, as a careless detector might. */
  static Detector throwing(String id) {
    return new Detector() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Set<EntityType> entityTypes() {
        return Set.of(EntityType.OTHER_ID);
      }

      @Override
      public List<Finding> detect(DetectorInput input) {
        throw new IllegalStateException("cannot parse: " + input.text());
      }
    };
  }
}
