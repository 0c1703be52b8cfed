package dev.veil.examples;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the given person names literally. A stand-in for the name detector of {@code
 * veil-detectors} in the examples; not a way to find names in real text.
 */
public final class DemoNameDetector implements Detector {
  private final List<String> names;

  public DemoNameDetector(String... names) {
    this.names = List.of(names);
  }

  @Override
  public String id() {
    return "demo-names";
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.PERSON);
  }

  @Override
  public List<Finding> detect(DetectorInput input) {
    List<Finding> out = new ArrayList<>();
    for (String n : names) {
      for (int at = input.text().indexOf(n); at >= 0; at = input.text().indexOf(n, at + 1)) {
        out.add(Finding.of(EntityType.PERSON, at, at + n.length(), 0.9, id()));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "DemoNameDetector[" + names.size() + " names]";
  }
}
