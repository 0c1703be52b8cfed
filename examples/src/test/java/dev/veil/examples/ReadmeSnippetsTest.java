package dev.veil.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every {@code // README:BEGIN name} block in the examples appears verbatim (modulo indentation) in the README. */
class ReadmeSnippetsTest {
  private static final Pattern BLOCK = Pattern.compile("// README:BEGIN (\\S+)\\n(.*?)\\n\\s*// README:END \\1", Pattern.DOTALL);

  private static String normalize(String s) {
    StringBuilder b = new StringBuilder();
    s.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  @Test
  void readmeSnippetsAreTheCompiledOnes() throws IOException {
    String readme = normalize(Files.readString(Path.of("../README.md")));
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        Matcher m = BLOCK.matcher(Files.readString(p));
        while (m.find()) {
          names.add(m.group(1));
          assertTrue(readme.contains(normalize(m.group(2))),
              "README is missing the '" + m.group(1) + "' snippet of " + p);
        }
      }
    }
    assertFalse(names.isEmpty());
    assertTrue(names.containsAll(List.of("quickstart", "langchain4j", "spring-ai", "http")), names.toString());
  }
}
