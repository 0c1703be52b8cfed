package dev.veil.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.veil.VeilException;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AuditKeyTest {
  private static final String SECRET_B64 = Base64.getEncoder().encodeToString("a-very-secret-key-32-bytes-long!".getBytes());

  @Test
  void parsesIdAndSecretAndNeverShowsTheSecret() {
    AuditKey k = AuditKey.parse("ops-2026:" + SECRET_B64 + "\n");
    assertEquals("ops-2026", k.id());
    assertEquals("AuditKey[id=ops-2026]", k.toString());
    assertEquals(64, k.hmacHex("x").length());
    assertEquals(k.hmacHex("x"), AuditKey.parse("ops-2026:" + SECRET_B64).hmacHex("x"));
    assertNotEquals(k.hmacHex("x"), k.hmacHex("y"));
  }

  @Test
  void hmacMatchesRfc4231TestCase3() {
    // RFC 4231 test case 3: key = 20 bytes of 0xaa, data = 50 bytes of 0xdd.
    byte[] key = new byte[20];
    java.util.Arrays.fill(key, (byte) 0xaa);
    byte[] data = new byte[50];
    java.util.Arrays.fill(data, (byte) 0xdd);
    assertEquals("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
        java.util.HexFormat.of().formatHex(AuditKey.of("rfc", key).hmacSha256(data)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nocolon", ":" + "QUJDREVGR0hJSktMTU5PUA==", "bad id:QUJDREVGR0hJSktMTU5PUA==",
      "unkeyed:QUJDREVGR0hJSktMTU5PUA==", "short:QUJD", "id:not*base64"})
  void rejectsMalformedKeysWithoutEchoingThem(String spec) {
    VeilException e = assertThrows(VeilException.class, () -> AuditKey.parse(spec));
    String secretPart = spec.contains(":") ? spec.substring(spec.indexOf(':') + 1) : spec;
    assertFalse(e.getMessage().contains(secretPart), e.getMessage());
  }
}
