package dev.veil.bench.perf;

/** Prints the ids of the detectors on the class path, comma-separated, for {@code -p detector=...}. */
public final class DetectorIds {
  private DetectorIds() {}

  public static void main(String[] args) {
    System.out.println(String.join(",", Guards.discoverDetectors().keySet()));
  }
}
