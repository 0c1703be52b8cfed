package dev.veil.detect;

import dev.veil.GuardContext;
import java.util.Objects;

/**
 * What a {@link Detector} inspects: the normalized text and the request's context (language and
 * phone region for context words and number parsing).
 *
 * @param text the normalized text; findings index into it
 * @param context the request context
 */
public record DetectorInput(String text, GuardContext context) {

  public DetectorInput {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
  }

  public static DetectorInput of(String text) {
    return new DetectorInput(text, GuardContext.defaults());
  }

  @Override
  public String toString() {
    return "DetectorInput[length=" + text.length() + ", context=" + context + "]";
  }
}
