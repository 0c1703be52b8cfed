package dev.veil.cli;

import dev.veil.Destination;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.Reason;
import dev.veil.audit.AuditSink;
import dev.veil.policy.Policy;
import dev.veil.policy.PolicyDecision;
import dev.veil.policy.Rule;
import dev.veil.policy.RulePolicy;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veil policy}: work with policies. */
@Command(name = "policy", mixinStandardHelpOptions = true, description = "Explain and check policies.",
    subcommands = {PolicyCommand.Explain.class, PolicyCommand.Check.class})
final class PolicyCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: explain, check");
  }

  /**
   * {@code veil policy explain}: for a text, every rule that fired and why: the rule, its action,
   * the entity types (never values), the citation, the explanation and the rule's condition.
   */
  @Command(name = "explain", mixinStandardHelpOptions = true,
      description = "Print every rule that fires for a text, and why (types and offsets only, never values).")
  static final class Explain implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin PolicyOptions options;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "input file, or - for stdin (default)")
    String file;

    @Override
    public Integer call() {
      PolicyOptions.Resolved r = options.resolve();
      Policy policy = r.policy();
      GuardContext ctx = r.context();
      Guard guard = Guard.builder().discoverDetectors().policy(policy).auditSink(AuditSink.discarding()).build();
      String text = Io.readAll(file);
      List<Finding> findings = guard.inspect(text, ctx);
      PolicyDecision d = policy.evaluate(findings, ctx);
      PrintWriter out = spec.commandLine().getOut();
      Destination dest = ctx.destination();
      out.println("policy: " + policy.id() + " (version " + policy.version() + ")");
      out.println("destination: " + dest.id() + " (" + dest.kind() + ", region " + dest.region()
          + (dest.inEea() ? " in EEA" : " outside EEA") + ", BAA " + yesNo(dest.businessAssociateAgreement())
          + ", DPA " + yesNo(dest.dataProcessingAgreement()) + ", transfer " + dest.transferMechanism()
          + ", zero retention " + yesNo(dest.zeroDataRetention()) + ", trains on data "
          + yesNo(dest.trainsOnData()) + ")");
      out.println("context: direction " + ctx.direction() + ", purpose " + ctx.purpose() + ", jurisdiction "
          + ctx.jurisdiction() + ", legal bases " + new java.util.TreeSet<>(ctx.legalBases()));
      out.println("findings: " + findings.size());
      for (Finding f : findings) {
        out.println("  " + f.type() + " [" + f.start() + ", " + f.end() + ") score "
            + String.format(java.util.Locale.ROOT, "%.2f", f.score()) + " by " + f.detector()
            + (f.attributes().isEmpty() ? "" : " " + f.attributes()));
      }
      out.println("decision: " + d.decision() + d.routeTo().map(t -> " to " + t).orElse(""));
      Map<String, Rule> rules = new TreeMap<>();
      if (policy instanceof RulePolicy rp) {
        rp.rules().forEach(rule -> rules.put(rule.id(), rule));
      }
      out.println("rules fired: " + d.reasons().size() + (rules.isEmpty() ? "" : " of " + rules.size()));
      for (Reason reason : d.reasons()) {
        out.println("  " + reason.ruleId() + " -> " + reason.decision() + " " + reason.types());
        out.println("    citation: " + reason.citation());
        out.println("    why: " + reason.explanation());
        Rule rule = rules.get(reason.ruleId());
        if (rule != null) {
          out.println("    when: " + rule.condition().describe());
        }
      }
      if (!d.operators().isEmpty()) {
        out.println("operators:");
        new TreeMap<>(d.operators()).forEach((type, op) -> out.println("  " + type + " -> " + op.name()));
      }
      return 0;
    }

    private static String yesNo(boolean b) {
      return b ? "yes" : "no";
    }
  }

  /** {@code veil policy check}: loads and validates a policy, prints its rules. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Validate a policy file (or presets) and list its rules; exit 1 with file:line: field on error.")
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|PRESET[,PRESET...]")
    String policy;

    @Override
    public Integer call() {
      PolicyResolver.Resolved r = PolicyResolver.resolveWithDestinations(policy);
      PrintWriter out = spec.commandLine().getOut();
      out.println("policy: " + r.policy().id() + " (version " + r.policy().version() + ") is valid");
      r.destinations().values().forEach(d -> out.println("destination: " + d.id() + " " + d.kind() + " "
          + d.region()));
      if (r.policy() instanceof RulePolicy rp) {
        for (Rule rule : rp.rules()) {
          out.println("rule: " + rule.id() + " -> " + rule.action() + " (" + rule.citation() + ")");
        }
      }
      return 0;
    }
  }
}
