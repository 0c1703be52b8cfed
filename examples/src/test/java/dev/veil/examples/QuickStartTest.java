package dev.veil.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void quickStartTagsTheIdentifiers() {
    assertEquals("Call me at <EMAIL_ADDRESS_1>, my SSN is <US_SSN_1>.",
        QuickStart.run("Call me at jane.doe@example.com, my SSN is 536-22-8119."));
  }

  @Test
  void bundledDischargeNoteLosesItsIdentifiers() throws Exception {
    String note = Files.readString(Path.of("prompts/discharge-note.txt"));
    String safe = QuickStart.run(note);
    for (String value : new String[] {"536-22-8119", "margaret.odonnell@example.org", "4111 1111 1111 1111",
        "DE89 3704 0044 0532 0130 00", "192.168.14.27"}) {
      assertFalse(safe.contains(value), "leaked a planted identifier");
    }
  }
}
