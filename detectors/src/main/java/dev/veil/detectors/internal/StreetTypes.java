package dev.veil.detectors.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Street types shared by the street address pattern and the name detector's rules that a name
 * inside a street line names a street, so the two agree on what a street is: English types
 * ("Street", "Rd", "Mews") and the German two-word forms ("Berliner Straße 12", "Zum Brunnen 5").
 */
public final class StreetTypes {
  /** As written in addresses, capitalized, in the order the address pattern tries them. */
  public static final List<String> ENGLISH = List.of("Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard",
      "Blvd", "Lane", "Ln", "Drive", "Dr", "Court", "Ct", "Way", "Place", "Pl", "Terrace", "Ter", "Parkway", "Pkwy",
      "Circle", "Cir", "Highway", "Hwy", "Square", "Sq", "Trail", "Trl", "Close", "Crescent", "Row", "Gardens",
      "Grove", "Hill", "Mews");

  /** German types written as a word of their own after the name ("Berliner Straße 12"), capitalized. */
  public static final List<String> GERMAN_SEPARATE = List.of("Straße", "Strasse", "Str.", "Allee", "Weg", "Gasse",
      "Platz", "Ring", "Damm", "Chaussee");

  /** Heads of German street names made of a preposition and one noun ("Zum Brunnen 156", "An der Linde 111"). */
  public static final List<String> GERMAN_HEADS = List.of("Am", "An der", "Auf dem", "Im", "In der", "Zum", "Zur");

  private static final Set<String> LOWER =
      ENGLISH.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

  private StreetTypes() {}

  /** The types as a regular-expression alternation, {@code (?:Street|St|...)}. */
  public static String alternation() {
    return alternation(ENGLISH);
  }

  /** {@code words} as a regular-expression alternation, points quoted: {@code (?:Straße|Str\\.|...)}. */
  public static String alternation(List<String> words) {
    return words.stream().map(w -> w.replace(".", "\\.")).collect(Collectors.joining("|", "(?:", ")"));
  }

  /** True if {@code word}, in any case, is one of the {@link #ENGLISH} types. */
  public static boolean isEnglish(String word) {
    return LOWER.contains(word.toLowerCase(Locale.ROOT));
  }
}
