package dev.veil.internal.audit;

import dev.veil.audit.AuditEvent;
import dev.veil.audit.AuditFailurePolicy.Event;
import dev.veil.audit.AuditFailurePolicy.Report;
import dev.veil.audit.AuditSink;
import dev.veil.audit.AuditSinkException;
import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * The BUFFER_AND_REPORT policy: while the delegate fails, events wait here (bounded), in order;
 * when the buffer is full, writes throw so the guard fails closed. Thread-safe; while healthy, a
 * write costs one uncontended volatile read on top of the delegate.
 */
public final class BufferingAuditSink implements AuditSink {
  private final AuditSink delegate;
  private final int capacity;
  private final Consumer<Report> reporter;
  private final long retryIntervalNanos;
  private final ArrayDeque<AuditEvent> buffer = new ArrayDeque<>();
  private volatile boolean degraded;
  private long lastAttempt;

  public BufferingAuditSink(AuditSink delegate, int capacity, Consumer<Report> reporter, long retryIntervalNanos) {
    this.delegate = delegate;
    this.capacity = capacity;
    this.reporter = reporter;
    this.retryIntervalNanos = retryIntervalNanos;
  }

  @Override
  public void write(AuditEvent event) {
    if (!degraded) {
      try {
        delegate.write(event);
        return;
      } catch (RuntimeException e) {
        synchronized (this) {
          degraded = true;
          lastAttempt = System.nanoTime();
          enqueue(event, e);
        }
        return;
      }
    }
    synchronized (this) {
      if (!degraded) {
        // recovered meanwhile: keep order by writing now, under the lock
        writeOrBuffer(event);
        return;
      }
      if (System.nanoTime() - lastAttempt >= retryIntervalNanos) {
        retry();
      }
      if (degraded) {
        enqueue(event, null);
      } else {
        writeOrBuffer(event);
      }
    }
  }

  private void writeOrBuffer(AuditEvent event) {
    try {
      delegate.write(event);
    } catch (RuntimeException e) {
      degraded = true;
      lastAttempt = System.nanoTime();
      enqueue(event, e);
    }
  }

  private void enqueue(AuditEvent event, RuntimeException cause) {
    String type = cause == null ? "retry pending" : cause.getClass().getSimpleName();
    if (buffer.size() >= capacity) {
      report(new Report(Event.BUFFER_FULL, buffer.size(), type));
      throw new AuditSinkException("audit sink failed and the buffer of " + capacity + " events is full");
    }
    buffer.addLast(event);
    if (cause != null || buffer.size() == 1) {
      report(new Report(Event.BUFFERED, buffer.size(), type));
    }
  }

  /** Writes buffered events in order; stops at the first failure. Caller holds the lock. */
  private void retry() {
    lastAttempt = System.nanoTime();
    while (!buffer.isEmpty()) {
      try {
        delegate.write(buffer.peekFirst());
      } catch (RuntimeException e) {
        return;
      }
      buffer.removeFirst();
    }
    degraded = false;
    report(new Report(Event.RECOVERED, 0, null));
  }

  /** Retries the buffer, then flushes the delegate. */
  @Override
  public synchronized void flush() {
    if (degraded) {
      retry();
    }
    delegate.flush();
  }

  /**
   * Retries the buffer and closes the delegate; events still buffered are reported as
   * undelivered and make close throw.
   */
  @Override
  public synchronized void close() {
    if (degraded) {
      retry();
    }
    int left = buffer.size();
    try {
      delegate.close();
    } finally {
      if (left > 0) {
        report(new Report(Event.UNDELIVERED_ON_CLOSE, left, "sink failure"));
      }
    }
    if (left > 0) {
      throw new AuditSinkException(left + " audit event(s) could not be delivered before close");
    }
  }

  /** Events waiting for the sink to recover. */
  public synchronized int buffered() {
    return buffer.size();
  }

  private void report(Report r) {
    try {
      reporter.accept(r);
    } catch (RuntimeException ignored) {
      // a reporter must not turn a handled failure into a blocked request
    }
  }

  @Override
  public String toString() {
    return "BufferingAuditSink[" + delegate + "]";
  }
}
