package dev.veil.transform;

import dev.veil.Finding;

/** The built-in operators. */
public final class Operators {
  private Operators() {}

  private static final Operator REDACT = new Operator() {
    @Override
    public String name() {
      return "redact";
    }

    @Override
    public String apply(String value, Finding finding, TransformSession session) {
      return "";
    }
  };

  private static final Operator TAG = new Operator() {
    @Override
    public String name() {
      return "tag";
    }

    @Override
    public String apply(String value, Finding finding, TransformSession session) {
      return session.tagFor(finding.type(), value);
    }
  };

  /** Removes the value. */
  public static Operator redact() {
    return REDACT;
  }

  /** Replaces the value with a typed tag, {@code <TYPE_n>}, consistent within a session. */
  public static Operator tag() {
    return TAG;
  }

  /**
   * HIPAA Safe Harbor generalization: a date to its year, a ZIP code to its first three digits
   * ({@code 000} for the sparsely populated prefixes), an age over 89 to {@code 90+}; any other type
   * to its typed tag.
   */
  public static Operator generalize() {
    return SafeHarborGeneralizer.INSTANCE;
  }

  /**
   * Keeps the last {@code keepLast} letters or digits and replaces every other letter or digit
   * with {@code *}; separators stay, so the shape survives.
   */
  public static Operator mask(int keepLast) {
    if (keepLast < 0) {
      throw new IllegalArgumentException("keepLast must be >= 0");
    }
    return new Operator() {
      @Override
      public String name() {
        return "mask";
      }

      @Override
      public String apply(String value, Finding finding, TransformSession session) {
        int alnum = 0;
        for (int i = 0; i < value.length(); i++) {
          if (Character.isLetterOrDigit(value.charAt(i))) {
            alnum++;
          }
        }
        // Never keep so much that the value survives: at most half of its letters/digits.
        int keep = Math.min(keepLast, alnum / 2);
        StringBuilder b = new StringBuilder(value.length());
        int seen = 0;
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          if (Character.isLetterOrDigit(c)) {
            seen++;
            b.append(seen > alnum - keep ? c : '*');
          } else {
            b.append(c);
          }
        }
        return b.toString();
      }
    };
  }
}
