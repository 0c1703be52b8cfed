package dev.veil.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KeyRingTest {
  static final byte[] SECRET = HexFormat.of().parseHex("a1b2c3d4e5f60718293a4b5c6d7e8f90");

  @Test
  void toStringNeverShowsTheSecret() {
    VeilKey k = VeilKey.of("billing", 3, SECRET);
    KeyRing ring = KeyRing.of(k);
    for (String s : new String[] {k.toString(), ring.toString()}) {
      assertFalse(s.toLowerCase().contains("a1b2c3"), s);
      assertFalse(s.contains(java.util.Base64.getEncoder().encodeToString(SECRET).substring(0, 8)), s);
      assertTrue(s.contains("billingv3"), s);
    }
  }

  @Test
  void secretIsCopiedInAndOut() {
    byte[] mine = SECRET.clone();
    VeilKey k = VeilKey.of("k", 1, mine);
    mine[0] = 0;
    k.secret()[1] = 0;
    assertEquals(SECRET[0], k.secret()[0]);
    assertEquals(SECRET[1], k.secret()[1]);
  }

  @Test
  void rotationKeepsOldKeys() {
    KeyRing ring = KeyRing.of(VeilKey.of("k", 1, SECRET)).rotate(VeilKey.of("k", 2, new byte[32]));
    assertEquals("kv2", ring.primary().ref());
    assertTrue(ring.find("k", 1).isPresent());
    assertTrue(ring.find("kv1").isPresent());
    assertThrows(IllegalArgumentException.class, () -> ring.rotate(VeilKey.of("k", 1, new byte[16])));
  }

  @Test
  void badKeysAreRejectedWithoutShowingTheSecret() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VeilKey.of("k", 1, new byte[] {1, 2, 3}));
    assertFalse(e.getMessage().contains("[1, 2, 3]"));
    assertThrows(IllegalArgumentException.class, () -> VeilKey.of("bad id", 1, SECRET));
    assertThrows(IllegalArgumentException.class, () -> VeilKey.of("k", 0, SECRET));
  }
}
