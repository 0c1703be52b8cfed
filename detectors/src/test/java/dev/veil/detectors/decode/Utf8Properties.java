package dev.veil.detectors.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written UTF-8 check accepts exactly what the JDK's reporting decoder accepts. */
class Utf8Properties {
  @Provide
  Arbitrary<byte[]> bytes() {
    // the bytes around every boundary of the well-formed table, plus any byte
    Arbitrary<Byte> edge = Arbitraries.of(0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
        0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF).map(Integer::byteValue);
    Arbitrary<Byte> any = Arbitraries.bytes();
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, edge), net.jqwik.api.Tuple.of(1, any))
        .array(byte[].class).ofMaxSize(12);
  }

  @Property(tries = 5000, seed = "20261129")
  void sameVerdictAsTheJdkDecoder(@ForAll("bytes") byte[] bytes) {
    boolean jdk;
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      jdk = true;
    } catch (CharacterCodingException e) {
      jdk = false;
    }
    assertEquals(jdk, Codecs.isValidUtf8(bytes, bytes.length));
  }

  @Property(tries = 500, seed = "20261129")
  void everyEncodedStringIsValid(@ForAll String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    // lone surrogates encode as '?', so the bytes are always well-formed
    assertEquals(true, Codecs.isValidUtf8(b, b.length));
  }
}
