package dev.veil.detectors.health;

import dev.veil.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code handwritten-prompts.tsv}: prompts with {@code [[...]]} labels stripped to spans. */
final class HandwrittenSet {

  /** A labelled span; {@code type} is null for health information. */
  record Label(int start, int end, EntityType type) {}

  record Prompt(String topic, String text, List<Label> labels) {
    DocCategory category() {
      return switch (topic) {
        case "clinical" -> DocCategory.CLINICAL;
        case "financial" -> DocCategory.FINANCIAL;
        default -> DocCategory.GENERAL;
      };
    }
  }

  private HandwrittenSet() {}

  static List<Prompt> load() {
    List<Prompt> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        HandwrittenSet.class.getResourceAsStream("handwritten-prompts.tsv"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        out.add(parse(line.substring(0, tab), line.substring(tab + 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Prompt parse(String topic, String marked) {
    StringBuilder text = new StringBuilder();
    List<Label> labels = new ArrayList<>();
    int i = 0;
    while (i < marked.length()) {
      int open = marked.indexOf("[[", i);
      if (open < 0) {
        text.append(marked, i, marked.length());
        break;
      }
      text.append(marked, i, open);
      int close = marked.indexOf("]]", open);
      String inner = marked.substring(open + 2, close);
      EntityType type = null;
      int bar = inner.indexOf('|');
      if (bar > 0) {
        type = EntityType.parse(inner.substring(0, bar));
        inner = inner.substring(bar + 1);
      }
      int start = text.length();
      text.append(inner);
      labels.add(new Label(start, text.length(), type));
      i = close + 2;
    }
    return new Prompt(topic, text.toString(), labels);
  }
}
