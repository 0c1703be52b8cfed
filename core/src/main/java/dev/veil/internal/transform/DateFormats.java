package dev.veil.internal.transform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The written date formats the date shift understands; a shifted date is written in its input's format. */
final class DateFormats {
  private DateFormats() {}

  private static final List<DateTimeFormatter> FORMATS = List.of(
      "uuuu-MM-dd", "uuuu/MM/dd", "MM/dd/uuuu", "M/d/uuuu", "MM-dd-uuuu", "dd.MM.uuuu", "d.M.uuuu",
      "MMMM d, uuuu", "MMM d, uuuu", "MMM. d, uuuu", "d MMMM uuuu", "d MMM uuuu", "MMMM d uuuu",
      "MM/dd/uu", "M/d/uu")
      .stream()
      .map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT))
      .toList();

  /** The date shifted by {@code days}, in the format it was written in; empty if no format fits. */
  static Optional<String> shift(String value, int days) {
    String v = value.trim();
    for (DateTimeFormatter f : FORMATS) {
      try {
        LocalDate d = LocalDate.parse(v, f);
        String shifted = f.format(d.plusDays(days));
        if (!f.format(d).equals(v)) {
          continue; // would not round-trip (e.g. unpadded input read by a padded format)
        }
        int lead = value.indexOf(v);
        return Optional.of(value.substring(0, lead) + shifted + value.substring(lead + v.length()));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }
}
