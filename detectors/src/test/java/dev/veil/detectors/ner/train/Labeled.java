package dev.veil.detectors.ner.train;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with its gold entity spans (character offsets; type is person, location or organization).
 * Parses and writes the inline form {@code [Anna Berg](PERSON)} used by the hand-written set.
 */
record Labeled(String text, List<Gold> gold) {

  record Gold(String type, int start, int end) {}

  static Labeled parseInline(String line) {
    StringBuilder text = new StringBuilder();
    List<Gold> gold = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      int open = line.indexOf('[', i);
      int close = open < 0 ? -1 : line.indexOf("](", open);
      int end = close < 0 ? -1 : line.indexOf(')', close);
      if (open < 0 || close < 0 || end < 0) {
        text.append(line, i, line.length());
        break;
      }
      String type = line.substring(close + 2, end);
      if (!type.equals("PERSON") && !type.equals("LOCATION") && !type.equals("ORGANIZATION")) {
        text.append(line, i, open + 1);
        i = open + 1;
        continue;
      }
      text.append(line, i, open);
      int start = text.length();
      text.append(line, open + 1, close);
      gold.add(new Gold(type.toLowerCase(java.util.Locale.ROOT).equals("person") ? "person"
          : type.equals("LOCATION") ? "location" : "organization", start, text.length()));
      i = end + 1;
    }
    return new Labeled(text.toString().replace("\\n", "\n"), gold);
  }
}
