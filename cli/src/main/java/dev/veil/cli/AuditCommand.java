package dev.veil.cli;

import dev.veil.audit.AuditKey;
import dev.veil.audit.AuditLogVerifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veil audit}: tools for audit logs. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit log tools.",
    subcommands = {AuditCommand.Verify.class})
final class AuditCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (verify)");
  }

  /** {@code veil audit verify FILE...}: checks the hash chain; exit 0 when intact, 1 otherwise. */
  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Check an audit log's hash chain and seal. Prints OK with the event count, or the first "
          + "broken, missing, inserted or reordered line; exit code 1 when the log fails.")
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
        description = "audit log(s); give rotated files oldest first, then the active file, to check the links "
            + "between them")
    List<Path> files;

    @Option(names = "--key-file", paramLabel = "K",
        description = "file holding the chain key as ID:BASE64 (default: env " + AuditLogOptions.KEY_ENV + ")")
    Path keyFile;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      AuditKey key = AuditLogOptions.key(keyFile);
      AuditLogVerifier verifier = key == null ? AuditLogVerifier.unkeyed() : AuditLogVerifier.withKey(key);
      AuditLogVerifier.Result r = verifier.verify(files);
      if (r.ok()) {
        out.println("OK: " + r.events() + " events, chain intact"
            + (key == null ? " (UNKEYED SHA-256 chain)" : " (key id " + key.id() + ")")
            + (r.sealed() ? ", sealed" : ", NOT sealed"));
      } else {
        AuditLogVerifier.Problem p = r.problem().orElseThrow();
        out.println("FAILED: " + p.file() + (p.line() > 0 ? " line " + p.line() : "") + ": " + p.kind() + ": "
            + p.message());
        if (r.events() > 0) {
          out.println("  " + r.events() + " event(s) verified before it");
        }
      }
      for (String note : r.notes()) {
        out.println((note.startsWith("unkeyed") ? "WARNING: " : "note: ") + note);
      }
      out.flush();
      return r.ok() ? 0 : VeilCommand.EXIT_INPUT;
    }
  }
}
