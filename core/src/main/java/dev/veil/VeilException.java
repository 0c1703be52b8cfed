package dev.veil;

/**
 * Root of every exception Veil throws for misuse or bad input (a broken policy file, an unknown
 * entity type, a malformed request). A decision to block text is a {@link GuardResult}, never an
 * exception.
 *
 * <p>Messages never contain the text being inspected nor any value found in it: they name the
 * place (file, line, field, detector id) and the kind of problem.
 */
public class VeilException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public VeilException(String message) {
    super(message);
  }

  public VeilException(String message, Throwable cause) {
    super(message, cause);
  }
}
