package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditCommandTest {
  private static final String SSN = "536-22-8119";

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  @AfterEach
  void restoreEnv() {
    AuditLogOptions.env = System::getenv;
  }

  private static Run veil(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = VeilCommand.run(args, new PrintWriter(out), new PrintWriter(err),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    return new Run(code, out.toString(), err.toString());
  }

  private Path keyFile(String id) throws IOException {
    Path k = dir.resolve(id + ".key");
    Files.writeString(k, id + ":" + Base64.getEncoder().encodeToString((id + "-0123456789abcdefghijkl").getBytes()));
    return k;
  }

  /** Four guard decisions and two detect runs into one keyed log. */
  private Path sixEventLog(Path key) {
    Path log = dir.resolve("audit.jsonl");
    String k = key.toString();
    assertEquals(2, veil("My SSN is " + SSN, "guard", "--policy", "block-any", "--audit-log", log.toString(),
        "--audit-key-file", k).code());
    assertEquals(0, veil("nothing to see", "guard", "--policy", "block-any", "--audit-log", log.toString(),
        "--audit-key-file", k).code());
    Run jsonl = veil("{\"id\":1,\"text\":\"ssn " + SSN + "\"}\n{\"id\":2,\"text\":\"hello\"}\n", "guard", "--policy",
        "redact-all", "--jsonl", "--audit-log", log.toString(), "--audit-key-file", k);
    assertEquals(0, jsonl.code(), jsonl.err());
    assertEquals(0, veil("SSN " + SSN, "detect", "--audit-log", log.toString(), "--audit-key-file", k).code());
    assertEquals(0, veil("{\"id\":\"a\",\"text\":\"x " + SSN + "\"}\n", "detect", "--jsonl", "--audit-log",
        log.toString(), "--audit-key-file", k).code());
    return log;
  }

  @Test
  void guardAndDetectAppendAndAnUntouchedLogVerifies() throws IOException {
    Path key = keyFile("ops");
    Path log = sixEventLog(key);
    String text = Files.readString(log);
    assertEquals(6, text.lines().count());
    assertFalse(text.contains(SSN) || text.contains("8119"), "no value in the log");
    assertTrue(text.contains("\"policy\":{\"id\":\"veil.detect\""), "detect events recorded");
    Run r = veil("", "audit", "verify", log.toString(), "--key-file", key.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().startsWith("OK: 6 events"), r.out());
    assertTrue(r.out().contains("key id ops"), r.out());
    assertTrue(r.out().contains("sealed"), r.out());
  }

  static Stream<Arguments> tamperings() {
    return Stream.of(
        Arguments.of("edit", (UnaryOperator<List<String>>) l -> set(l, 2, l.get(1).replace("PROMPT", "OUTPUT")), 2, "TAMPERED"),
        Arguments.of("delete", (UnaryOperator<List<String>>) l -> remove(l, 3), 3, "MISSING"),
        Arguments.of("reorder", (UnaryOperator<List<String>>) l -> swap(l, 4, 5), 4, "REORDERED"),
        Arguments.of("insert", (UnaryOperator<List<String>>) l -> insert(l, 2, l.get(0)), 2, "REORDERED"),
        Arguments.of("insert forged", (UnaryOperator<List<String>>) l -> insert(l, 5,
            l.get(4).replace("\"tenant\":null", "\"tenant\":\"forged\"")), 5, "TAMPERED"),
        Arguments.of("cut tail", (UnaryOperator<List<String>>) l -> l.subList(0, 5), 6, "TRUNCATED"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tamperings")
  void verifyFailsAtTheRightLineWithExitCode1(String name, UnaryOperator<List<String>> change, int line, String kind)
      throws IOException {
    Path key = keyFile("ops");
    Path log = sixEventLog(key);
    Files.write(log, change.apply(new ArrayList<>(Files.readAllLines(log))));
    Run r = veil("", "audit", "verify", log.toString(), "--key-file", key.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(r.out().startsWith("FAILED: " + log + " line " + line + ": " + kind), r.out());
  }

  @Test
  void wrongKeyFails() throws IOException {
    Path log = sixEventLog(keyFile("ops"));
    Run r = veil("", "audit", "verify", log.toString(), "--key-file", keyFile("other").toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("WRONG_KEY"), r.out());
  }

  @Test
  void keyFromTheEnvironment() throws IOException {
    String spec = Files.readString(keyFile("envkey"));
    AuditLogOptions.env = name -> name.equals("VEIL_AUDIT_KEY") ? spec : null;
    Path log = dir.resolve("env.jsonl");
    assertEquals(2, veil("SSN " + SSN, "guard", "--policy", "block-any", "--audit-log", log.toString()).code());
    Run r = veil("", "audit", "verify", log.toString());
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("key id envkey"), r.out());
  }

  @Test
  void withoutAKeyTheChainIsUnkeyedAndBothCommandsSaySo() {
    AuditLogOptions.env = name -> null;
    Path log = dir.resolve("plain.jsonl");
    Run g = veil("SSN " + SSN, "guard", "--policy", "block-any", "--audit-log", log.toString());
    assertEquals(2, g.code());
    assertTrue(g.err().contains("not a deliberate rewrite"), g.err());
    Run r = veil("", "audit", "verify", log.toString());
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("UNKEYED"), r.out());
    assertTrue(r.out().contains("WARNING: unkeyed SHA-256 chain"), r.out());
  }

  @Test
  void verifyUsageErrors() {
    assertEquals(1, veil("", "audit").code());
    assertEquals(1, veil("", "audit", "verify").code());
    Run missing = veil("", "audit", "verify", dir.resolve("nope.jsonl").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.out().contains("UNREADABLE"), missing.out());
    Run badKey = veil("", "audit", "verify", "x", "--key-file", dir.resolve("no.key").toString());
    assertEquals(1, badKey.code());
    assertTrue(badKey.err().contains("cannot read audit key file"), badKey.err());
  }

  private static List<String> set(List<String> l, int line, String v) {
    l.set(line - 1, v);
    return l;
  }

  private static List<String> remove(List<String> l, int line) {
    l.remove(line - 1);
    return l;
  }

  private static List<String> swap(List<String> l, int a, int b) {
    String t = l.get(a - 1);
    l.set(a - 1, l.get(b - 1));
    l.set(b - 1, t);
    return l;
  }

  private static List<String> insert(List<String> l, int line, String v) {
    l.add(line - 1, v);
    return l;
  }
}
