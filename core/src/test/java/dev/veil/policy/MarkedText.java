package dev.veil.policy;

import dev.veil.EntityType;
import dev.veil.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Test text with findings marked inline: {@code "Patient {PERSON:Jane Roe} has
 * {HEALTH_CONDITION|subject=self:asthma}"} gives the plain text and one finding per mark, so
 * policy tests do not depend on detector quality.
 */
record MarkedText(String text, List<Finding> findings) {

  static MarkedText of(String marked) {
    StringBuilder text = new StringBuilder();
    List<Finding> findings = new ArrayList<>();
    int i = 0;
    while (i < marked.length()) {
      char c = marked.charAt(i);
      if (c != '{') {
        text.append(c);
        i++;
        continue;
      }
      int close = marked.indexOf('}', i);
      int colon = marked.indexOf(':', i);
      String head = marked.substring(i + 1, colon);
      String value = marked.substring(colon + 1, close);
      String[] parts = head.split("\\|");
      int start = text.length();
      text.append(value);
      Finding f = Finding.of(EntityType.valueOf(parts[0]), start, text.length(), 0.9, "test");
      for (int p = 1; p < parts.length; p++) {
        String[] kv = parts[p].split("=");
        f = f.withAttribute(kv[0], kv[1]);
      }
      findings.add(f);
      i = close + 1;
    }
    return new MarkedText(text.toString(), List.copyOf(findings));
  }
}
