package dev.veil.policy;

import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.internal.policy.CompiledRule;
import dev.veil.internal.policy.PolicyEngine;
import dev.veil.internal.policy.RuleValidator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A policy made of {@link Rule}s. Built once with {@link #builder(String)} and prepared into a
 * compiled form (patterns compiled, selectors expanded); afterwards immutable and thread-safe, and
 * {@link #evaluate} is pure and deterministic, with cost linear in rules x findings.
 *
 * <p><b>Conflicts.</b> Every rule whose condition holds fires and adds a reason; the most
 * restrictive action wins: {@code BLOCK > ROUTE > TRANSFORM > ALLOW}. An allow never lowers
 * another rule's decision. On TRANSFORM, each entity type gets the most protective operator any
 * firing rule asked for ({@code redact > tag > generalize > mask}). Rules routing to two
 * different destinations block. Rules are evaluated in id order, and reasons are listed strictest
 * first, then by rule id.
 *
 * <p><b>Composition.</b> {@code a.and(b)} holds the rules of both and gives the same decisions as
 * {@code b.and(a)}; rule ids must be unique unless the rule is the same.
 */
public final class RulePolicy implements Policy {
  private final List<Part> parts;
  private final List<Rule> rules;
  private final List<CompiledRule> compiled;
  // joined once: the guard reads both for every audit event
  private final String id;
  private final String version;

  /** One named policy this policy is made of (itself, or each side of an {@code and}). */
  private record Part(String id, String version) {}

  private RulePolicy(List<Part> parts, List<Rule> rules) {
    this.parts = List.copyOf(parts);
    this.rules = List.copyOf(rules);
    List<CompiledRule> c = new ArrayList<>(rules.size());
    for (Rule r : this.rules) {
      c.add(new CompiledRule(r));
    }
    this.compiled = List.copyOf(c);
    this.id = this.parts.stream().map(Part::id).collect(Collectors.joining("+"));
    this.version = this.parts.stream().map(Part::version).collect(Collectors.joining("+"));
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String version() {
    return version;
  }

  /** The rules, sorted by id. */
  public List<Rule> rules() {
    return rules;
  }

  @Override
  public PolicyDecision evaluate(List<Finding> findings, GuardContext context) {
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(context, "context");
    return PolicyEngine.evaluate(compiled, findings, context);
  }

  /**
   * This policy and {@code other} together: the union of their rules, evaluated as one.
   *
   * @throws PolicyException if both define a rule id differently, or rules contradict
   */
  public RulePolicy and(RulePolicy other) {
    TreeMap<String, Part> p = new TreeMap<>();
    for (Part part : parts) {
      p.put(part.id() + "@" + part.version(), part);
    }
    for (Part part : other.parts) {
      p.put(part.id() + "@" + part.version(), part);
    }
    return new RulePolicy(new ArrayList<>(p.values()), merge(rules, other.rules));
  }

  private static List<Rule> merge(Collection<Rule> a, Collection<Rule> b) {
    TreeMap<String, Rule> byId = new TreeMap<>();
    for (Rule r : a) {
      put(byId, r);
    }
    for (Rule r : b) {
      put(byId, r);
    }
    List<Rule> list = new ArrayList<>(byId.values());
    RuleValidator.check(list);
    return list;
  }

  private static void put(Map<String, Rule> byId, Rule r) {
    Rule old = byId.putIfAbsent(r.id(), r);
    if (old != null && !old.equals(r)) {
      throw new PolicyException("rule id '" + r.id() + "' is defined twice with different contents");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RulePolicy other && parts.equals(other.parts) && rules.equals(other.rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parts, rules);
  }

  @Override
  public String toString() {
    return "Policy[" + id() + " v" + version() + ", " + rules.size() + " rules]";
  }

  /** Builder for {@link RulePolicy}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private String version = "1";
    private final List<Rule> rules = new ArrayList<>();

    private Builder(String id) {
      Objects.requireNonNull(id, "id");
      if (id.isBlank() || id.contains("+")) {
        throw new PolicyException("policy id '" + id + "' must be non-empty and must not contain '+'");
      }
      this.id = id;
    }

    /** Version recorded in audit events; {@code 1} by default. */
    public Builder version(String value) {
      this.version = Objects.requireNonNull(value, "version");
      return this;
    }

    public Builder rule(Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    public Builder rules(Collection<Rule> values) {
      values.forEach(this::rule);
      return this;
    }

    /** Adds every rule of {@code preset} (how policy files {@code extends} presets). */
    public Builder include(RulePolicy preset) {
      return rules(preset.rules());
    }

    /**
     * Validates and compiles the policy.
     *
     * @throws PolicyException on duplicate rule ids, contradictory rules or a bad pattern
     */
    public RulePolicy build() {
      return new RulePolicy(List.of(new Part(id, version)), merge(rules, List.of()));
    }
  }
}
