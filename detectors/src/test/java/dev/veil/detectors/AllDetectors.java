package dev.veil.detectors;

import dev.veil.detect.Detector;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Every detector registered in META-INF/services, as the guard discovers them. */
public final class AllDetectors {
  private AllDetectors() {}

  public static List<Detector> load() {
    List<Detector> all = new ArrayList<>();
    ServiceLoader.load(Detector.class).forEach(all::add);
    return all;
  }
}
