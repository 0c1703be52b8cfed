package dev.veil.policy;

import dev.veil.internal.policy.Presets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Ready-made policies. The presets are constants that compose with {@link RulePolicy#and}: an EU
 * hospital uses {@code Policies.GDPR.and(Policies.HIPAA_SAFE_HARBOR).and(Policies.SECRETS)}, and
 * the order does not matter. Each rule, with its citation, is explained in {@code docs/policies.md}.
 * All are immutable and thread-safe.
 */
public final class Policies {
  private Policies() {}

  /** HIPAA de-identification (45 CFR 164.514(b)(2)) without a BAA; minimum necessary with one. */
  public static final RulePolicy HIPAA_SAFE_HARBOR = Presets.hipaaSafeHarbor();
  /** GDPR Chapter V transfers, Art. 28 processors, Art. 9 special categories. */
  public static final RulePolicy GDPR = Presets.gdpr();
  /** PCI DSS 4.0: PAN masked (Req. 3.4.1), sensitive authentication data blocked (Req. 3.3.1). */
  public static final RulePolicy PCI_DSS = Presets.pciDss();
  /** Credentials always block. */
  public static final RulePolicy SECRETS = Presets.secrets();
  /** Destination id the {@link #ROUTE_PHI} preset routes to. */
  public static final String INTERNAL_MODEL = "internal-model";
  /** Routes PHI that may not reach an external vendor without a BAA to {@value #INTERNAL_MODEL}. */
  public static final RulePolicy ROUTE_PHI = Presets.routePhi("route-phi", INTERNAL_MODEL);

  private static final RulePolicy BLOCK_ANY = Presets.blockAny();
  private static final RulePolicy REDACT_ALL = Presets.redactAll();

  private static final Map<String, RulePolicy> PRESETS = new TreeMap<>(Map.of(
      "hipaa-safe-harbor", HIPAA_SAFE_HARBOR,
      "gdpr", GDPR,
      "pci-dss", PCI_DSS,
      "secrets", SECRETS,
      "route-phi", ROUTE_PHI,
      "block-any", BLOCK_ANY,
      "redact-all", REDACT_ALL));

  /** Blocks any text with at least one finding; allows the rest. */
  public static RulePolicy blockAny() {
    return BLOCK_ANY;
  }

  /** Replaces every finding with a typed tag such as {@code <PERSON_1>}; allows texts without findings. */
  public static RulePolicy redactAll() {
    return REDACT_ALL;
  }

  /**
   * A policy that routes PHI which may not reach an external vendor without a BAA to the given
   * internal destination id instead of letting the vendor have it.
   */
  public static RulePolicy routePhiTo(String internalDestinationId) {
    Objects.requireNonNull(internalDestinationId, "internalDestinationId");
    return Presets.routePhi("route-phi", internalDestinationId);
  }

  /** The preset names accepted by {@link #preset(String)} and by policy files' {@code extends}. */
  public static java.util.Set<String> presetNames() {
    return java.util.Collections.unmodifiableSet(PRESETS.keySet());
  }

  /**
   * The preset with this name (case-insensitive, {@code _} or {@code -}).
   *
   * @throws PolicyException naming the unknown preset and the known ones
   */
  public static RulePolicy preset(String name) {
    Objects.requireNonNull(name, "name");
    RulePolicy p = PRESETS.get(name.trim().toLowerCase(Locale.ROOT).replace('_', '-'));
    if (p == null) {
      throw new PolicyException("unknown preset '" + name.trim() + "'; known presets: " + PRESETS.keySet());
    }
    return p;
  }

  /**
   * A policy from a specification as written in configuration: a comma-separated list of presets
   * composed with {@link RulePolicy#and} ({@code gdpr,hipaa-safe-harbor,secrets}), or the path of a
   * policy file ({@link PolicyFile#isPathSpec}).
   *
   * @throws PolicyException for an unknown preset, an empty name or a broken file
   */
  public static RulePolicy resolve(String spec) {
    Objects.requireNonNull(spec, "spec");
    String s = spec.trim();
    if (PolicyFile.isPathSpec(s)) {
      return PolicyFile.load(java.nio.file.Path.of(s)).policy();
    }
    RulePolicy p = null;
    for (String name : s.split(",")) {
      if (name.isBlank()) {
        throw new PolicyException("empty preset name in policy '" + s + "'");
      }
      RulePolicy preset = preset(name);
      p = p == null ? preset : p.and(preset);
    }
    return p;
  }
}
