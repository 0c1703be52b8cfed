package dev.veil.audit;

import java.util.ArrayList;
import java.util.List;

/** Keeps events in memory, in write order; for tests. Thread-safe. */
public final class InMemoryAuditSink implements AuditSink {
  private final List<AuditEvent> events = new ArrayList<>();

  @Override
  public synchronized void write(AuditEvent event) {
    events.add(event);
  }

  /** A snapshot of the events written so far. */
  public synchronized List<AuditEvent> events() {
    return List.copyOf(events);
  }

  public synchronized void clear() {
    events.clear();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryAuditSink[" + events.size() + " events]";
  }
}
