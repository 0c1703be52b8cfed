package dev.veil.internal.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.bouncycastle.crypto.fpe.FPEEngine;
import org.bouncycastle.crypto.fpe.FPEFF1Engine;
import org.bouncycastle.crypto.params.FPEParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ff1Test {

  /** NIST SP 800-38G FF1 samples 1, 2, 4, 5, 7, 8 (radix 10). */
  @ParameterizedTest
  @CsvSource({
      "2B7E151628AED2A6ABF7158809CF4F3C, '', 0123456789, 2433477484",
      "2B7E151628AED2A6ABF7158809CF4F3C, 39383736353433323130, 0123456789, 6124200773",
      "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F, '', 0123456789, 2830668132",
      "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F, 39383736353433323130, 0123456789, 2496655549",
      "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F7F036D6F04FC6A94, '', 0123456789, 6657667009",
      "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F7F036D6F04FC6A94, 39383736353433323130, 0123456789, 1001623463",
  })
  void nistSampleVectors(String key, String tweak, String plain, String cipher) {
    Ff1 ff1 = new Ff1(HexFormat.of().parseHex(key));
    byte[] t = tweak == null ? new byte[0] : HexFormat.of().parseHex(tweak);
    assertEquals(cipher, ff1.encrypt(plain, t));
    assertEquals(plain, ff1.decrypt(cipher, t));
  }

  @Property(tries = 200)
  void agreesWithBouncyCastle(@ForAll("keys") byte[] key, @ForAll("digits") String x,
      @ForAll("tweaks") byte[] tweak) {
    FPEEngine bc = new FPEFF1Engine();
    bc.init(true, new FPEParameters(new KeyParameter(key), 10, tweak));
    byte[] in = new byte[x.length()];
    for (int i = 0; i < in.length; i++) {
      in[i] = (byte) (x.charAt(i) - '0');
    }
    byte[] out = new byte[in.length];
    bc.processBlock(in, 0, in.length, out, 0);
    StringBuilder expected = new StringBuilder();
    for (byte b : out) {
      expected.append((char) ('0' + b));
    }
    assertEquals(expected.toString(), new Ff1(key).encrypt(x, tweak));
  }

  @Property(tries = 300)
  void decryptInvertsEncryptAndKeepsTheFormat(@ForAll("keys") byte[] key, @ForAll("digits") String x,
      @ForAll("tweaks") byte[] tweak) {
    Ff1 ff1 = new Ff1(key);
    String c = ff1.encrypt(x, tweak);
    assertEquals(x.length(), c.length());
    assertEquals(c.length(), RestoreKeys.digits(c).length());
    assertEquals(x, ff1.decrypt(c, tweak));
  }

  @Property(tries = 50)
  void rejectsTooShortOrNonDigits(@ForAll @IntRange(min = 0, max = 5) int n) {
    Ff1 ff1 = new Ff1(new byte[16]);
    assertThrows(IllegalArgumentException.class, () -> ff1.encrypt("7".repeat(n), new byte[0]));
    assertThrows(IllegalArgumentException.class, () -> ff1.encrypt("12345a", new byte[0]));
  }

  @Provide
  Arbitrary<byte[]> keys() {
    return Arbitraries.of(16, 24, 32).flatMap(n -> Arbitraries.bytes().array(byte[].class).ofSize(n));
  }

  @Provide
  Arbitrary<String> digits() {
    return Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(40);
  }

  @Provide
  Arbitrary<byte[]> tweaks() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(20);
  }
}
