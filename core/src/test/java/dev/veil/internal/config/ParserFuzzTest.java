package dev.veil.internal.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.policy.PolicyException;
import dev.veil.policy.PolicyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the input, loading fails only with a PolicyException that names the source. */
class ParserFuzzTest {

  @Provide
  Arbitrary<String> mutatedPolicy() throws Exception {
    String base = Files.readString(Path.of("..", "examples", "policies", "eu-hospital.yaml"));
    return Arbitraries.integers().between(0, base.length() - 1).list().ofMinSize(1).ofMaxSize(4)
        .flatMap(positions -> Arbitraries.of(":", "-", " ", "\n", "[", "]", "{", "}", "\"", "'", "#", "\t", "", "&x")
            .list().ofSize(positions.size()).map(inserts -> {
              StringBuilder b = new StringBuilder(base);
              for (int i = positions.size() - 1; i >= 0; i--) {
                int p = Math.min(positions.get(i), b.length());
                if (inserts.get(i).isEmpty() && p < b.length()) {
                  b.deleteCharAt(p);
                } else {
                  b.insert(p, inserts.get(i));
                }
              }
              return b.toString();
            }));
  }

  @Property(tries = 400)
  void mutatedYamlOnlyThrowsPolicyException(@ForAll("mutatedPolicy") String text) {
    try {
      PolicyFile.parse(text, false, "fuzz.yaml");
    } catch (PolicyException e) {
      assertTrue(e.getMessage().startsWith("fuzz.yaml"), e.getMessage());
    }
  }

  @Property(tries = 400)
  void randomTextOnlyThrowsPolicyException(@ForAll String text) {
    for (boolean json : new boolean[] {true, false}) {
      try {
        PolicyFile.parse(text, json, "fuzz");
      } catch (PolicyException e) {
        assertTrue(e.getMessage().startsWith("fuzz"), e.getMessage());
      }
    }
  }
}
