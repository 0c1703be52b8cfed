package dev.veil.internal.transform;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * NIST SP 800-38G FF1 format-preserving encryption over decimal digit strings, on the JDK's AES.
 * Follows Algorithms 7 (FF1.Encrypt) and 8 (FF1.Decrypt) step by step; checked against the NIST
 * sample vectors and Bouncy Castle's FPEFF1Engine in the tests.
 *
 * <p>Thread-safe: each thread gets its own {@link Cipher} for this key.
 */
public final class Ff1 {
  private static final int RADIX = 10;
  /** SP 800-38G rev. 1: radix^minlen >= 1,000,000, so at least six decimal digits. */
  public static final int MIN_LENGTH = 6;
  /** Our own bound; FF1 allows up to 2^32, identifiers are short. */
  public static final int MAX_LENGTH = 64;

  private final SecretKeySpec key;
  private final ThreadLocal<Cipher> cipher = ThreadLocal.withInitial(this::ecb);

  public Ff1(byte[] aesKey) {
    if (aesKey.length != 16 && aesKey.length != 24 && aesKey.length != 32) {
      throw new IllegalArgumentException("AES key must be 16, 24 or 32 bytes");
    }
    this.key = new SecretKeySpec(aesKey, "AES");
  }

  public String encrypt(String digits, byte[] tweak) {
    return run(digits, tweak, true);
  }

  public String decrypt(String digits, byte[] tweak) {
    return run(digits, tweak, false);
  }

  public static byte[] tweak(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private String run(String x, byte[] tweak, boolean encrypt) {
    int n = x.length();
    if (n < MIN_LENGTH || n > MAX_LENGTH) {
      throw new IllegalArgumentException("FF1 input must have " + MIN_LENGTH + " to " + MAX_LENGTH + " digits");
    }
    for (int i = 0; i < n; i++) {
      char c = x.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("FF1 input must be decimal digits");
      }
    }
    Cipher aes = cipher.get();
    int t = tweak.length;
    int u = n / 2;
    int v = n - u;
    String a = x.substring(0, u);
    String b = x.substring(u);
    // b = ceil(ceil(v * log2(radix)) / 8): bytes needed for radix^v - 1
    int bLen = (BigInteger.TEN.pow(v).subtract(BigInteger.ONE).bitLength() + 7) / 8;
    int d = 4 * ((bLen + 3) / 4) + 4;
    byte[] p = new byte[16];
    p[0] = 1;
    p[1] = 2;
    p[2] = 1;
    p[3] = 0;
    p[4] = 0;
    p[5] = (byte) RADIX;
    p[6] = 10;
    p[7] = (byte) (u & 0xff);
    putInt(p, 8, n);
    putInt(p, 12, t);
    int pad = Math.floorMod(-t - bLen - 1, 16);
    int qLen = t + pad + 1 + bLen;
    BigInteger modU = BigInteger.TEN.pow(u);
    BigInteger modV = BigInteger.TEN.pow(v);
    for (int step = 0; step < 10; step++) {
      int i = encrypt ? step : 9 - step;
      String round = encrypt ? b : a;
      byte[] q = new byte[qLen];
      System.arraycopy(tweak, 0, q, 0, t);
      q[t + pad] = (byte) i;
      byte[] num = unsigned(new BigInteger(round), bLen);
      System.arraycopy(num, 0, q, qLen - bLen, bLen);
      byte[] r = prf(aes, p, q);
      BigInteger y = new BigInteger(1, expand(aes, r, d));
      int m = i % 2 == 0 ? u : v;
      BigInteger mod = m == u ? modU : modV;
      if (encrypt) {
        BigInteger c = new BigInteger(a).add(y).mod(mod);
        a = b;
        b = str(c, m);
      } else {
        BigInteger c = new BigInteger(b).subtract(y).mod(mod);
        b = a;
        a = str(c, m);
      }
    }
    return a + b;
  }

  private Cipher ecb() {
    try {
      Cipher c = Cipher.getInstance("AES/ECB/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key);
      return c;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES is not available", e);
    }
  }

  /** CBC-MAC with a zero IV over P || Q (whose length is a multiple of 16). */
  private static byte[] prf(Cipher aes, byte[] p, byte[] q) {
    byte[] y = block(aes, p);
    for (int off = 0; off < q.length; off += 16) {
      byte[] x = new byte[16];
      for (int j = 0; j < 16; j++) {
        x[j] = (byte) (y[j] ^ q[off + j]);
      }
      y = block(aes, x);
    }
    return y;
  }

  /** S = R || CIPH(R xor [1]^16) || CIPH(R xor [2]^16) ..., first d bytes. */
  private static byte[] expand(Cipher aes, byte[] r, int d) {
    byte[] s = new byte[d];
    int blocks = (d + 15) / 16;
    for (int j = 0; j < blocks; j++) {
      byte[] blockJ;
      if (j == 0) {
        blockJ = r;
      } else {
        byte[] x = r.clone();
        byte[] jBytes = unsigned(BigInteger.valueOf(j), 16);
        for (int k = 0; k < 16; k++) {
          x[k] ^= jBytes[k];
        }
        blockJ = block(aes, x);
      }
      System.arraycopy(blockJ, 0, s, j * 16, Math.min(16, d - j * 16));
    }
    return s;
  }

  private static byte[] block(Cipher aes, byte[] in) {
    try {
      return aes.doFinal(in);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES failed", e);
    }
  }

  private static byte[] unsigned(BigInteger v, int len) {
    byte[] raw = v.toByteArray();
    byte[] out = new byte[len];
    int copy = Math.min(raw.length, len);
    System.arraycopy(raw, raw.length - copy, out, len - copy, copy);
    return out;
  }

  private static String str(BigInteger c, int m) {
    String s = c.toString();
    if (s.length() == m) {
      return s;
    }
    return "0".repeat(m - s.length()) + s;
  }

  private static void putInt(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 24);
    b[off + 1] = (byte) (v >>> 16);
    b[off + 2] = (byte) (v >>> 8);
    b[off + 3] = (byte) v;
  }
}
