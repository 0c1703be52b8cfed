package dev.veil.internal.transform;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.transform.KeyRing;
import dev.veil.transform.Operator;
import dev.veil.transform.TransformSession;
import dev.veil.transform.VeilKey;

/**
 * FF1 (radix 10) over the digits of a value, with the entity type as tweak; every other character
 * stays where it was, so {@code 123-45-6789} becomes another {@code ddd-dd-dddd}. A value with fewer
 * than six digits (below FF1's minimum domain) gets a typed tag instead. The mapping is recorded in
 * the session so the answer can be restored; the key ref is in {@link #name()}.
 */
public final class FpeOperator implements Operator {
  private final KeyRing ring;
  private final Ff1 primary;

  public FpeOperator(KeyRing ring) {
    this.ring = ring;
    this.primary = new Ff1(ring.primary().secret());
  }

  @Override
  public String name() {
    return "fpe:" + ring.primary().ref();
  }

  @Override
  public String apply(String value, Finding finding, TransformSession session) {
    String digits = RestoreKeys.digits(value);
    if (digits.length() < Ff1.MIN_LENGTH || digits.length() > Ff1.MAX_LENGTH) {
      return session.tagFor(finding.type(), value);
    }
    String enc = primary.encrypt(digits, Ff1.tweak(finding.type().name()));
    String out = putDigits(value, enc);
    return session.pseudonym(finding.type(), name(), value, attempt -> attempt == 0 ? out : null);
  }

  /** Decrypts a value made by this operator with {@code key}. */
  public static String decrypt(VeilKey key, EntityType type, String value) {
    String digits = RestoreKeys.digits(value);
    return putDigits(value, new Ff1(key.secret()).decrypt(digits, Ff1.tweak(type.name())));
  }

  static String putDigits(String shape, String digits) {
    StringBuilder b = new StringBuilder(shape.length());
    int d = 0;
    for (int i = 0; i < shape.length(); i++) {
      char c = shape.charAt(i);
      b.append(RestoreKeys.isAsciiDigit(c) ? digits.charAt(d++) : c);
    }
    return b.toString();
  }
}
