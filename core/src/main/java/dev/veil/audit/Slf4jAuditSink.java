package dev.veil.audit;

import dev.veil.Reason;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each event at INFO to the logger {@value #LOGGER_NAME} with structured key-value pairs
 * (SLF4J 2 fluent API), so a JSON log encoder gets separate fields. Thread-safe.
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
        .log("veil decision {} for {}", e.decision(), e.destination());
  }

  @Override
  public String toString() {
    return "Slf4jAuditSink[" + logger.getName() + "]";
  }
}
