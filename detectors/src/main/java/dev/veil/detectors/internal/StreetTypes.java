package dev.veil.detectors.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * English street types ("Street", "Rd", "Mews"), shared by the street address pattern and the
 * name detector's rule that a name between a house number and a street type names a street, so
 * the two agree on what a street is.
 */
public final class StreetTypes {
  /** As written in addresses, capitalized, in the order the address pattern tries them. */
  public static final List<String> ENGLISH = List.of("Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard",
      "Blvd", "Lane", "Ln", "Drive", "Dr", "Court", "Ct", "Way", "Place", "Pl", "Terrace", "Ter", "Parkway", "Pkwy",
      "Circle", "Cir", "Highway", "Hwy", "Square", "Sq", "Trail", "Trl", "Close", "Crescent", "Row", "Gardens",
      "Grove", "Hill", "Mews");

  private static final Set<String> LOWER =
      ENGLISH.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

  private StreetTypes() {}

  /** The types as a regular-expression alternation, {@code (?:Street|St|...)}. */
  public static String alternation() {
    return ENGLISH.stream().collect(Collectors.joining("|", "(?:", ")"));
  }

  /** True if {@code word}, in any case, is one of the {@link #ENGLISH} types. */
  public static boolean isEnglish(String word) {
    return LOWER.contains(word.toLowerCase(Locale.ROOT));
  }
}
