package dev.veil.cli;

import dev.veil.Decision;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.GuardResult;
import dev.veil.Reason;
import dev.veil.audit.AuditSink;
import dev.veil.policy.Policy;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veil guard}: decides under a policy and prints the decision, reasons and safe text. */
@Command(name = "guard", mixinStandardHelpOptions = true,
    description = "Decide whether a text may go to a destination; print the decision, reasons and safe text."
        + " Exit code 2 when blocked.")
final class GuardCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "input file, or - for stdin (default)")
  String file;

  @Mixin PolicyOptions policyOptions;

  @Option(names = "--jsonl", description = "read one {\"id\",\"text\"} JSON object per line, write one result per line")
  boolean jsonl;

  @Option(names = "--show-values", description = "include matched values in the findings (sensitive!)")
  boolean showValues;

  @Override
  public Integer call() {
    PolicyOptions.Resolved resolved = policyOptions.resolve();
    Policy p = resolved.policy();
    Guard guard = Guard.builder().discoverDetectors().policy(p).auditSink(AuditSink.discarding()).build();
    GuardContext ctx = resolved.context();
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (jsonl) {
      AtomicBoolean blocked = new AtomicBoolean();
      Jsonl.Counts c = Jsonl.run(file, out, err, req -> {
        GuardResult r = guard.check(req.text(), ctx);
        if (r.isBlocked()) {
          blocked.set(true);
        }
        return Json.guardResult(r, req.text(), showValues);
      });
      if (c.errors() > 0) {
        return VeilCommand.EXIT_INPUT;
      }
      return blocked.get() ? VeilCommand.EXIT_BLOCKED : 0;
    }
    String text = Io.readAll(file);
    GuardResult r = guard.check(text, ctx);
    out.println("decision: " + r.decision());
    r.routeTo().ifPresent(d -> out.println("route to: " + d));
    for (Reason reason : r.reasons()) {
      out.println("reason: " + reason.ruleId() + " " + reason.types() + " (" + reason.citation() + ") "
          + reason.explanation());
    }
    out.println("findings: " + r.findings().size());
    if (r.safeText().isPresent()) {
      out.println("--- safe text ---");
      out.println(r.safeText().get());
    }
    return r.decision() == Decision.BLOCK ? VeilCommand.EXIT_BLOCKED : 0;
  }
}
