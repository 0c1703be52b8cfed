package dev.veil.detectors.ner.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The name model shipped in the jar, read once per test class that asks (test scope only). */
public final class BundledModel {
  private static final String PATH = "/dev/veil/detectors/ner/en-veil-names.bin";

  private BundledModel() {}

  /** Reads the bundled model file. */
  public static VeilNameModel read() {
    try (InputStream in = VeilNameModel.class.getResourceAsStream(PATH)) {
      return VeilNameModel.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
