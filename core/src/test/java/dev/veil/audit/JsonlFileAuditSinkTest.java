package dev.veil.audit;

import static dev.veil.audit.AuditTestSupport.KEY;
import static dev.veil.audit.AuditTestSupport.OTHER_KEY;
import static dev.veil.audit.AuditTestSupport.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.veil.audit.AuditLogVerifier.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlFileAuditSinkTest {
  @TempDir Path dir;

  private JsonlFileAuditSink.Builder sink(Path file) {
    return JsonlFileAuditSink.builder(file).key(KEY).closeOnShutdown(false);
  }

  @Test
  void closeFlushesEveryQueuedEventInOrder() {
    Path log = dir.resolve("a.jsonl");
    try (JsonlFileAuditSink s = sink(log).queueCapacity(2).build()) {
      for (int i = 1; i <= 3000; i++) {
        s.write(event(i));
      }
    }
    List<AuditEvent> back = AuditLogReader.readAll(log);
    assertEquals(3000, back.size());
    for (int i = 0; i < back.size(); i++) {
      assertEquals("evt-" + (i + 1), back.get(i).id());
    }
    assertTrue(AuditLogVerifier.withKey(KEY).verify(log).ok());
  }

  @Test
  void eventsRoundTripThroughTheFile() {
    Path log = dir.resolve("a.jsonl");
    try (JsonlFileAuditSink s = sink(log).build()) {
      s.write(event(7));
    }
    assertEquals(event(7), AuditLogReader.readAll(log).get(0));
  }

  @Test
  void flushMakesQueuedEventsVisibleBeforeClose() throws IOException {
    Path log = dir.resolve("a.jsonl");
    try (JsonlFileAuditSink s = sink(log).build()) {
      for (int i = 1; i <= 10; i++) {
        s.write(event(i));
      }
      s.flush();
      assertEquals(10, Files.readAllLines(log).size());
    }
  }

  @Test
  void aFullQueueUnderFailClosedThrowsAndNeverDropsSilently() {
    Path log = dir.resolve("a.jsonl");
    int accepted = 0;
    int refused = 0;
    try (JsonlFileAuditSink s = sink(log).queueCapacity(1).whenFull(JsonlFileAuditSink.WhenFull.FAIL_CLOSED).build()) {
      for (int i = 1; i <= 2000; i++) {
        try {
          s.write(event(i));
          accepted++;
        } catch (AuditSinkException e) {
          assertTrue(e.getMessage().contains("queue is full"), e.getMessage());
          refused++;
        }
      }
    }
    // every event was either refused to its caller or written: none vanished
    assertEquals(2000, accepted + refused);
    assertEquals(accepted, AuditLogReader.readAll(log).size());
    assertTrue(AuditLogVerifier.withKey(KEY).verify(log).ok());
  }

  @Test
  void writeAfterCloseThrows() {
    JsonlFileAuditSink s = sink(dir.resolve("a.jsonl")).build();
    s.close();
    s.close();
    assertThrows(AuditSinkException.class, () -> s.write(event(1)));
  }

  @Test
  void reopeningResumesTheChain() throws IOException {
    Path log = dir.resolve("a.jsonl");
    AuditTestSupport.writeLog(log, 3, KEY);
    try (JsonlFileAuditSink s = sink(log).build()) {
      s.write(event(4));
      s.write(event(5));
    }
    Result r = AuditLogVerifier.withKey(KEY).verify(log);
    assertTrue(r.ok(), () -> r.problem().toString());
    assertEquals(5, r.events());
    assertTrue(r.sealed());
  }

  @Test
  void refusesToAppendToALogThatNoLongerMatchesItsSeal() throws IOException {
    Path log = dir.resolve("a.jsonl");
    AuditTestSupport.writeLog(log, 3, KEY);
    List<String> lines = Files.readAllLines(log);
    Files.write(log, lines.subList(0, 2));
    AuditSinkException e = assertThrows(AuditSinkException.class, () -> sink(log).build());
    assertTrue(e.getMessage().contains("seal"), e.getMessage());
  }

  @Test
  void refusesToAppendWithAnotherKeyOrAfterAPartialLine() throws IOException {
    Path log = dir.resolve("a.jsonl");
    AuditTestSupport.writeLog(log, 3, KEY);
    assertThrows(AuditSinkException.class,
        () -> JsonlFileAuditSink.builder(log).key(OTHER_KEY).closeOnShutdown(false).build());
    assertThrows(AuditSinkException.class, () -> JsonlFileAuditSink.builder(log).closeOnShutdown(false).build());
    Files.delete(dir.resolve("a.jsonl.seal"));
    Files.writeString(log, "{\"schema\":1,\"ty", java.nio.file.StandardOpenOption.APPEND);
    AuditSinkException e = assertThrows(AuditSinkException.class, () -> sink(log).build());
    assertTrue(e.getMessage().contains("partial"), e.getMessage());
  }

  @Test
  void sizeRotationLinksEachFileToThePreviousOne() throws IOException {
    Path log = dir.resolve("audit.jsonl");
    try (JsonlFileAuditSink s = sink(log).maxFileBytes(3000).build()) {
      for (int i = 1; i <= 40; i++) {
        s.write(event(i));
      }
    }
    List<Path> files = chainFiles();
    assertTrue(files.size() > 3, files.toString());
    Result all = AuditLogVerifier.withKey(KEY).verify(files);
    assertTrue(all.ok(), () -> all.problem().toString());
    assertEquals(40, all.events());
    assertTrue(all.sealed());
    for (Path f : files) {
      assertTrue(Files.size(f) < 3000 + 1500, f + " too large");
    }
    // Dropping a whole rotated file from the middle breaks the link.
    List<Path> gap = new ArrayList<>(files);
    gap.remove(1);
    Result broken = AuditLogVerifier.withKey(KEY).verify(gap);
    assertEquals(AuditLogVerifier.Kind.BROKEN_LINK, broken.problem().orElseThrow().kind());
    assertEquals(1, broken.problem().orElseThrow().line());
    // Verified alone, a rotated file is fine but says it continues an earlier chain.
    Result alone = AuditLogVerifier.withKey(KEY).verify(files.get(1));
    assertTrue(alone.ok());
    assertTrue(alone.notes().stream().anyMatch(n -> n.contains("continues")), alone.notes().toString());
  }

  @Test
  void dailyRotationAndRestartKeepTheChain() {
    Path log = dir.resolve("audit.jsonl");
    Instant day1 = Instant.parse("2026-11-27T23:59:58Z");
    try (JsonlFileAuditSink s = sink(log).rotateDaily(true).build()) {
      s.write(event(1, day1));
      s.write(event(2, day1.plusSeconds(1)));
      s.write(event(3, day1.plusSeconds(3)));
    }
    try (JsonlFileAuditSink s = sink(log).rotateDaily(true).build()) {
      s.write(event(4, day1.plusSeconds(86_400 + 5)));
    }
    try (JsonlFileAuditSink s = sink(log).rotateDaily(true).build()) {
      s.write(event(5, day1.plusSeconds(86_400 + 6)));
    }
    assertTrue(Files.exists(dir.resolve("audit.2026-11-27.0001.jsonl")));
    assertTrue(Files.exists(dir.resolve("audit.2026-11-28.0001.jsonl")));
    List<Path> files = chainFiles();
    assertEquals(3, files.size(), files.toString());
    Result r = AuditLogVerifier.withKey(KEY).verify(files);
    assertTrue(r.ok(), () -> r.problem().toString());
    assertEquals(5, r.events());
  }

  @Test
  void aWriterFailureIsReportedNotSwallowed() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "needs /dev/full");
    JsonlFileAuditSink s = JsonlFileAuditSink.builder(full).key(KEY).closeOnShutdown(false).build();
    s.write(event(1));
    AuditSinkException flush = assertThrows(AuditSinkException.class, s::flush);
    assertTrue(flush.getMessage().contains("not written"), flush.getMessage());
    assertThrows(AuditSinkException.class, () -> s.write(event(2)));
    assertThrows(AuditSinkException.class, s::close);
  }

  /** Rotated files by name (date, then number), then the active file. */
  private List<Path> chainFiles() {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> rotated = new ArrayList<>(s.filter(p -> p.getFileName().toString().matches("audit\\.\\d{4}-.*\\.jsonl"))
          .sorted().toList());
      rotated.add(dir.resolve("audit.jsonl"));
      return rotated;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
