package dev.veil.cli;

import dev.veil.VeilException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the CLI's input: a file or stdin, strict UTF-8. */
final class Io {
  static InputStream stdin = System.in;

  private Io() {}

  static boolean isStdin(String file) {
    return file == null || file.equals("-");
  }

  /** Reads the whole input as strict UTF-8. */
  static String readAll(String file) {
    byte[] bytes;
    try {
      bytes = isStdin(file) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new VeilException("cannot read '" + file + "': no such file");
    } catch (IOException e) {
      throw new VeilException("cannot read '" + (isStdin(file) ? "stdin" : file) + "': " + e.getClass().getSimpleName());
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new VeilException("input is not valid UTF-8");
    }
  }

  /** A line reader over the input (lenient decoding is not used: bad bytes fail the line). */
  static BufferedReader reader(String file) {
    try {
      InputStream in = isStdin(file) ? stdin : Files.newInputStream(Path.of(file));
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    } catch (NoSuchFileException e) {
      throw new VeilException("cannot read '" + file + "': no such file");
    } catch (IOException e) {
      throw new VeilException("cannot read '" + file + "': " + e.getClass().getSimpleName());
    }
  }
}
