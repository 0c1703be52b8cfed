package dev.veil.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.veil.cli.VeilCommand;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Fuzzes the CLI's JSONL reader with arbitrary bytes: exit code 0 or 1, one result line per input line. */
class JsonlFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void everyLineGetsExactlyOneResultOrTheRunStopsWithAnError(FuzzedDataProvider data) {
    byte[] input = data.consumeRemainingAsBytes();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = VeilCommand.run(new String[] {"detect", "--jsonl"}, new PrintWriter(out), new PrintWriter(err),
        new ByteArrayInputStream(input));
    assertTrue(code == 0 || code == 1, "exit code " + code);
    String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
    long inputLines = text.isEmpty() ? 0 : text.split("\r\n|\r|\n", -1).length - (text.matches("(?s).*(\r\n|\r|\n)") ? 1 : 0);
    long outputLines = out.toString().isEmpty() ? 0 : out.toString().split("\n").length;
    if (err.toString().contains("not valid UTF-8")) {
      assertTrue(outputLines <= inputLines);
    } else {
      assertEquals(inputLines, outputLines, () -> "stderr: " + err);
    }
  }
}
