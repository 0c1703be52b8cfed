package dev.veil.audit;

import dev.veil.internal.audit.BufferingAuditSink;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a guard does when its {@link AuditSink} throws. Set with {@code
 * Guard.builder().auditFailurePolicy(...)}.
 *
 * <ul>
 *   <li>{@link #failClosed()} (default): the request is blocked with reason {@code
 *       veil.audit-failure}; a decision that cannot be audited is not carried out.
 *   <li>{@link #bufferAndReport(int, Consumer)}: the event is kept in a bounded in-memory buffer,
 *       the failure is reported, and the request proceeds. Buffered events are retried, in order
 *       and ahead of newer events, on the next write (at most once per retry interval), on {@code
 *       flush} and on {@code close}. When the buffer is full the guard fails closed again: events
 *       are never dropped silently. Events still buffered at close are reported as undelivered.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class AuditFailurePolicy {
  /** The logger the default reporter writes to. */
  public static final String REPORT_LOGGER = "dev.veil.audit.failure";

  private static final AuditFailurePolicy FAIL_CLOSED = new AuditFailurePolicy(0, null, 0);

  private final int capacity;
  private final Consumer<Report> reporter;
  private final long retryIntervalNanos;

  private AuditFailurePolicy(int capacity, Consumer<Report> reporter, long retryIntervalNanos) {
    this.capacity = capacity;
    this.reporter = reporter;
    this.retryIntervalNanos = retryIntervalNanos;
  }

  /** What happened to the sink. */
  public enum Event {
    /** The sink failed; the event was buffered and the request proceeded. */
    BUFFERED,
    /** A retry succeeded: every buffered event was written. */
    RECOVERED,
    /** The buffer is full: the request is blocked (fail closed). */
    BUFFER_FULL,
    /** Closing left events that could not be written. */
    UNDELIVERED_ON_CLOSE
  }

  /**
   * One report. Carries counts and the failure's class name, never event content or exception
   * messages (a third-party sink's message might quote anything).
   */
  public record Report(Event event, int buffered, String errorType) {}

  /** Block requests whose decision cannot be audited (the default). */
  public static AuditFailurePolicy failClosed() {
    return FAIL_CLOSED;
  }

  /**
   * Buffer up to {@code capacity} events while the sink fails, reporting to {@code reporter}
   * (called on request threads; must be fast and must not throw), retrying at most once a second.
   */
  public static AuditFailurePolicy bufferAndReport(int capacity, Consumer<Report> reporter) {
    return bufferAndReport(capacity, reporter, 1_000_000_000L);
  }

  /** As {@link #bufferAndReport(int, Consumer)} with a custom retry interval in nanoseconds (0 = every write). */
  public static AuditFailurePolicy bufferAndReport(int capacity, Consumer<Report> reporter, long retryIntervalNanos) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    if (retryIntervalNanos < 0) {
      throw new IllegalArgumentException("retryIntervalNanos must be >= 0");
    }
    return new AuditFailurePolicy(capacity, Objects.requireNonNull(reporter, "reporter"), retryIntervalNanos);
  }

  /** As {@link #bufferAndReport(int, Consumer)}, reporting at WARN/ERROR to {@value #REPORT_LOGGER}. */
  public static AuditFailurePolicy bufferAndReport(int capacity) {
    Logger log = LoggerFactory.getLogger(REPORT_LOGGER);
    return bufferAndReport(capacity, r -> {
      if (r.event() == Event.RECOVERED) {
        log.warn("audit sink recovered; buffered events written");
      } else if (r.event() == Event.BUFFERED) {
        log.warn("audit sink failed ({}); {} event(s) buffered, requests proceed", r.errorType(), r.buffered());
      } else {
        log.error("audit sink failed ({}): {} with {} event(s) buffered", r.errorType(), r.event(), r.buffered());
      }
    });
  }

  public boolean failsClosed() {
    return reporter == null;
  }

  /** The sink a guard writes to under this policy: {@code sink} itself, or a buffering wrapper. */
  public AuditSink apply(AuditSink sink) {
    Objects.requireNonNull(sink, "sink");
    return failsClosed() ? sink : new BufferingAuditSink(sink, capacity, reporter, retryIntervalNanos);
  }

  @Override
  public String toString() {
    return failsClosed() ? "AuditFailurePolicy[FAIL_CLOSED]" : "AuditFailurePolicy[BUFFER_AND_REPORT, capacity=" + capacity + "]";
  }
}
