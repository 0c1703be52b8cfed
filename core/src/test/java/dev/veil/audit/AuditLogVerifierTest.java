package dev.veil.audit;

import static dev.veil.audit.AuditTestSupport.KEY;
import static dev.veil.audit.AuditTestSupport.OTHER_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.audit.AuditLogVerifier.Kind;
import dev.veil.audit.AuditLogVerifier.Result;
import dev.veil.internal.audit.ChainHasher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditLogVerifierTest {
  private static final int N = 6;

  @TempDir Path dir;

  /** A change to the lines of a 6-line log, and the problem (kind, line) it must produce. */
  static Stream<Arguments> tamperings() {
    return Stream.of(
        Arguments.of("edit line 3", edit(3, l -> l.replace("\"tenant-a\"", "\"tenant-b\"")), Kind.TAMPERED, 3),
        Arguments.of("edit line 1", edit(1, l -> l.replace("\"BLOCK\"", "\"ALLOW\"")), Kind.TAMPERED, 1),
        Arguments.of("edit last line", edit(N, l -> l.replace("\"vendor-x\"", "\"vendor-y\"")), Kind.TAMPERED, N),
        Arguments.of("delete line 3", delete(3), Kind.MISSING, 3),
        Arguments.of("delete line 1", delete(1), Kind.MISSING, 1),
        Arguments.of("delete lines 2-4", op(lines -> {
          List<String> l = new ArrayList<>(lines);
          l.subList(1, 4).clear();
          return l;
        }), Kind.MISSING, 2),
        Arguments.of("swap lines 3 and 4", swap(3, 4), Kind.REORDERED, 3),
        Arguments.of("swap lines 1 and 2", swap(1, 2), Kind.REORDERED, 1),
        Arguments.of("move line 2 to the end", op(lines -> {
          List<String> l = new ArrayList<>(lines);
          l.add(l.remove(1));
          return l;
        }), Kind.REORDERED, 2),
        Arguments.of("insert a copy of line 2 at 4", op(lines -> {
          List<String> l = new ArrayList<>(lines);
          l.add(3, l.get(1));
          return l;
        }), Kind.REORDERED, 4),
        Arguments.of("insert a forged line at 3", op(lines -> {
          List<String> l = new ArrayList<>(lines);
          l.add(2, l.get(2).replace("\"evt-3\"", "\"evt-99\""));
          return l;
        }), Kind.TAMPERED, 3),
        Arguments.of("delete the last line (seal kept)", delete(N), Kind.TRUNCATED, N),
        Arguments.of("delete the last two lines (seal kept)", op(lines -> lines.subList(0, N - 2)), Kind.TRUNCATED, N - 1),
        Arguments.of("append a line", op(lines -> {
          List<String> l = new ArrayList<>(lines);
          l.add(l.get(0));
          return l;
        }), Kind.REORDERED, N + 1),
        Arguments.of("append garbage", op(lines -> {
          List<String> l = new ArrayList<>(lines);
          l.add("{\"hello\":1}");
          return l;
        }), Kind.MALFORMED, N + 1),
        Arguments.of("change a hash", edit(2, l -> l.substring(0, l.length() - 3) + (l.charAt(l.length() - 3) == 'a' ? "b" : "a") + "\"}"),
            Kind.TAMPERED, 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tamperings")
  void tamperingIsReportedAtTheRightLine(String name, UnaryOperator<List<String>> change, Kind kind, int line)
      throws IOException {
    Path log = dir.resolve("audit.jsonl");
    AuditTestSupport.writeLog(log, N, KEY);
    assertTrue(AuditLogVerifier.withKey(KEY).verify(log).ok(), "untouched log must verify");
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    Files.write(log, change.apply(lines), StandardCharsets.UTF_8);

    Result r = AuditLogVerifier.withKey(KEY).verify(log);

    assertFalse(r.ok(), name);
    assertEquals(kind, r.problem().orElseThrow().kind(), r.problem().toString());
    assertEquals(line, r.problem().orElseThrow().line(), r.problem().toString());
  }

  @Test
  void untouchedLogVerifiesWithCountAndSeal() {
    Path log = dir.resolve("audit.jsonl");
    AuditTestSupport.writeLog(log, N, KEY);
    Result r = AuditLogVerifier.withKey(KEY).verify(log);
    assertTrue(r.ok(), () -> r.problem().toString());
    assertEquals(N, r.events());
    assertTrue(r.sealed());
    assertEquals("test-key", r.keyId());
  }

  @Test
  void deletingTheTailTogetherWithTheSealIsOnlyNotedNotDetected() throws IOException {
    // The documented limitation: without an external anchor a cut tail plus a removed seal looks
    // like a writer that did not close cleanly; the verifier says so instead of claiming a seal.
    Path log = dir.resolve("audit.jsonl");
    AuditTestSupport.writeLog(log, N, KEY);
    List<String> lines = Files.readAllLines(log);
    Files.write(log, lines.subList(0, N - 1));
    Files.delete(dir.resolve("audit.jsonl.seal"));
    Result r = AuditLogVerifier.withKey(KEY).verify(log);
    assertTrue(r.ok());
    assertFalse(r.sealed());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("no seal")), r.notes().toString());
  }

  @Test
  void partialLastLineIsMalformed() throws IOException {
    Path log = dir.resolve("audit.jsonl");
    AuditTestSupport.writeLog(log, N, KEY);
    byte[] bytes = Files.readAllBytes(log);
    Files.write(log, java.util.Arrays.copyOf(bytes, bytes.length - 20));
    Result r = AuditLogVerifier.withKey(KEY).verify(log);
    assertEquals(Kind.MALFORMED, r.problem().orElseThrow().kind());
    assertEquals(N, r.problem().orElseThrow().line());
  }

  @Test
  void editedSealIsReported() throws IOException {
    Path log = dir.resolve("audit.jsonl");
    AuditTestSupport.writeLog(log, N, KEY);
    Path seal = dir.resolve("audit.jsonl.seal");
    Files.writeString(seal, Files.readString(seal).replace("\"lines\":6", "\"lines\":5"));
    assertEquals(Kind.SEAL_INVALID, AuditLogVerifier.withKey(KEY).verify(log).problem().orElseThrow().kind());
  }

  @Test
  void wrongKeyAndMissingKeyAreReported() {
    Path log = dir.resolve("audit.jsonl");
    AuditTestSupport.writeLog(log, N, KEY);
    Result other = AuditLogVerifier.withKey(OTHER_KEY).verify(log);
    assertEquals(Kind.WRONG_KEY, other.problem().orElseThrow().kind());
    assertEquals(1, other.problem().orElseThrow().line());
    Result none = AuditLogVerifier.unkeyed().verify(log);
    assertEquals(Kind.WRONG_KEY, none.problem().orElseThrow().kind());
    assertTrue(none.problem().orElseThrow().message().contains("test-key"));
  }

  @Test
  void sameKeyIdWithAnotherSecretFailsAsTampered() {
    Path log = dir.resolve("audit.jsonl");
    AuditTestSupport.writeLog(log, N, KEY);
    AuditKey impostor = AuditKey.of("test-key", new byte[32]);
    Result r = AuditLogVerifier.withKey(impostor).verify(log);
    assertEquals(Kind.TAMPERED, r.problem().orElseThrow().kind());
    assertEquals(1, r.problem().orElseThrow().line());
  }

  @Test
  void rewritingAKeyedLogAsAnUnkeyedChainIsCaughtByTheKeyedVerifier() throws IOException {
    // An attacker without the key edits line 2, recomputes a plain SHA-256 chain and drops the seal.
    Path log = dir.resolve("audit.jsonl");
    AuditTestSupport.writeLog(log, N, KEY);
    Files.delete(dir.resolve("audit.jsonl.seal"));
    List<String> forged = new ArrayList<>();
    ChainHasher sha = ChainHasher.of(null);
    String prev = ChainHasher.GENESIS;
    int n = 0;
    for (String line : Files.readAllLines(log)) {
      n++;
      String body = ChainHasher.split(line)[0];
      body = body.replaceAll("\"kid\":\"[^\"]*\",\"prev\":\"[0-9a-f]{64}\"$", "\"kid\":\"unkeyed\",\"prev\":\"" + prev + "\"");
      if (n == 2) {
        body = body.replace("\"BLOCK\"", "\"ALLOW\"");
      }
      String sealed = sha.seal(body);
      prev = ChainHasher.split(sealed)[1];
      forged.add(sealed);
    }
    Files.write(log, forged);
    assertTrue(AuditLogVerifier.unkeyed().verify(log).ok(), "a rewrite is undetectable without the key");
    Result r = AuditLogVerifier.withKey(KEY).verify(log);
    assertEquals(Kind.WRONG_KEY, r.problem().orElseThrow().kind());
  }

  @Test
  void unkeyedLogDetectsAccidentalCorruptionAndSaysWhatItCannotDo() throws IOException {
    Path log = dir.resolve("audit.jsonl");
    AuditTestSupport.writeLog(log, N, null);
    Result ok = AuditLogVerifier.unkeyed().verify(log);
    assertTrue(ok.ok());
    assertTrue(ok.notes().get(0).contains("unkeyed"));
    List<String> lines = new ArrayList<>(Files.readAllLines(log));
    lines.set(3, lines.get(3).replace("\"req-4\"", "\"req-5\""));
    Files.write(log, lines);
    Result bad = AuditLogVerifier.unkeyed().verify(log);
    assertEquals(Kind.TAMPERED, bad.problem().orElseThrow().kind());
    assertEquals(4, bad.problem().orElseThrow().line());
  }

  @Test
  void missingFileIsUnreadable() {
    Result r = AuditLogVerifier.withKey(KEY).verify(dir.resolve("nope.jsonl"));
    assertEquals(Kind.UNREADABLE, r.problem().orElseThrow().kind());
  }

  private static UnaryOperator<List<String>> edit(int line, UnaryOperator<String> f) {
    return lines -> {
      List<String> l = new ArrayList<>(lines);
      String before = l.get(line - 1);
      l.set(line - 1, f.apply(before));
      if (l.get(line - 1).equals(before)) {
        throw new AssertionError("edit changed nothing");
      }
      return l;
    };
  }

  private static UnaryOperator<List<String>> op(UnaryOperator<List<String>> f) {
    return f;
  }

  private static UnaryOperator<List<String>> delete(int line) {
    return lines -> {
      List<String> l = new ArrayList<>(lines);
      l.remove(line - 1);
      return l;
    };
  }

  private static UnaryOperator<List<String>> swap(int a, int b) {
    return lines -> {
      List<String> l = new ArrayList<>(lines);
      String t = l.get(a - 1);
      l.set(a - 1, l.get(b - 1));
      l.set(b - 1, t);
      return l;
    };
  }
}
