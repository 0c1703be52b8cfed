package dev.veil.internal.json;

/**
 * A minimal streaming writer for compact JSON (no whitespace), enough for audit lines. It escapes
 * every string so that a line can never be split or closed early by its content: quotes,
 * backslashes, all control characters and the line separators U+2028/U+2029 are escaped. Not
 * thread-safe; one writer builds one document.
 */
public final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final int MAX_DEPTH = 64;

  private final StringBuilder out;
  // needsComma[depth]: whether the next member/element at this depth must be preceded by a comma.
  private final boolean[] needsComma = new boolean[MAX_DEPTH + 1];
  private int depth;
  private boolean afterName;

  public JsonWriter() {
    this(new StringBuilder(256));
  }

  public JsonWriter(StringBuilder out) {
    this.out = out;
  }

  public JsonWriter beginObject() {
    return open('{');
  }

  public JsonWriter endObject() {
    return close('}');
  }

  public JsonWriter beginArray() {
    return open('[');
  }

  public JsonWriter endArray() {
    return close(']');
  }

  /** Writes a member name; the next call must write its value. */
  public JsonWriter name(String name) {
    separate();
    quote(name);
    out.append(':');
    afterName = true;
    return this;
  }

  public JsonWriter value(String s) {
    separate();
    if (s == null) {
      out.append("null");
    } else {
      quote(s);
    }
    return this;
  }

  public JsonWriter value(long n) {
    separate();
    out.append(n);
    return this;
  }

  /**
   * Writes a finite number; non-finite values have no JSON form and are written as null.
   */
  public JsonWriter value(double d) {
    separate();
    if (Double.isFinite(d)) {
      out.append(d);
    } else {
      out.append("null");
    }
    return this;
  }

  public JsonWriter value(boolean b) {
    separate();
    out.append(b);
    return this;
  }

  public JsonWriter nullValue() {
    separate();
    out.append("null");
    return this;
  }

  /** Shorthand for {@code name(n).value(v)}. */
  public JsonWriter field(String name, String v) {
    return name(name).value(v);
  }

  public JsonWriter field(String name, long v) {
    return name(name).value(v);
  }

  public JsonWriter field(String name, double v) {
    return name(name).value(v);
  }

  /** The text so far (a complete document once every object and array is closed). */
  @Override
  public String toString() {
    return out.toString();
  }

  private JsonWriter open(char c) {
    separate();
    if (depth == MAX_DEPTH) {
      throw new IllegalStateException("JSON nesting deeper than " + MAX_DEPTH);
    }
    out.append(c);
    needsComma[++depth] = false;
    return this;
  }

  private JsonWriter close(char c) {
    if (depth == 0) {
      throw new IllegalStateException("nothing to close");
    }
    depth--;
    out.append(c);
    return this;
  }

  private void separate() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (needsComma[depth]) {
      out.append(',');
    }
    needsComma[depth] = true;
  }

  private void quote(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029 || c == 0x7f) {
            out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
