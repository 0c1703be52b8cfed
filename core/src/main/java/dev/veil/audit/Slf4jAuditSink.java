package dev.veil.audit;

import dev.veil.Reason;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each event at INFO to the logger {@value #LOGGER_NAME} with structured key-value pairs
 * (SLF4J 2 fluent API), so a JSON log encoder gets separate fields. The keys are the snake_case
 * names of {@code docs/audit.md}; lists are comma-joined, {@code counts} and {@code operators} are
 * {@code TYPE=n} pairs, and {@code event} holds the whole event as schema-versioned JSON for
 * consumers that prefer one field. No value of the inspected text is ever logged. Thread-safe.
 *
 * <p>This sink has no hash chain; use {@link JsonlFileAuditSink} where tamper evidence matters.
 */
public final class Slf4jAuditSink implements AuditSink {
  /** The logger name; route it to its own appender to keep an audit file apart. */
  public static final String LOGGER_NAME = "dev.veil.audit";

  private final Logger logger;

  public Slf4jAuditSink() {
    this(LoggerFactory.getLogger(LOGGER_NAME));
  }

  public Slf4jAuditSink(Logger logger) {
    this.logger = logger;
  }

  @Override
  public void write(AuditEvent e) {
    logger.atInfo()
        .addKeyValue("event_id", e.id())
        .addKeyValue("time", e.time())
        .addKeyValue("request_id", e.requestId())
        .addKeyValue("conversation_id", e.conversationId())
        .addKeyValue("tenant", e.tenant())
        .addKeyValue("destination", e.destination())
        .addKeyValue("direction", e.direction())
        .addKeyValue("policy", e.policyId() + "@" + e.policyVersion())
        .addKeyValue("decision", e.decision())
        .addKeyValue("route_to", e.routeTo())
        .addKeyValue("rules", e.reasons().stream().map(Reason::ruleId).collect(Collectors.joining(",")))
        .addKeyValue("finding_types", e.findings().stream().map(f -> f.type().name()).distinct().sorted()
            .collect(Collectors.joining(",")))
        .addKeyValue("finding_count", e.findings().size())
        .addKeyValue("schema", AuditEvent.SCHEMA_VERSION)
        .addKeyValue("purpose", e.purpose())
        .addKeyValue("jurisdiction", e.jurisdiction())
        .addKeyValue("legal_bases", e.legalBases().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
        .addKeyValue("citations", e.reasons().stream().map(Reason::citation).distinct()
            .collect(Collectors.joining("; ")))
        .addKeyValue("counts", e.counts().entrySet().stream().map(x -> x.getKey() + "=" + x.getValue())
            .collect(Collectors.joining(",")))
        .addKeyValue("operators", e.operators().entrySet().stream().map(x -> x.getKey() + "=" + x.getValue())
            .collect(Collectors.joining(",")))
        .addKeyValue("text_length", e.textLength())
        .addKeyValue("event", e.toJson())
        .log("veil decision {} for {}", e.decision(), e.destination());
  }

  @Override
  public String toString() {
    return "Slf4jAuditSink[" + logger.getName() + "]";
  }
}
