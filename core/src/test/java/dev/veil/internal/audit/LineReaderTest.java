package dev.veil.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  private static LineReader reader(byte[] bytes, int max) {
    return new LineReader(new ByteArrayInputStream(bytes), max);
  }

  @Test
  void splitsOnNewlineOnlyAndTracksThePartialLastLine() throws IOException {
    LineReader r = reader("a\rb\n\nüc".getBytes(StandardCharsets.UTF_8), 100);
    assertEquals("a\rb", r.next());
    assertTrue(r.lastHadNewline());
    assertEquals("", r.next());
    assertEquals("üc", r.next());
    assertFalse(r.lastHadNewline());
    assertNull(r.next());
  }

  @Test
  void rejectsOverlongLinesAndInvalidUtf8() {
    assertThrows(LineReader.LineTooLongException.class, () -> reader("0123456789ab\n".getBytes(), 10).next());
    assertThrows(CharacterCodingException.class, () -> reader(new byte[] {'a', (byte) 0xff, '\n'}, 10).next());
  }
}
