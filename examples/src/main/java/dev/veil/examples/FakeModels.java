package dev.veil.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offline stand-ins for an LLM: they answer by mentioning the typed tags they were given, as a real
 * model answers about the pseudonyms in its prompt. Everything a fake model receives is recorded, so
 * tests can check that no sensitive value reached it.
 */
public final class FakeModels {
  private static final Pattern TAG = Pattern.compile("<[A-Z_]+_\\d+>");

  private FakeModels() {}

  /** The distinct typed tags in a text, in order of first appearance. */
  public static List<String> tags(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TAG.matcher(text);
    while (m.find()) {
      if (!out.contains(m.group())) {
        out.add(m.group());
      }
    }
    return out;
  }

  /** The fake model's answer to a prompt. */
  public static String answer(String prompt) {
    List<String> tags = tags(prompt);
    return tags.isEmpty() ? "Nothing to note." : "Noted: " + String.join(", ", tags) + ".";
  }
}
