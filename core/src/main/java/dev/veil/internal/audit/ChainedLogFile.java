package dev.veil.internal.audit;

import dev.veil.audit.AuditEvent;
import dev.veil.audit.AuditSinkException;
import dev.veil.internal.json.JsonReader;
import dev.veil.internal.json.JsonWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One hash-chained JSON Lines audit file with its seal, rotation and resumption. Not thread-safe:
 * the file sink's single writer thread owns it.
 *
 * <p>Line {@code n} (1-based) carries {@code seq = n}, the key id, the hash of line {@code n-1}
 * ({@code prev}; for line 1 the last hash of the previous file, or {@link ChainHasher#GENESIS})
 * and its own hash. On close (and on rotation) a seal {@code FILE.seal} records the line count
 * and the last hash under the same key, so that a truncated tail is detected as long as the seal
 * survives; an empty active file's seal carries the chain head across a restart.
 */
public final class ChainedLogFile {
  private static final Logger log = LoggerFactory.getLogger(ChainedLogFile.class);
  private final Path file;
  private final ChainHasher hasher;
  private final long maxBytes;
  private final boolean daily;
  private final Clock clock;

  private FileChannel channel;
  private OutputStream out;
  private long lines;
  private long bytes;
  private String lastHash = ChainHasher.GENESIS;
  private LocalDate fileDate;

  public ChainedLogFile(Path file, ChainHasher hasher, long maxBytes, boolean daily, Clock clock) {
    this.file = file.toAbsolutePath();
    this.hasher = hasher;
    this.maxBytes = maxBytes;
    this.daily = daily;
    this.clock = clock;
  }

  public static Path sealOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".seal");
  }

  /**
   * Opens the file for appending, resuming its chain.
   *
   * @throws AuditSinkException if the existing file does not end in a valid line chained with
   *     this key, or does not match its seal (appending would hide the damage)
   */
  public void open() throws IOException {
    Path seal = sealOf(file);
    Seal s = Files.exists(seal) ? readSeal(seal) : null;
    long size = Files.exists(file) ? Files.size(file) : 0;
    if (size > 0) {
      Map<String, Object> last = readLastLine(size);
      lines = AuditEventCodec.num(last, "seq");
      lastHash = AuditEventCodec.str(last, "hash");
      fileDate = LocalDate.ofInstant(Instant.parse(AuditEventCodec.str(last, "time")), ZoneOffset.UTC);
      if (s != null && (s.lines != lines || !ChainHasher.sameHash(s.lastHash, lastHash))) {
        throw refuse("it does not match its seal (lines removed or changed?); run 'veil audit verify'");
      }
      bytes = size;
      if (s == null) {
        log.warn("audit log '{}' has no seal (not closed cleanly?); continuing its chain", file.getFileName());
      }
    } else if (s != null) {
      if (s.lines != 0) {
        throw refuse("it is empty but its seal records " + s.lines + " lines; run 'veil audit verify'");
      }
      lastHash = s.lastHash;
    }
    if (s != null) {
      Files.delete(seal);
    }
    openChannel();
  }

  /** Appends one event, rotating first when the size or the UTC day says so. */
  public void append(AuditEvent e) throws IOException {
    LocalDate day = LocalDate.ofInstant(e.time(), ZoneOffset.UTC);
    if (lines > 0 && ((maxBytes > 0 && bytes >= maxBytes) || (daily && !day.equals(fileDate)))) {
      rotate();
    }
    if (lines == 0) {
      fileDate = day;
    }
    JsonWriter w = new JsonWriter(new StringBuilder(AuditEventCodec.expectedLength(e) + 160)).beginObject();
    w.field("schema", AuditEvent.SCHEMA_VERSION).field("type", "decision").field("seq", lines + 1);
    AuditEventCodec.writeMembers(w, e);
    w.field("kid", hasher.keyId()).field("prev", lastHash);
    String body = w.toString();
    String hash = hasher.hash(body);
    byte[] line = (body + ChainHasher.HASH_MEMBER + hash + "\"}\n").getBytes(StandardCharsets.UTF_8);
    out.write(line);
    lines++;
    bytes += line.length;
    lastHash = hash;
  }

  /** Hands buffered lines to the operating system. */
  public void flush() throws IOException {
    out.flush();
  }

  /** Flushes, forces to disk, closes and writes the seal. */
  public void close() throws IOException {
    if (out == null) {
      return;
    }
    out.flush();
    channel.force(true);
    out.close();
    out = null;
    writeSeal(sealOf(file));
  }

  /** Closes without a seal, after a failure (the missing seal tells the verifier). */
  public void abandon() {
    try {
      if (out != null) {
        out.close();
      }
    } catch (IOException ignored) {
      // already failed; the missing seal records that the file was not closed cleanly
    }
    out = null;
  }

  private void rotate() throws IOException {
    close();
    Path target = rotatedName();
    move(file, target);
    move(sealOf(file), sealOf(target));
    lines = 0;
    bytes = 0;
    openChannel();
    // An empty active file's seal carries the chain head, so a restart before the next event
    // still links the new file to the rotated one.
    writeSeal(sealOf(file));
  }

  private Path rotatedName() {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : "";
    for (int n = 1; ; n++) {
      Path p = file.resolveSibling(stem + "." + fileDate + "." + String.format("%04d", n) + ext);
      if (!Files.exists(p)) {
        return p;
      }
    }
  }

  private void openChannel() throws IOException {
    channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
  }

  private void writeSeal(Path seal) throws IOException {
    JsonWriter w = new JsonWriter().beginObject();
    w.field("schema", AuditEvent.SCHEMA_VERSION).field("type", "seal").field("lines", lines)
        .field("last_hash", lastHash).field("time", clock.instant().toString()).field("kid", hasher.keyId());
    Path tmp = seal.resolveSibling(seal.getFileName() + ".tmp");
    Files.writeString(tmp, hasher.seal(w.toString()) + "\n", StandardCharsets.UTF_8);
    move(tmp, seal);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** A parsed seal. */
  record Seal(long lines, String lastHash) {}

  private Seal readSeal(Path seal) throws IOException {
    String text = Files.readString(seal, StandardCharsets.UTF_8).strip();
    Map<String, Object> m = checkedLine(text, "seal file");
    return new Seal(AuditEventCodec.num(m, "lines"), AuditEventCodec.str(m, "last_hash"));
  }

  private Map<String, Object> readLastLine(long size) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      raf.seek(size - 1);
      if (raf.read() != '\n') {
        throw refuse("it ends with a partial line (interrupted write?); run 'veil audit verify'");
      }
      long start = size - 1;
      byte[] buf = new byte[8192];
      outer:
      while (start > 0) {
        int n = (int) Math.min(buf.length, start);
        raf.seek(start - n);
        raf.readFully(buf, 0, n);
        for (int i = n - 1; i >= 0; i--) {
          if (buf[i] == '\n') {
            start = start - n + i + 1;
            break outer;
          }
        }
        start -= n;
      }
      long len = size - 1 - start;
      if (len > Integer.MAX_VALUE - 16) {
        throw refuse("it has an oversized last line");
      }
      byte[] line = new byte[(int) len];
      raf.seek(start);
      raf.readFully(line);
      return checkedLine(new String(line, StandardCharsets.UTF_8), "last line");
    }
  }

  private Map<String, Object> checkedLine(String line, String what) {
    String[] parts = ChainHasher.split(line);
    if (parts == null) {
      throw refuse("its " + what + " is not a chained audit line");
    }
    Map<String, Object> m;
    try {
      m = JsonReader.parseObject(line);
    } catch (JsonReader.JsonException e) {
      throw refuse("its " + what + " is not valid JSON (" + e.getMessage() + ")");
    }
    String kid = AuditEventCodec.str(m, "kid");
    if (!kid.equals(hasher.keyId())) {
      throw refuse("its " + what + " is chained with key id '" + kid + "', not '" + hasher.keyId() + "'");
    }
    if (!ChainHasher.sameHash(hasher.hash(parts[0]), parts[1])) {
      throw refuse("its " + what + " fails its hash (edited?); run 'veil audit verify'");
    }
    return m;
  }

  private AuditSinkException refuse(String why) {
    return new AuditSinkException("cannot append to audit log '" + file.getFileName() + "': " + why);
  }
}
