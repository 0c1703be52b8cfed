package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  record Run(int code, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }
  }

  static Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = VeilCommand.run(args, new PrintWriter(out), new PrintWriter(err),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    return new Run(code, out.toString(), err.toString());
  }

  /** Valid, distinct SSNs and Luhn-valid Visa numbers built here so the test owns its data. */
  private static String ssn(Random r) {
    int area = 1 + r.nextInt(665);
    return String.format("%03d-%02d-%04d", area, 1 + r.nextInt(98), 1 + r.nextInt(9998));
  }

  private static String visa(Random r) {
    StringBuilder b = new StringBuilder("4");
    for (int i = 0; i < 14; i++) {
      b.append(r.nextInt(10));
    }
    for (int check = 0; check < 10; check++) {
      String candidate = b.toString() + check;
      if (dev.veil.detectors.validate.Luhn.isValid(candidate)) {
        return candidate.substring(0, 4) + " " + candidate.substring(4, 8) + " " + candidate.substring(8, 12)
            + " " + candidate.substring(12);
      }
    }
    throw new AssertionError();
  }

  @Test
  void jsonlWithAThousandLinesGivesAThousandResultsWithExactOffsets(@TempDir Path dir) throws Exception {
    Random r = new Random(42);
    List<String> texts = new ArrayList<>();
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      String text = switch (i % 4) {
        case 0 -> "Patient SSN " + ssn(r) + " seen today.";
        case 1 -> "Ünïcödé prefix 😀 then card " + visa(r) + " and mail user" + i + "@example.com";
        case 2 -> "no identifiers in line " + i;
        default -> "ip 10.0." + (i % 250) + ".7 ssn\u200B " + ssn(r) + "\nsecond line";
      };
      texts.add(text);
      input.append(MAPPER.writeValueAsString(java.util.Map.of("id", "doc-" + i, "text", text))).append('\n');
    }
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, input);

    Run run = run("", "detect", "--jsonl", "--show-values", file.toString());

    assertEquals(0, run.code(), run.err());
    List<String> lines = run.lines();
    assertEquals(1000, lines.size());
    int findings = 0;
    for (int i = 0; i < 1000; i++) {
      JsonNode node = MAPPER.readTree(lines.get(i));
      assertEquals("doc-" + i, node.get("id").asText());
      for (JsonNode f : node.get("findings")) {
        int start = f.get("start").asInt();
        int end = f.get("end").asInt();
        assertEquals(texts.get(i).substring(start, end), f.get("value").asText());
        findings++;
      }
    }
    assertTrue(findings >= 1000, "found " + findings);
  }

  @Test
  void valuesAreHiddenUnlessAsked() {
    Run run = run("{\"id\":\"a\",\"text\":\"SSN 536-22-8119\"}\n", "detect", "--jsonl");
    assertEquals(0, run.code());
    assertTrue(run.out().contains("\"US_SSN\""), run.out());
    assertFalse(run.out().contains("536-22-8119"));
    assertFalse(run.out().contains("value"));
  }

  @Test
  void badLinesAreReportedByLineNumberAndDoNotLoseOthers() {
    String input = "{\"id\":1,\"text\":\"SSN 536-22-8119\"}\n"
        + "this is not json 536-22-8119\n"
        + "{\"id\":3}\n"
        + "{\"id\":4,\"text\":42}\n"
        + "{\"id\":5,\"text\":\"mail a@example.com\"}\n";
    Run run = run(input, "detect", "--jsonl");
    assertEquals(VeilCommand.EXIT_INPUT, run.code());
    List<String> lines = run.lines();
    assertEquals(5, lines.size());
    assertTrue(lines.get(0).contains("US_SSN"));
    assertTrue(lines.get(1).contains("\"line\":2") && lines.get(1).contains("malformed JSON"), lines.get(1));
    assertTrue(lines.get(2).contains("missing field 'text'") && lines.get(2).startsWith("{\"id\":3,"), lines.get(2));
    assertTrue(lines.get(3).contains("not a string"), lines.get(3));
    assertTrue(lines.get(4).contains("EMAIL_ADDRESS"));
    assertTrue(run.err().contains("line 2: malformed JSON"), run.err());
    assertFalse(run.err().contains("536-22-8119"), "errors never quote the input");
  }

  @Test
  void missingFileIsAOneLineError() {
    Run run = run("", "detect", "/no/such/file.txt");
    assertEquals(VeilCommand.EXIT_INPUT, run.code());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("no such file"));
  }

  @Test
  void invalidUtf8IsRejected(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.txt");
    Files.write(file, new byte[] {'a', (byte) 0xC3, (byte) 0x28});
    Run run = run("", "detect", file.toString());
    assertEquals(VeilCommand.EXIT_INPUT, run.code());
    assertTrue(run.err().contains("not valid UTF-8"));
  }

  @Test
  void guardRedactsAndExitsZero() {
    Run run = run("Reach me at jane@example.org, SSN 536-22-8119.", "guard", "--policy", "redact-all");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("decision: TRANSFORM"));
    assertTrue(run.out().contains("Reach me at <EMAIL_ADDRESS_1>, SSN <US_SSN_1>."), run.out());
    assertFalse(run.out().contains("536-22-8119"));
  }

  @Test
  void guardBlocksWithExitCodeTwo() {
    Run run = run("SSN 536-22-8119", "guard", "--policy", "block-any");
    assertEquals(VeilCommand.EXIT_BLOCKED, run.code());
    assertTrue(run.out().contains("decision: BLOCK"));
    assertFalse(run.out().contains("536-22-8119"));
  }

  @Test
  void unknownPolicyIsAUsageError() {
    Run run = run("x", "guard", "--policy", "nope");
    assertEquals(VeilCommand.EXIT_INPUT, run.code());
    assertTrue(run.err().contains("unknown preset 'nope'"), run.err());
  }

  @Test
  void guardJsonlWritesOneResultPerLine() throws Exception {
    Run run = run("{\"id\":\"x\",\"text\":\"SSN 536-22-8119\"}\n{\"id\":\"y\",\"text\":\"hello\"}\n",
        "guard", "--policy", "redact-all", "--jsonl");
    assertEquals(0, run.code(), run.err());
    JsonNode first = MAPPER.readTree(run.lines().get(0));
    assertEquals("TRANSFORM", first.get("decision").asText());
    assertEquals("SSN <US_SSN_1>", first.get("safe_text").asText());
    JsonNode second = MAPPER.readTree(run.lines().get(1));
    assertEquals("ALLOW", second.get("decision").asText());
  }
}
