package dev.veil.audit;

/**
 * Receives one {@link AuditEvent} per guard decision. Implementations must be thread-safe: a
 * shared guard calls {@link #write} from many request threads at once. A sink that throws makes
 * the guard fail closed (the text is blocked) unless the guard was built to tolerate sink failures.
 */
public interface AuditSink extends AutoCloseable {

  /** Records one event. */
  void write(AuditEvent event);

  /** Writes out anything buffered. */
  default void flush() {}

  /** Flushes and releases resources; events written before close are not lost. */
  @Override
  default void close() {
    flush();
  }

  /** A sink that drops every event: for tests and tools that audit elsewhere. */
  static AuditSink discarding() {
    return event -> {};
  }
}
