package dev.veil.audit;

import static dev.veil.audit.AuditTestSupport.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.audit.AuditLogVerifier.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the keyed chain over generated logs and generated single-character edits. */
class AuditChainPropertiesTest {

  @Property(tries = 40)
  void anyEditOfOneCharacterIsReportedAtItsLine(@ForAll @IntRange(min = 1, max = 8) int lines,
      @ForAll @IntRange(min = 0, max = 1000) int lineSeed, @ForAll @IntRange(min = 0, max = 100_000) int posSeed,
      @ForAll @CharRange(from = ' ', to = '~') char replacement) throws IOException {
    Path dir = Files.createTempDirectory("veil-chain");
    try {
      Path log = dir.resolve("audit.jsonl");
      AuditTestSupport.writeLog(log, lines, KEY);
      List<String> all = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
      int k = lineSeed % lines;
      String line = all.get(k);
      int pos = posSeed % line.length();
      char c = line.charAt(pos) == replacement ? (replacement == 'x' ? 'y' : 'x') : replacement;
      all.set(k, line.substring(0, pos) + c + line.substring(pos + 1));
      Files.write(log, all, StandardCharsets.UTF_8);

      Result r = AuditLogVerifier.withKey(KEY).verify(log);

      assertTrue(r.problem().isPresent(), "edit at line " + (k + 1) + " went unnoticed");
      assertEquals(k + 1, r.problem().get().line(), r.problem().get().toString());
    } finally {
      deleteAll(dir);
    }
  }

  @Property(tries = 20)
  void untouchedLogsOfAnyLengthVerify(@ForAll @IntRange(min = 0, max = 50) int lines) throws IOException {
    Path dir = Files.createTempDirectory("veil-chain");
    try {
      Path log = dir.resolve("audit.jsonl");
      AuditTestSupport.writeLog(log, lines, KEY);
      Result r = AuditLogVerifier.withKey(KEY).verify(log);
      assertTrue(r.ok(), () -> r.problem().toString());
      assertEquals(lines, r.events());
      assertTrue(r.sealed());
    } finally {
      deleteAll(dir);
    }
  }

  private static void deleteAll(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
