package dev.veil.testkit.corpus;

import dev.veil.EntityType;
import java.util.EnumSet;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Applies one {@link Obfuscation} to a value; returns null when it does not apply to the value. */
final class Obfuscator {
  private Obfuscator() {}

  /** Types whose values are digit strings people disguise; e-mail and secrets have their own forms. */
  private static final Set<EntityType> NUMERIC = EnumSet.of(EntityType.US_SSN, EntityType.US_ITIN,
      EntityType.CREDIT_CARD, EntityType.IBAN, EntityType.US_BANK_ROUTING, EntityType.US_NPI,
      EntityType.NATIONAL_ID, EntityType.UK_NHS_NUMBER, EntityType.PHONE_NUMBER, EntityType.DEVICE_ID,
      EntityType.VEHICLE_ID, EntityType.US_DEA);

  private static final char[] INVISIBLE = {'\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF'};

  static String apply(Obfuscation o, EntityType type, String value, RandomGenerator r) {
    return switch (o) {
      case FULLWIDTH_DIGITS -> NUMERIC.contains(type) ? fullwidth(value) : null;
      case ZERO_WIDTH -> NUMERIC.contains(type) || type == EntityType.EMAIL_ADDRESS ? invisible(value, r) : null;
      case NBSP -> NUMERIC.contains(type) && value.indexOf(' ') > 0 ? value.replace(' ', '\u00A0') : null;
      case SPACED_DIGITS -> spaced(type, value);
      case LINE_BREAK -> lineBreak(type, value, r);
      case SPELLED_EMAIL -> type == EntityType.EMAIL_ADDRESS ? spelledEmail(value) : null;
      case DIGITS_AS_WORDS -> digitWords(type, value);
      case CONFUSABLE_LETTERS -> LOOKALIKE_TYPES.contains(type) ? lookalikes(value, r) : null;
      case JSON_ESCAPED, MARKDOWN_TABLE -> null;
    };
  }

  private static final String[] DIGIT_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine"};

  private static String digitWords(EntityType type, String v) {
    if (type != EntityType.US_SSN && type != EntityType.US_ITIN && type != EntityType.PHONE_NUMBER) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (char c : v.toCharArray()) {
      String token = c >= '0' && c <= '9' ? DIGIT_WORDS[c - '0'] : c == '-' ? "-" : c == '+' ? "plus" : null;
      if (token == null) {
        continue; // spaces, dots and parentheses only separate groups
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(token);
    }
    return sb.toString();
  }

  private static final Set<EntityType> LOOKALIKE_TYPES = EnumSet.of(EntityType.EMAIL_ADDRESS, EntityType.IBAN,
      EntityType.NATIONAL_ID, EntityType.VEHICLE_ID, EntityType.US_DEA);
  /** Latin letter, then look-alikes from the Cyrillic and Greek blocks (Unicode confusables). */
  private static final String[] LOOKALIKES = {"A\u0410\u0391", "B\u0412\u0392", "C\u0421", "E\u0415\u0395",
      "H\u041D\u0397", "K\u041A\u039A", "M\u041C\u039C", "O\u041E\u039F", "P\u0420\u03A1", "T\u0422\u03A4",
      "X\u0425\u03A7", "a\u0430", "c\u0441", "e\u0435", "o\u043E\u03BF", "p\u0440", "x\u0445", "y\u0443"};

  private static String lookalikes(String v, RandomGenerator r) {
    StringBuilder sb = new StringBuilder(v);
    int replaced = 0;
    int want = 1 + r.nextInt(3);
    for (int attempt = 0; attempt < 40 && replaced < want; attempt++) {
      int i = r.nextInt(sb.length());
      for (String group : LOOKALIKES) {
        if (group.charAt(0) == sb.charAt(i)) {
          sb.setCharAt(i, group.charAt(1 + r.nextInt(group.length() - 1)));
          replaced++;
          break;
        }
      }
    }
    return replaced == 0 ? null : sb.toString();
  }

  private static String fullwidth(String v) {
    StringBuilder sb = new StringBuilder(v.length());
    for (char c : v.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? (char) ('\uFF10' + (c - '0')) : c);
    }
    return sb.toString();
  }

  private static String invisible(String v, RandomGenerator r) {
    if (v.length() < 4) {
      return null;
    }
    StringBuilder sb = new StringBuilder(v);
    int n = 1 + r.nextInt(2);
    for (int k = 0; k < n; k++) {
      int at = 1 + r.nextInt(sb.length() - 1); // strictly inside, so the span still starts and ends on the value
      sb.insert(at, INVISIBLE[r.nextInt(INVISIBLE.length)]);
    }
    return sb.toString();
  }

  private static String spaced(EntityType type, String v) {
    boolean shortNumeric = type == EntityType.US_SSN || type == EntityType.US_ITIN
        || type == EntityType.PHONE_NUMBER || type == EntityType.CREDIT_CARD || type == EntityType.UK_NHS_NUMBER;
    if (!shortNumeric || !v.chars().allMatch(c -> Character.isDigit(c) || c == '-' || c == ' ')) {
      return null;
    }
    String compact = v.replace(" ", "");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < compact.length(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(compact.charAt(i));
    }
    return sb.toString();
  }

  private static String lineBreak(EntityType type, String v, RandomGenerator r) {
    if (!NUMERIC.contains(type) && type != EntityType.STREET_ADDRESS) {
      return null;
    }
    int count = 0;
    for (int i = 1; i < v.length() - 1; i++) {
      if (v.charAt(i) == ' ') {
        count++;
      }
    }
    if (count == 0) {
      return null;
    }
    int pick = r.nextInt(count);
    for (int i = 1; i < v.length() - 1; i++) {
      if (v.charAt(i) == ' ' && pick-- == 0) {
        return v.substring(0, i) + "\n" + v.substring(i + 1);
      }
    }
    return null;
  }

  private static String spelledEmail(String v) {
    int at = v.indexOf('@');
    return v.substring(0, at).replace(".", " dot ") + " at " + v.substring(at + 1).replace(".", " dot ");
  }

  /** JSON string escaping (RFC 8259): quotes, backslashes and control characters. */
  static String jsonEscape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
