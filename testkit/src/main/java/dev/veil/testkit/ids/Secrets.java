package dev.veil.testkit.ids;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * Credentials in the shapes providers issue them: AWS access key ids, GitHub tokens, JWTs, PEM
 * private key blocks and passwords. They are random: none of them opens anything.
 */
public final class Secrets {
  private Secrets() {}

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  /** An AWS access key id: {@code AKIA} (long-term) or {@code ASIA} (temporary) and 16 base-32 characters. */
  public static String awsAccessKeyId(RandomGenerator r) {
    return (r.nextInt(4) == 0 ? "ASIA" : "AKIA") + Rand.chars(r, BASE32, 16);
  }

  /** A GitHub personal access token: {@code ghp_} and 36 alphanumerics. */
  public static String githubToken(RandomGenerator r) {
    return Rand.pick(r, "ghp_", "ghp_", "gho_", "ghs_") + Rand.chars(r, Rand.ALNUM, 36);
  }

  /** A JWT: base64url header, a payload with a subject and expiry, and a 32-byte signature. */
  public static String jwt(RandomGenerator r) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = "{\"alg\":\"" + Rand.pick(r, "HS256", "RS256") + "\",\"typ\":\"JWT\"}";
    String payload = "{\"sub\":\"" + Rand.digits(r, 8) + "\",\"name\":\"" + PersonalValues.firstName(r)
        + "\",\"iat\":" + (1_700_000_000 + r.nextInt(60_000_000)) + "}";
    byte[] sig = new byte[32];
    r.nextBytes(sig);
    return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(sig);
  }

  /** A PEM private key block (random body of the usual line length), {@code \n} line ends. */
  public static String pemPrivateKey(RandomGenerator r) {
    String kind = Rand.pick(r, "RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY");
    byte[] body = new byte[48 * Rand.between(r, 3, 8)];
    r.nextBytes(body);
    String b64 = Base64.getEncoder().encodeToString(body);
    StringBuilder sb = new StringBuilder("-----BEGIN ").append(kind).append("-----\n");
    for (int i = 0; i < b64.length(); i += 64) {
      sb.append(b64, i, Math.min(b64.length(), i + 64)).append('\n');
    }
    return sb.append("-----END ").append(kind).append("-----").toString();
  }

  /** A password as people choose them: a word, digits and a symbol, 10 to 16 characters. */
  public static String password(RandomGenerator r) {
    String word = Rand.pick(r, "Summer", "Winter", "Falcon", "Orchid", "Tiger", "Blue", "Kaffee", "Soleil");
    return word + Rand.pick(r, "!", "#", "$", "@", "_") + Rand.digits(r, Rand.between(r, 2, 4))
        + Rand.chars(r, Rand.ALNUM, Rand.between(r, 2, 6));
  }
}
