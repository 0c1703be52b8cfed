package dev.veil.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.audit.AuditSink;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veil detect}: prints the findings in a text, without values unless asked. */
@Command(name = "detect", mixinStandardHelpOptions = true,
    description = "Print the sensitive data found in a text (offsets into the original text).")
final class DetectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "input file, or - for stdin (default)")
  String file;

  @Option(names = "--jsonl", description = "read one {\"id\",\"text\"} JSON object per line, write one result per line")
  boolean jsonl;

  @Option(names = "--show-values", description = "include the matched values in the output (sensitive!)")
  boolean showValues;

  @Option(names = "--min-score", description = "drop findings scoring below this (default ${DEFAULT-VALUE})", defaultValue = "0.5")
  double minScore;

  @Mixin AuditLogOptions audit;

  @Override
  public Integer call() {
    try (AuditSink sink = audit.open(spec.commandLine().getErr())) {
      return detect(sink);
    }
  }

  private Integer detect(AuditSink sink) {
    Guard guard = Guard.builder().discoverDetectors().minScore(minScore).policy(AuditLogOptions.DETECT_ONLY)
        .auditSink(sink).build();
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    GuardContext ctx = GuardContext.defaults();
    if (jsonl) {
      Jsonl.Counts c = Jsonl.run(file, out, err, req -> {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.set("findings", Json.findings(audit.findings(guard, req.text(), ctx), req.text(), showValues));
        return o;
      });
      return c.errors() == 0 ? 0 : VeilCommand.EXIT_INPUT;
    }
    String text = Io.readAll(file);
    List<Finding> findings = audit.findings(guard, text, ctx);
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.set("findings", Json.findings(findings, text, showValues));
    out.println(Json.write(o));
    return 0;
  }
}
