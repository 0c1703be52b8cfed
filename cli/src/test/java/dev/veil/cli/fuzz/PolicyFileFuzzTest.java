package dev.veil.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.veil.policy.PolicyException;
import dev.veil.policy.PolicyFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes policy file loading from arbitrary bytes, as YAML subset and as JSON. The promise of
 * {@link PolicyFile#load}: it fails only with a {@link PolicyException} whose message starts with
 * the file name and whose line is within the file. Error messages may quote keys and scalar values
 * they reject, never comments: a canary placed in a comment line must not appear in any message.
 */
class PolicyFileFuzzTest {
  private static final String CANARY = "canary-7Q3ZX";
  private static final Path DIR;

  static {
    try {
      DIR = Files.createTempDirectory("veil-policy-fuzz");
      DIR.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void loadingFailsOnlyWithAPolicyExceptionThatNamesTheFile(FuzzedDataProvider data) throws IOException {
    boolean json = data.consumeBoolean();
    boolean destinationsOnly = data.consumeBoolean();
    byte[] body = data.consumeRemainingAsBytes();
    Path file = DIR.resolve(json ? "fuzz.json" : "fuzz.yaml");
    Files.write(file, body);
    try {
      if (destinationsOnly) {
        PolicyFile.loadDestinations(file);
      } else {
        PolicyFile.load(file);
      }
    } catch (PolicyException e) {
      assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
      long lines = 1;
      for (byte b : body) {
        lines += b == '\n' ? 1 : 0;
      }
      assertTrue(e.line() >= 0 && e.line() <= lines + 1, "line " + e.line() + " of " + lines);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void errorMessagesNeverQuoteComments(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    // after a line break, outside any one-line quoted scalar: a comment in the YAML subset
    String withComment = text + "\n# " + CANARY + "\n";
    try {
      PolicyFile.parse(withComment, false, "fuzz.yaml");
    } catch (PolicyException e) {
      assertTrue(e.getMessage().startsWith("fuzz.yaml"), e.getMessage());
      if (!text.contains(CANARY)) {
        assertFalse(e.getMessage().contains(CANARY), "an error message quoted a comment");
      }
    }
  }
}
