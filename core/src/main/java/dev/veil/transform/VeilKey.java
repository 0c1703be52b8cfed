package dev.veil.transform;

import com.google.re2j.Pattern;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A secret key with an id and a version, for keyed hashing ({@link Operators#hmac}) and
 * format-preserving encryption ({@link Operators#fpe}). Outputs and audit records name the key by
 * its {@link #ref()}, e.g. {@code k1v2}, never by its bytes.
 *
 * <p>Immutable and thread-safe: the secret is copied in and out. {@link #toString()} shows the id,
 * version and length only. Equality compares id and version (in constant time for the secret).
 */
public final class VeilKey {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  private final String id;
  private final int version;
  private final byte[] secret;

  private VeilKey(String id, int version, byte[] secret) {
    this.id = id;
    this.version = version;
    this.secret = secret;
  }

  /**
   * A key.
   *
   * @param id 1 to 32 characters of {@code [A-Za-z0-9_-]}
   * @param version {@code >= 1}
   * @param secret 16, 24 or 32 bytes (AES-128/192/256 for FPE; the HMAC key)
   * @throws IllegalArgumentException on a bad id, version or secret length (the message never shows
   *     the secret)
   */
  public static VeilKey of(String id, int version, byte[] secret) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(secret, "secret");
    if (!ID.matches(id)) {
      throw new IllegalArgumentException("key id must be 1-32 characters of [A-Za-z0-9_-]");
    }
    if (version < 1) {
      throw new IllegalArgumentException("key version must be >= 1");
    }
    if (secret.length != 16 && secret.length != 24 && secret.length != 32) {
      throw new IllegalArgumentException("key secret must be 16, 24 or 32 bytes, got " + secret.length);
    }
    return new VeilKey(id, version, secret.clone());
  }

  public String id() {
    return id;
  }

  public int version() {
    return version;
  }

  /** The key's reference as written in outputs: id, {@code v}, version, e.g. {@code k1v2}. */
  public String ref() {
    return id + "v" + version;
  }

  /** A copy of the secret bytes. */
  public byte[] secret() {
    return secret.clone();
  }

  /** Same id, version and secret (constant-time comparison of the secret). */
  @Override
  public boolean equals(Object o) {
    return o instanceof VeilKey k && k.id.equals(id) && k.version == version
        && MessageDigest.isEqual(k.secret, secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version);
  }

  @Override
  public String toString() {
    return "VeilKey[" + ref() + ", " + secret.length * 8 + "-bit secret]";
  }

}
