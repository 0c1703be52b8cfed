package dev.veil.cli;

import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.GuardResult;
import dev.veil.Reason;
import dev.veil.VeilException;
import dev.veil.audit.AuditKey;
import dev.veil.audit.AuditSink;
import dev.veil.audit.JsonlFileAuditSink;
import dev.veil.policy.Policy;
import dev.veil.policy.PolicyDecision;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The audit options shared by {@code guard} and {@code detect}: append one hash-chained event per
 * decision to {@code --audit-log FILE}, keyed by {@code --audit-key-file} or {@code
 * VEIL_AUDIT_KEY}.
 */
final class AuditLogOptions {
  /** Environment variable holding an audit key as {@code ID:BASE64}. */
  static final String KEY_ENV = "VEIL_AUDIT_KEY";
  /** Replaced by tests. */
  static Function<String, String> env = System::getenv;

  /** The policy behind {@code detect --audit-log}: records findings, decides nothing. */
  static final Policy DETECT_ONLY = new Policy() {
    @Override
    public String id() {
      return "veil.detect";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public PolicyDecision evaluate(List<Finding> findings, GuardContext context) {
      return PolicyDecision.allow(List.of());
    }
  };

  @Option(names = "--audit-log", paramLabel = "FILE",
      description = "append one hash-chained audit event per decision to FILE (JSON Lines; see docs/audit.md)")
  Path auditLog;

  @Option(names = "--audit-key-file", paramLabel = "K",
      description = "file holding the audit chain key as ID:BASE64 (default: env " + KEY_ENV + ")")
  Path auditKeyFile;

  /** The key from the option or the environment, or null. */
  static AuditKey key(Path keyFile) {
    if (keyFile != null) {
      return AuditKey.load(keyFile);
    }
    String fromEnv = env.apply(KEY_ENV);
    return fromEnv == null || fromEnv.isBlank() ? null : AuditKey.parse(fromEnv);
  }

  /** The sink to give the guard: the audit log, or a discarding sink without {@code --audit-log}. */
  AuditSink open(PrintWriter err) {
    if (auditLog == null) {
      if (auditKeyFile != null) {
        throw new VeilException("--audit-key-file needs --audit-log");
      }
      return AuditSink.discarding();
    }
    AuditKey key = key(auditKeyFile);
    JsonlFileAuditSink.Builder b = JsonlFileAuditSink.builder(auditLog);
    if (key == null) {
      err.println("veil: warning: no audit key (--audit-key-file or " + KEY_ENV + "): the audit log is chained with "
          + "plain SHA-256, which detects accidental corruption but not a deliberate rewrite");
    } else {
      b.key(key);
    }
    return b.build();
  }

  /**
   * The findings of {@code text}; with an audit log, through {@link Guard#check} so the decision is
   * audited, failing like {@link Guard#inspect} would when a detector failed.
   */
  List<Finding> findings(Guard guard, String text, GuardContext ctx) {
    if (auditLog == null) {
      return guard.inspect(text, ctx);
    }
    GuardResult r = guard.check(text, ctx);
    for (Reason reason : r.reasons()) {
      if (reason.ruleId().startsWith("veil.")) {
        throw new VeilException(reason.explanation());
      }
    }
    return r.findings();
  }
}
