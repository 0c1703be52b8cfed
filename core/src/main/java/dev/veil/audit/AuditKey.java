package dev.veil.audit;

import dev.veil.VeilException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A secret key for HMAC-SHA-256 with a public id. Used to chain audit log lines so that someone
 * who can edit the file cannot recompute the chain, and to compute correlation hashes of values.
 * The id is written next to every MAC so a verifier knows which key to use; the secret is never
 * written, logged or returned by {@link #toString()}.
 *
 * <p>Text form (key files, {@code VEIL_AUDIT_KEY}): {@code ID:BASE64}, e.g. {@code
 * audit-2026:3q2+7w...}; the secret must decode to at least 16 bytes (32 random bytes
 * recommended). Immutable and thread-safe; each thread keeps its own initialised {@link Mac}.
 */
public final class AuditKey {
  /** Id reserved for the unkeyed SHA-256 chain; no key may use it. */
  public static final String UNKEYED_ID = "unkeyed";
  private static final int MIN_BYTES = 16;

  private final String id;
  private final byte[] secret;
  // Mac objects are not thread-safe and costly to look up; one per thread per key.
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  private AuditKey(String id, byte[] secret) {
    this.id = id;
    this.secret = secret;
  }

  /**
   * A key from its id and secret bytes (copied).
   *
   * @throws VeilException if the id is not 1-64 characters of {@code [A-Za-z0-9._-]}, is {@value
   *     #UNKEYED_ID}, or the secret is shorter than 16 bytes
   */
  public static AuditKey of(String id, byte[] secret) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(secret, "secret");
    if (!validId(id)) {
      throw new VeilException("audit key id must be 1-64 characters of A-Z a-z 0-9 . _ -");
    }
    if (id.equals(UNKEYED_ID)) {
      throw new VeilException("audit key id '" + UNKEYED_ID + "' is reserved");
    }
    if (secret.length < MIN_BYTES) {
      throw new VeilException("audit key '" + id + "' is too short: at least " + MIN_BYTES + " bytes");
    }
    return new AuditKey(id, secret.clone());
  }

  /**
   * Parses {@code ID:BASE64}.
   *
   * @throws VeilException if malformed (the message never repeats the secret)
   */
  public static AuditKey parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    String s = spec.strip();
    int colon = s.indexOf(':');
    if (colon <= 0) {
      throw new VeilException("audit key must be written as ID:BASE64");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(s.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw new VeilException("audit key secret is not valid base64");
    }
    return of(s.substring(0, colon), bytes);
  }

  /**
   * Reads a key file holding {@code ID:BASE64}.
   *
   * @throws VeilException if the file cannot be read or is malformed
   */
  public static AuditKey load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new VeilException("cannot read audit key file '" + file + "': " + e.getClass().getSimpleName());
    }
    return parse(text);
  }

  public String id() {
    return id;
  }

  /** HMAC-SHA-256 of {@code data} under this key. */
  public byte[] hmacSha256(byte[] data) {
    return macs.get().doFinal(data);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
    }
  }

  /** Lower-case hex HMAC-SHA-256 of the UTF-8 bytes of {@code text}. */
  public String hmacHex(String text) {
    return HexFormat.of().formatHex(hmacSha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  static boolean validId(String id) {
    if (id.isEmpty() || id.length() > 64) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Keys are equal when id and secret are equal (compared in constant time). */
  @Override
  public boolean equals(Object o) {
    return o instanceof AuditKey k && k.id.equals(id)
        && java.security.MessageDigest.isEqual(k.secret, secret);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "AuditKey[id=" + id + "]";
  }
}
