package dev.veil.cli;

import dev.veil.Destination;
import dev.veil.policy.Policies;
import dev.veil.policy.Policy;
import dev.veil.policy.PolicyFile;
import java.nio.file.Path;
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
    if (PolicyFile.isPathSpec(s)) {
      PolicyFile f = PolicyFile.load(Path.of(s));
      return new Resolved(f.policy(), f.destinations());
    }
    return new Resolved(Policies.resolve(s), Map.of());
  }
}
