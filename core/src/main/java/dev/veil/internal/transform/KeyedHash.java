package dev.veil.internal.transform;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.transform.KeyRing;
import dev.veil.transform.Operator;
import dev.veil.transform.TransformSession;
import dev.veil.transform.VeilKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA-256 of (entity type, value) under the key ring's primary key, written as
 * {@code HMAC:<key ref>:<base64url of the 32-byte tag>}. The type is part of the message so equal
 * strings of different types do not join.
 */
public final class KeyedHash implements Operator {
  public static final String PREFIX = "HMAC:";
  private final KeyRing ring;
  private final ThreadLocal<Mac> primaryMac;

  public KeyedHash(KeyRing ring) {
    this.ring = ring;
    VeilKey primary = ring.primary();
    this.primaryMac = ThreadLocal.withInitial(() -> newMac(primary));
  }

  @Override
  public String name() {
    return "hmac:" + ring.primary().ref();
  }

  @Override
  public String apply(String value, Finding finding, TransformSession session) {
    return format(ring.primary(), digest(primaryMac.get(), finding.type(), value));
  }

  public static String hash(VeilKey key, EntityType type, String value) {
    return format(key, digest(newMac(key), type, value));
  }

  private static String format(VeilKey key, byte[] tag) {
    return PREFIX + key.ref() + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
  }

  /** True when {@code hashed} is the hash of the value under the ring key it names (old versions too). */
  public static boolean verify(KeyRing ring, EntityType type, String value, String hashed) {
    if (hashed == null || !hashed.startsWith(PREFIX)) {
      return false;
    }
    int colon = hashed.indexOf(':', PREFIX.length());
    if (colon < 0) {
      return false;
    }
    Optional<VeilKey> key = ring.find(hashed.substring(PREFIX.length(), colon));
    if (key.isEmpty()) {
      return false;
    }
    byte[] expected;
    try {
      expected = Base64.getUrlDecoder().decode(hashed.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(expected, digest(newMac(key.get()), type, value));
  }

  private static Mac newMac(VeilKey key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** doFinal resets the Mac, so a per-thread instance is reusable. */
  private static byte[] digest(Mac mac, EntityType type, String value) {
    mac.update(type.name().getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
  }
}
