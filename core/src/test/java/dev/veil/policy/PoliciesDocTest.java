package dev.veil.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/policies.md explains every preset rule: fails when a rule is added without its doc. */
class PoliciesDocTest {
  @Test
  void everyPresetRuleAndCitationIsDocumented() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "policies.md"));
    for (String name : Policies.presetNames()) {
      assertTrue(doc.contains("`" + name + "`"), "preset " + name);
      for (Rule r : Policies.preset(name).rules()) {
        String id = r.id().startsWith("hipaa.safe-harbor.") ? "hipaa.safe-harbor.A" : r.id();
        assertTrue(doc.contains("`" + id + "`"), "rule " + r.id());
        if (!r.id().startsWith("hipaa.safe-harbor.")) {
          assertTrue(doc.contains(r.citation()), "citation of " + r.id());
        }
      }
    }
  }
}
