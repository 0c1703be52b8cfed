package dev.veil.audit;

import dev.veil.VeilException;

/**
 * Thrown by an {@link AuditSink} that could not record an event (closed, failed I/O, full queue).
 * A guard treats it as a failed audit and blocks the text unless its {@link AuditFailurePolicy}
 * buffers it. The message names the sink and the kind of failure, never event content.
 */
public class AuditSinkException extends VeilException {
  private static final long serialVersionUID = 1L;

  public AuditSinkException(String message) {
    super(message);
  }

  public AuditSinkException(String message, Throwable cause) {
    super(message, cause);
  }
}
