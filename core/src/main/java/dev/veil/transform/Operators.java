package dev.veil.transform;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.internal.transform.DateShift;
import dev.veil.internal.transform.FpeOperator;
import dev.veil.internal.transform.KeyedHash;
import dev.veil.internal.transform.Surrogates;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in operators. Every operator is immutable and thread-safe; per-conversation state lives
 * in the {@link TransformSession}. Reversible ones ({@link #tag()}, {@link #surrogate()}, {@link
 * #dateShift()}, {@link #fpe}) record surrogate to original in the session, so {@link Restorer} and
 * {@link dev.veil.Guard#checkOutput} can put the originals back; {@link #redact()}, {@link #mask},
 * {@link #hmac} and {@link #generalize()} are one-way. See {@code docs/transforms.md}.
 */
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

  /**
   * Keyed hash for joins without re-identification: HMAC-SHA-256 of the entity type and the value
   * under the ring's primary key, written {@code HMAC:<key ref>:<43 base64url characters>}, e.g.
   * {@code HMAC:k1v2:...}. The same value and type under the same key always give the same output.
   * Check a value against an output with {@link #verifyHash}, which also accepts outputs made with
   * the ring's older keys. Never unkeyed: an unsalted hash of an SSN is reversed by brute force.
   */
  public static Operator hmac(KeyRing keys) {
    return new KeyedHash(Objects.requireNonNull(keys, "keys"));
  }

  /** True when {@code hashed} is {@link #hmac}'s output for this type and value under the key it names. */
  public static boolean verifyHash(KeyRing keys, EntityType type, String value, String hashed) {
    return KeyedHash.verify(Objects.requireNonNull(keys, "keys"), type, value, hashed);
  }

  /**
   * Format-preserving encryption (NIST SP 800-38G FF1, AES, radix 10) of a value's digits under the
   * ring's primary key, with the entity type as tweak; every non-digit stays in place. Values with
   * fewer than 6 digits get a typed tag (FF1 needs a domain of at least a million). The key ref is
   * in the operator's {@link Operator#name() name} ({@code fpe:k1v2}) and so in the audit event;
   * the mapping is kept in the session for restore; {@link #fpeDecrypt} reverses it with the key.
   */
  public static Operator fpe(KeyRing keys) {
    return new FpeOperator(Objects.requireNonNull(keys, "keys"));
  }

  /**
   * Reverses {@link #fpe} for a value encrypted with the key {@code keyRef} (e.g. {@code k1v1},
   * possibly an older version of the ring).
   *
   * @throws IllegalArgumentException if the ring has no such key or the value has too few digits
   */
  public static String fpeDecrypt(KeyRing keys, String keyRef, EntityType type, String value) {
    Optional<VeilKey> key = keys.find(keyRef);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("no key " + keyRef + " in the ring");
    }
    return FpeOperator.decrypt(key.get(), type, value);
  }

  /**
   * Realistic surrogates of the same shape, consistent within the session: a fake name with as many
   * parts, an {@code example.*} email, a fictional phone number, a shifted date, a Luhn-valid card
   * number, fresh digits and letters for other identifiers. Types without a plausible fake form get a
   * typed tag. Reversible.
   */
  public static Operator surrogate() {
    return Surrogates.INSTANCE;
  }

  /**
   * Shifts a date by the session's fixed number of days ({@link TransformSession#dateShiftDays()}),
   * keeping its written format ({@code 2024-03-05}, {@code 03/05/2024}, {@code March 5, 2024}...), so
   * intervals between dates survive. Unreadable dates get a typed tag. Reversible.
   */
  public static Operator dateShift() {
    return DateShift.INSTANCE;
  }
}
