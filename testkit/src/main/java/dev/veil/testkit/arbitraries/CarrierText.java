package dev.veil.testkit.arbitraries;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A text with one planted value.
 *
 * @param text the whole text
 * @param start index of the value in {@code text}
 * @param end end index (exclusive) of the value
 */
public record CarrierText(String text, int start, int end) {

  public String value() {
    return text.substring(start, end);
  }

  private static final List<String> BEFORE = List.of("", "Here it is: ", "value = ", "Please check ",
      "The number was ", "Note to self (", "\n", "- ", "FYI the one you asked for is ");
  private static final List<String> AFTER = List.of("", ".", " thanks", ")", "\n", ", ok?", " and nothing else",
      "; that is all");

  static CarrierText around(RandomGenerator r, String value) {
    String before = BEFORE.get(r.nextInt(BEFORE.size()));
    if (before.equals("Note to self (")) {
      return new CarrierText(before + value + ")", before.length(), before.length() + value.length());
    }
    String after = AFTER.get(r.nextInt(AFTER.size()));
    if (after.equals(")")) {
      after = " ok";
    }
    return new CarrierText(before + value + after, before.length(), before.length() + value.length());
  }
}
