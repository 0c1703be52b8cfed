package dev.veil.cli;

import dev.veil.VeilException;
import dev.veil.policy.Policies;
import dev.veil.policy.Policy;

/** Turns the {@code --policy} argument into a policy. */
final class PolicyResolver {
  private PolicyResolver() {}

  static Policy resolve(String name) {
    switch (name) {
      case "block-any":
        return Policies.blockAny();
      case "redact-all":
        return Policies.redactAll();
      default:
        throw new VeilException("unknown policy '" + name + "'; known: block-any, redact-all");
    }
  }
}
