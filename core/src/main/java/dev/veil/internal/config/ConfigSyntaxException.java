package dev.veil.internal.config;

/** A syntax error at a line; converted to a {@code PolicyException} naming the file. */
public final class ConfigSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int line;

  public ConfigSyntaxException(int line, String message) {
    super(message, null, false, false);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
