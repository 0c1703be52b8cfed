package dev.veil.policy;

import dev.veil.VeilException;
import java.util.Optional;

/**
 * A policy could not be built or loaded: a malformed or invalid policy file, an unknown entity
 * type, preset or operator, a bad regular expression, or contradictory rules. The message names
 * the source (file), line and field; it never quotes a value found in inspected text.
 */
public class PolicyException extends VeilException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String field;

  /** A problem without a position, e.g. in a policy built in Java. */
  public PolicyException(String message) {
    super(message);
    this.source = null;
    this.line = 0;
    this.field = null;
  }

  /**
   * A problem at a place in a policy file.
   *
   * @param source the file name (or another label for the source)
   * @param line 1-based line, or 0 when unknown
   * @param field dotted path of the field, e.g. {@code rules[2].when.types}, or null
   * @param problem what is wrong
   */
  public PolicyException(String source, int line, String field, String problem) {
    super(format(source, line, field, problem));
    this.source = source;
    this.line = line;
    this.field = field;
  }

  private static String format(String source, int line, String field, String problem) {
    StringBuilder b = new StringBuilder();
    b.append(source == null ? "<policy>" : source);
    if (line > 0) {
      b.append(':').append(line);
    }
    if (field != null && !field.isEmpty()) {
      b.append(": field '").append(field).append('\'');
    }
    return b.append(": ").append(problem).toString();
  }

  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** 1-based line of the problem; 0 when unknown. */
  public int line() {
    return line;
  }

  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
