package dev.veil.testkit.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A generated text with its gold spans.
 *
 * @param id stable id: split, seed and index
 * @param text the document
 * @param spans gold spans sorted by start, non-overlapping, into {@code text}
 * @param split the template family it was drawn from
 * @param templateId template file and line, e.g. {@code heldout/clinical-en.tpl:7}
 * @param register the kind of text
 * @param language the language of the template
 * @param phoneRegion ISO 3166 region for phone numbers without a country code
 * @param obfuscations the disguises applied (empty for plain documents)
 */
public record LabelledDocument(String id, String text, List<GoldSpan> spans, Split split, String templateId,
    Register register, Locale language, String phoneRegion, Set<Obfuscation> obfuscations) {

  public LabelledDocument {
    Objects.requireNonNull(text, "text");
    spans = List.copyOf(spans);
    obfuscations = Set.copyOf(obfuscations);
  }

  public boolean isObfuscated() {
    return !obfuscations.isEmpty();
  }

  /** True if the template has no labelled slot besides names and places. */
  public boolean isNegative() {
    return spans.stream().allMatch(s -> s.type() == dev.veil.EntityType.PERSON
        || s.type() == dev.veil.EntityType.LOCATION);
  }
}
