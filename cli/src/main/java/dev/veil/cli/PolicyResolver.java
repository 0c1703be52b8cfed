package dev.veil.cli;

import dev.veil.Destination;
import dev.veil.policy.Policies;
import dev.veil.policy.Policy;
import dev.veil.policy.PolicyException;
import dev.veil.policy.PolicyFile;
import dev.veil.policy.RulePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the {@code --policy} argument into a policy: a policy file (YAML or JSON, when the
 * argument names an existing file or ends in .yaml/.yml/.json), or a comma-separated list of
 * presets composed with {@code and} ({@code gdpr,hipaa-safe-harbor,secrets}).
 */
final class PolicyResolver {
  private PolicyResolver() {}

  /** The policy and the destinations its file declared (none for presets). */
  record Resolved(Policy policy, Map<String, Destination> destinations) {}

  static Policy resolve(String spec) {
    return resolveWithDestinations(spec).policy();
  }

  static Resolved resolveWithDestinations(String spec) {
    String s = spec.trim();
    if (isFile(s)) {
      PolicyFile f = PolicyFile.load(Path.of(s));
      return new Resolved(f.policy(), f.destinations());
    }
    RulePolicy p = null;
    for (String name : s.split(",")) {
      if (name.isBlank()) {
        throw new PolicyException("empty preset name in --policy '" + s + "'");
      }
      RulePolicy preset = Policies.preset(name);
      p = p == null ? preset : p.and(preset);
    }
    return new Resolved(p, Map.of());
  }

  private static boolean isFile(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")
        || s.contains("/") || s.contains("\\") || Files.isRegularFile(Path.of(s));
  }
}
