package dev.veil.internal.transform;

import java.util.Locale;

/**
 * How a surrogate is recognised again in a model's answer. Three kinds, chosen from the surrogate's
 * shape:
 * <ul>
 *   <li>{@code T:} a typed tag {@code <TYPE_n>}, found also as {@code < type_n >}, {@code TYPE_n} or
 *       split by line breaks;
 *   <li>{@code D:} a numeric surrogate of the same shape as its original (only the digits differ, at
 *       least six of them): found by its digit sequence whatever separators the model wrote, and
 *       restored by putting the original digits back in place;
 *   <li>{@code X:} any other text, matched case-insensitively with flexible whitespace.
 * </ul>
 * Two surrogates with the same key would be ambiguous, so a session never holds two keys for
 * different originals.
 */
public final class RestoreKeys {
  private RestoreKeys() {}

  public static final int MIN_DIGITS = 6;

  private static final java.util.Set<String> TYPE_NAMES = java.util.Arrays.stream(dev.veil.EntityType.values())
      .map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Entity type names by length, so that a tag's type is checked without cutting it out. */
  private static final String[][] TYPE_NAMES_BY_LENGTH = byLength(TYPE_NAMES);

  private static String[][] byLength(java.util.Set<String> names) {
    int max = names.stream().mapToInt(String::length).max().orElse(0);
    String[][] out = new String[max + 1][0];
    for (String n : names) {
      String[] old = out[n.length()];
      out[n.length()] = java.util.Arrays.copyOf(old, old.length + 1);
      out[n.length()][old.length] = n;
    }
    return out;
  }

  /** Whether {@code s[from, to)} is the name of an entity type. */
  private static boolean isTypeName(String s, int from, int to) {
    int len = to - from;
    if (len >= TYPE_NAMES_BY_LENGTH.length) {
      return false;
    }
    for (String n : TYPE_NAMES_BY_LENGTH[len]) {
      if (s.regionMatches(from, n, 0, len)) {
        return true;
      }
    }
    return false;
  }

  public static String key(String surrogate, String original) {
    if (isTag(surrogate)) {
      return "T:" + surrogate.substring(1, surrogate.length() - 1).toUpperCase(Locale.ROOT);
    }
    if (isDigitShaped(surrogate, original)) {
      return "D:" + digits(surrogate);
    }
    return "X:" + folded(surrogate);
  }

  /** What must be equal for two originals to restore identically under the same key. */
  public static String restoreIdentity(String key, String original) {
    return key.startsWith("D:") ? digits(original) : original;
  }

  public static boolean isTag(String s) {
    if (s.length() < 4 || s.charAt(0) != '<' || s.charAt(s.length() - 1) != '>') {
      return false;
    }
    int us = s.lastIndexOf('_');
    if (us < 2 || us == s.length() - 2) {
      return false;
    }
    if (!isTypeName(s, 1, us)) {
      return false; // only tags of a real type are found again in tolerant form
    }
    for (int i = us + 1; i < s.length() - 1; i++) {
      if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  public static boolean isDigitShaped(String surrogate, String original) {
    return surrogate.length() == original.length()
        && digits(surrogate).length() >= MIN_DIGITS
        && nonDigits(surrogate).equals(nonDigits(original))
        && digits(original).length() == digits(surrogate).length();
  }

  public static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  public static String digits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (isAsciiDigit(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  static String nonDigits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(isAsciiDigit(c) ? '0' : c);
    }
    return b.toString();
  }

  /**
   * Whether {@code a} and {@code b} have the same {@link #folded} form, without making either.
   */
  public static boolean sameFolded(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      // next folded char of each: skip whitespace, remembering whether a run was skipped inside
      boolean wsA = false;
      while (i < a.length() && Character.isWhitespace(a.charAt(i))) {
        wsA = true;
        i++;
      }
      boolean wsB = false;
      while (j < b.length() && Character.isWhitespace(b.charAt(j))) {
        wsB = true;
        j++;
      }
      boolean endA = i == a.length();
      boolean endB = j == b.length();
      if (endA || endB) {
        return endA && endB; // trailing whitespace is trimmed
      }
      if (i > 0 && j > 0 && wsA != wsB) {
        // one has a folded space here, the other not (leading whitespace is trimmed: i, j > 0 after
        // the first char of each, since the first folded char is never preceded by a space)
        return false;
      }
      if (Character.toLowerCase(a.charAt(i)) != Character.toLowerCase(b.charAt(j))) {
        return false;
      }
      i++;
      j++;
    }
  }

  /** Lower case, whitespace runs folded to one space, trimmed. */
  public static String folded(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean ws = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        ws = b.length() > 0;
      } else {
        if (ws) {
          b.append(' ');
          ws = false;
        }
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }
}
