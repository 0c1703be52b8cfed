package dev.veil.internal.transform;

import dev.veil.Finding;
import dev.veil.transform.Operator;
import dev.veil.transform.TransformSession;
import java.util.Optional;

/**
 * Moves a date by the conversation's shift ({@link TransformSession#dateShiftDays()}), keeping its
 * written format; intervals between the dates of a conversation survive. A date in a format it
 * cannot read ("June 4th") gets a typed tag. Reversible through the session.
 */
public final class DateShift implements Operator {
  public static final DateShift INSTANCE = new DateShift();

  private DateShift() {}

  @Override
  public String name() {
    return "dateshift";
  }

  @Override
  public String apply(String value, Finding finding, TransformSession session) {
    Optional<String> shifted = DateFormats.shift(value, session.dateShiftDays());
    if (shifted.isEmpty()) {
      return session.tagFor(finding.type(), value);
    }
    String s = shifted.get();
    return session.pseudonym(finding.type(), name(), value, attempt -> attempt == 0 ? s : null);
  }

  /** The date shifted by {@code days}, for the surrogate operator; empty if unreadable. */
  static Optional<String> shift(String value, int days) {
    return DateFormats.shift(value, days);
  }
}
