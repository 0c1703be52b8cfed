package dev.veil.internal.audit;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads {@code \n}-terminated lines of strict UTF-8 with a length limit, so that a hostile log
 * (one enormous line, invalid bytes) yields a clear error instead of exhausting memory. A
 * {@code \r} is an ordinary character here: the audit writer never emits one raw, so one inside a
 * line is content (and breaks that line's hash) rather than a line break. Not thread-safe.
 */
public final class LineReader implements Closeable {
  /** Thrown when a line exceeds the limit. */
  public static final class LineTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    LineTooLongException(int max) {
      super("line longer than " + max + " bytes");
    }
  }

  private final InputStream in;
  private final int maxBytes;
  private byte[] buf = new byte[4096];
  private boolean lastHadNewline = true;

  public LineReader(InputStream in, int maxBytes) {
    this.in = new BufferedInputStream(in, 1 << 16);
    this.maxBytes = maxBytes;
  }

  /**
   * The next line without its terminator, or null at the end.
   *
   * @throws CharacterCodingException if the line is not valid UTF-8
   * @throws LineTooLongException if the line exceeds the limit
   */
  public String next() throws IOException {
    int n = 0;
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (n == maxBytes) {
        throw new LineTooLongException(maxBytes);
      }
      if (n == buf.length) {
        buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, maxBytes));
      }
      buf[n++] = (byte) b;
    }
    if (b == -1 && n == 0) {
      return null;
    }
    lastHadNewline = b == '\n';
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buf, 0, n)).toString();
  }

  /** Whether the last line returned ended with {@code \n} (false for a partial final line). */
  public boolean lastHadNewline() {
    return lastHadNewline;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
