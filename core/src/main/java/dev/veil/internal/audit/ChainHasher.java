package dev.veil.internal.audit;

import dev.veil.audit.AuditKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Computes the hash that closes each chained line: HMAC-SHA-256 under an {@link AuditKey}, or
 * plain SHA-256 for the unkeyed chain (which detects accidental corruption only, since anyone can
 * recompute it). Thread-safe.
 *
 * <p>A chained line is {@code BODY + ,"hash":"HEX"}} where {@code BODY} is the JSON object text
 * up to (without) its closing brace, holding {@code kid} and {@code prev}; the hash covers the
 * UTF-8 bytes of {@code BODY}. Because every quote inside a JSON string is escaped, the suffix
 * cannot occur inside a value, so the split is unambiguous.
 */
public final class ChainHasher {
  /** The {@code prev} of the first line of a fresh chain. */
  public static final String GENESIS = "0".repeat(64);
  static final String HASH_MEMBER = ",\"hash\":\"";

  private final AuditKey key;

  private ChainHasher(AuditKey key) {
    this.key = key;
  }

  /** A hasher for {@code key}, or the unkeyed SHA-256 hasher when {@code key} is null. */
  public static ChainHasher of(AuditKey key) {
    return new ChainHasher(key);
  }

  public boolean keyed() {
    return key != null;
  }

  /** The id written in {@code kid}: the key id, or {@value AuditKey#UNKEYED_ID}. */
  public String keyId() {
    return key == null ? AuditKey.UNKEYED_ID : key.id();
  }

  public String hash(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (key != null) {
      return HexFormat.of().formatHex(key.hmacSha256(bytes));
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** Closes {@code body} into a full line (no newline). */
  public String seal(String body) {
    return body + HASH_MEMBER + hash(body) + "\"}";
  }

  /**
   * Splits a line into its body and the hash it claims, or returns null when the line does not
   * end in a hash member.
   */
  public static String[] split(String line) {
    int at = line.lastIndexOf(HASH_MEMBER);
    if (at < 0 || !line.endsWith("\"}") || line.length() - at != HASH_MEMBER.length() + 64 + 2) {
      return null;
    }
    return new String[] {line.substring(0, at), line.substring(at + HASH_MEMBER.length(), line.length() - 2)};
  }

  /** Constant-time comparison of two hex hashes. */
  public static boolean sameHash(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
