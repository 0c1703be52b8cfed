package dev.veil.testkit.corpus;

import java.util.List;
import java.util.Locale;

/**
 * A parsed sentence frame: literal text and slots, with the metadata of its file.
 *
 * @param id file and line
 * @param parts literals (String) and slots ({@link Slots.Slot}) in order
 */
record Template(String id, Split split, Register register, Locale language, String phoneRegion,
    List<Object> parts) {

  boolean isMarkdownTable() {
    return parts.stream().anyMatch(p -> p instanceof String s && s.contains("\n|"))
        || (parts.get(0) instanceof String s && s.startsWith("|"));
  }
}
