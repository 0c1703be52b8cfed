package dev.veil.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.spi.LoggingEventAware;

class Slf4jAuditSinkTest {

  /** Records fluent-API events with their key-value pairs kept apart from the message. */
  private static final class CapturingLogger extends AbstractLogger implements LoggingEventAware {
    final List<LoggingEvent> events = new ArrayList<>();

    CapturingLogger() {
      this.name = Slf4jAuditSink.LOGGER_NAME;
    }

    @Override
    public void log(LoggingEvent event) {
      events.add(event);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String msg, Object[] args, Throwable t) {
      throw new AssertionError("the audit sink must use the fluent API");
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
      return true;
    }
  }

  @Test
  void writesOneInfoEventWithStructuredKeyValues() {
    CapturingLogger logger = new CapturingLogger();
    new Slf4jAuditSink(logger).write(AuditTestSupport.event(3));
    assertEquals(1, logger.events.size());
    LoggingEvent e = logger.events.get(0);
    assertEquals(Level.INFO, e.getLevel());
    Map<String, Object> kv = new LinkedHashMap<>();
    e.getKeyValuePairs().forEach(p -> kv.put(p.key, p.value));
    assertEquals("evt-3", kv.get("event_id"));
    assertEquals("vendor-x", kv.get("destination"));
    assertEquals("rule-3", kv.get("rules"));
    assertEquals("45 CFR 164.514(b)(2)(i)(G)", kv.get("citations"));
    assertEquals("US_SSN=1", kv.get("counts"));
    assertEquals("US_SSN=tag", kv.get("operators"));
    assertEquals("HIPAA_AUTHORIZATION", kv.get("legal_bases"));
    assertEquals(AuditEvent.SCHEMA_VERSION, kv.get("schema"));
    assertTrue(((String) kv.get("event")).startsWith("{\"schema\":1,\"type\":\"decision\""));
  }
}
