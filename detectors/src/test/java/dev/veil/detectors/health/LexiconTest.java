package dev.veil.detectors.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.EntityType;
import dev.veil.VeilException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {
  private final Lexicon lexicon = Lexicon.builder()
      .add(EntityType.HEALTH_CONDITION, "condition", "migraine")
      .add(EntityType.HEALTH_CONDITION, "condition", "parkinson's disease")
      .add(EntityType.HEALTH_CONDITION, "condition", "parkinson's")
      .add(EntityType.HEALTH_CONDITION, "condition", "virus")
      .add(EntityType.HEALTH_CONDITION, "abbreviation", "=HTN")
      .add(EntityType.HEALTH_CONDITION, "condition", "?stroke")
      .add(EntityType.MEDICATION, "drug", "b.i.d.")
      .exclude("parkinson's law")
      .build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "migraine|migraine",
      "Migraines are bad|Migraines",
      "MIGRAINE'S cost|MIGRAINE'S",
      "the migraines' pattern|migraines'",
      "viruses spread|viruses",
      "Parkinson’s disease runs|Parkinson’s disease",
      "known HTN.|HTN",
      "metformin b.i.d. daily|b.i.d.",
  })
  void matchesWithInflection(String text, String expected) {
    List<Lexicon.Match> m = lexicon.find(text);
    assertEquals(1, m.size(), text);
    assertEquals(expected, text.substring(m.get(0).start(), m.get(0).end()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "antimigraine", "migrainous", "htn is lower case", "Parkinson's law applies", "virusscan",
  })
  void noMatch(String text) {
    assertEquals(List.of(), lexicon.find(text), text);
  }

  @Test
  void ambiguityFlagIsKept() {
    assertTrue(lexicon.find("a stroke").get(0).ambiguous());
    assertFalse(lexicon.find("a migraine").get(0).ambiguous());
  }

  @Test
  void longestLeftmostWins() {
    List<Lexicon.Match> m = lexicon.find("Parkinson's disease");
    assertEquals(1, m.size());
    assertEquals(19, m.get(0).end());
  }

  @Test
  void fileExtension(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("extra.txt");
    Files.writeString(f, "# comment\n\nfrobnitz syndrome\n?zorb\n");
    Lexicon l = Lexicon.builder().addFile(EntityType.HEALTH_CONDITION, "condition", f).build();
    assertEquals(1, l.find("has frobnitz syndrome").size());
    assertTrue(l.find("zorb").get(0).ambiguous());
  }

  @Test
  void errorsNeverQuoteContent(@TempDir Path dir) {
    VeilException e = assertThrows(VeilException.class,
        () -> Lexicon.builder().addFile(EntityType.HEALTH_CONDITION, "c", dir.resolve("missing-file.txt")));
    assertTrue(e.getMessage().contains("missing-file.txt"));
    VeilException blank = assertThrows(VeilException.class,
        () -> Lexicon.builder().add(EntityType.HEALTH_CONDITION, "c", "?= "));
    assertFalse(blank.getMessage().contains("?="));
    assertFalse(lexicon.toString().contains("migraine"));
  }
}
