package dev.veil.testkit.corpus;

import dev.veil.EntityType;
import dev.veil.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * One labelled value in a {@link LabelledDocument}.
 *
 * @param type the entity type
 * @param start first index into the document text (a Java {@code String} index), inclusive
 * @param end last index, exclusive
 * @param country ISO 3166 code for country-specific identifiers, else null
 * @param slot the template slot the value came from (e.g. {@code DE_TAX_ID})
 * @param value the generated value before any obfuscation (synthetic test data, never real)
 * @param obfuscated true if the text at {@code [start, end)} is a disguised form of {@code value}
 */
public record GoldSpan(EntityType type, int start, int end, String country, String slot, String value,
    boolean obfuscated) {

  public GoldSpan {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid gold span [" + start + ", " + end + ")");
    }
  }

  public Span span() {
    return new Span(start, end);
  }

  public Optional<String> countryCode() {
    return Optional.ofNullable(country);
  }

  GoldSpan shift(int delta) {
    return new GoldSpan(type, start + delta, end + delta, country, slot, value, obfuscated);
  }
}
