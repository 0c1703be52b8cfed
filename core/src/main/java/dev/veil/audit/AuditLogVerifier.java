package dev.veil.audit;

import dev.veil.internal.audit.ChainHasher;
import dev.veil.internal.audit.ChainedLogFile;
import dev.veil.internal.audit.LineReader;
import dev.veil.internal.audit.AuditEventCodec;
import dev.veil.internal.json.JsonReader;
import dev.veil.internal.json.JsonReader.JsonException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the hash chain of audit logs written by {@link JsonlFileAuditSink} and reports the first
 * problem with its file and line number: an edited or forged line, a deleted line, lines moved or
 * duplicated, a broken link, a key mismatch, or a tail cut off behind the seal.
 *
 * <p>What it can and cannot prove is set out in {@code docs/audit.md}: with the key, nobody
 * without it can edit, insert, delete (except at the very end, when the seal is gone too) or
 * reorder lines undetected; without a key (an unkeyed chain) only accidental corruption is
 * detected. Stateless and thread-safe; reads each file once (twice around a gap), in linear time.
 */
public final class AuditLogVerifier {
  /** Longest line accepted (audit lines are a few KB; this bounds memory on a hostile file). */
  static final int MAX_LINE_BYTES = 16 << 20;
  private final AuditKey key;

  private AuditLogVerifier(AuditKey key) {
    this.key = key;
  }

  /** A verifier for logs chained with {@code key}. */
  public static AuditLogVerifier withKey(AuditKey key) {
    return new AuditLogVerifier(Objects.requireNonNull(key, "key"));
  }

  /** A verifier for unkeyed (plain SHA-256) logs; it rejects keyed logs, since it cannot check them. */
  public static AuditLogVerifier unkeyed() {
    return new AuditLogVerifier(null);
  }

  /** What went wrong. */
  public enum Kind {
    /** The file could not be read. */
    UNREADABLE,
    /** A line is not a complete chained audit line (not JSON, missing fields, partial line). */
    MALFORMED,
    /** A line's content does not match its hash: edited, forged or inserted. */
    TAMPERED,
    /** Lines were deleted before this line (its sequence number jumps ahead). */
    MISSING,
    /** Lines were moved or duplicated (a sequence number out of place). */
    REORDERED,
    /** A line does not link to the one before it (or a file to the previous file). */
    BROKEN_LINK,
    /** The line is chained with another key id than the verifier's (or needs a key). */
    WRONG_KEY,
    /** The seal records more lines than the file has: the tail was cut off. */
    TRUNCATED,
    /** Lines follow the point the seal recorded. */
    APPENDED_AFTER_SEAL,
    /** The seal file itself is malformed or fails its hash. */
    SEAL_INVALID
  }

  /** The first problem found. {@code line} is 1-based; 0 when it concerns the file as a whole. */
  public record Problem(Kind kind, Path file, long line, String message) {
    @Override
    public String toString() {
      return file.getFileName() + (line > 0 ? ":" + line : "") + ": " + kind + ": " + message;
    }
  }

  /**
   * The outcome.
   *
   * @param events lines verified before the first problem (all lines when ok)
   * @param keyId the key id the chain was checked with ({@value AuditKey#UNKEYED_ID} for none)
   * @param sealed whether every file had a matching seal (without one, deleting the last lines
   *     would go unnoticed)
   * @param problem the first problem, if any
   * @param notes facts a reader should know (unkeyed chain, missing seal, continued chain)
   */
  public record Result(long events, String keyId, boolean sealed, Optional<Problem> problem, List<String> notes) {
    public Result {
      notes = List.copyOf(notes);
    }

    public boolean ok() {
      return problem.isEmpty();
    }
  }

  /** Verifies one file; same as {@code verify(List.of(file))}. */
  public Result verify(Path file) {
    return verify(List.of(file));
  }

  /**
   * Verifies files that form one chain, oldest first (rotated files, then the active one): each
   * file's first line must link to the previous file's last line.
   */
  public Result verify(List<Path> files) {
    State st = new State();
    for (Path f : files) {
      Optional<Problem> p = verifyFile(f, st);
      if (p.isPresent()) {
        return new Result(st.events, kid(), false, p, st.notes);
      }
    }
    if (key == null) {
      st.notes.add(0, "unkeyed SHA-256 chain: detects accidental corruption only; anyone who can edit the file can "
          + "recompute the chain (write with a key to detect deliberate changes)");
    }
    return new Result(st.events, kid(), st.allSealed, Optional.empty(), st.notes);
  }

  private String kid() {
    return key == null ? AuditKey.UNKEYED_ID : key.id();
  }

  private static final class State {
    long events;
    String lastHash;
    boolean allSealed = true;
    final List<String> notes = new ArrayList<>();
  }

  private Optional<Problem> verifyFile(Path file, State st) {
    ChainHasher hasher = ChainHasher.of(key);
    long lineNo = 0;
    String prevHash = null;
    boolean endsWithNewline = true;
    try (LineReader r = reader(file)) {
      String line;
      while (true) {
        try {
          line = r.next();
        } catch (CharacterCodingException e) {
          return problem(Kind.MALFORMED, file, lineNo + 1, "not valid UTF-8");
        } catch (LineReader.LineTooLongException e) {
          return problem(Kind.MALFORMED, file, lineNo + 1, e.getMessage());
        }
        if (line == null) {
          break;
        }
        lineNo++;
        String[] parts = ChainHasher.split(line);
        if (parts == null) {
          return problem(Kind.MALFORMED, file, lineNo, "not a chained audit line (no hash at its end)");
        }
        // The chain fields sit at fixed places in what the writer produces; reading them by position
        // avoids a full JSON parse per line. Only the kid is read before the hash is checked, and
        // an authentic line (hash verified) is known to be well-formed writer output.
        ChainFields cf = ChainFields.of(parts[0]);
        if (cf == null) {
          return problem(Kind.MALFORMED, file, lineNo, "not an audit decision line");
        }
        String kid = cf.kid();
        String prev = cf.prev();
        Optional<Problem> wrongKey = checkKid(kid, file, lineNo);
        if (wrongKey.isPresent()) {
          return wrongKey;
        }
        if (!ChainHasher.sameHash(hasher.hash(parts[0]), parts[1])) {
          return problem(Kind.TAMPERED, file, lineNo, "content does not match its hash (line edited, forged or inserted)");
        }
        long seq = cf.seq();
        if (seq != lineNo) {
          return seqProblem(file, lineNo, seq);
        }
        if (lineNo == 1) {
          if (st.lastHash != null && !ChainHasher.sameHash(prev, st.lastHash)) {
            return problem(Kind.BROKEN_LINK, file, 1, "first line does not link to the last line of the previous file");
          }
          if (st.lastHash == null && !prev.equals(ChainHasher.GENESIS)) {
            st.notes.add(file.getFileName() + " continues a chain from an earlier (rotated) file; verify them together "
                + "to check that link");
          }
        } else if (!ChainHasher.sameHash(prev, prevHash)) {
          return problem(Kind.BROKEN_LINK, file, lineNo, "does not link to line " + (lineNo - 1));
        }
        prevHash = parts[1];
        endsWithNewline = r.lastHadNewline();
        st.events++;
      }
    } catch (NoSuchFileException e) {
      return problem(Kind.UNREADABLE, file, 0, "no such file");
    } catch (IOException e) {
      return problem(Kind.UNREADABLE, file, 0, e.getClass().getSimpleName());
    }
    if (lineNo > 0 && !endsWithNewline) {
      return problem(Kind.MALFORMED, file, lineNo, "the last line is incomplete (no newline)");
    }
    if (lineNo == 0 && st.lastHash != null) {
      prevHash = st.lastHash;
    }
    Optional<Problem> sealProblem = checkSeal(file, lineNo, prevHash, st);
    if (lineNo > 0) {
      st.lastHash = prevHash;
    }
    return sealProblem;
  }

  /** The chain fields of a decision line body, read by position. */
  private record ChainFields(long seq, String kid, String prev) {
    private static final String HEAD = "{\"schema\":";
    private static final String SEQ = ",\"type\":\"decision\",\"seq\":";
    private static final String KID = ",\"kid\":\"";
    private static final String PREV = "\",\"prev\":\"";

    static ChainFields of(String body) {
      if (!body.startsWith(HEAD) || body.length() < 80) {
        return null;
      }
      int seqAt = body.indexOf(SEQ, HEAD.length());
      if (seqAt < 0 || seqAt > HEAD.length() + 10) {
        return null;
      }
      int i = seqAt + SEQ.length();
      int j = i;
      while (j < body.length() && j - i < 19 && Character.isDigit(body.charAt(j))) {
        j++;
      }
      if (j == i || j >= body.length() || body.charAt(j) != ',') {
        return null;
      }
      // body ends with ,"kid":"KID","prev":"HEX64"
      int prevAt = body.length() - 64 - 1 - PREV.length();
      if (prevAt < 0 || !body.startsWith(PREV, prevAt) || body.charAt(body.length() - 1) != '"') {
        return null;
      }
      int kidAt = body.lastIndexOf(KID, prevAt);
      if (kidAt < 0) {
        return null;
      }
      String kid = body.substring(kidAt + KID.length(), prevAt);
      if (kid.isEmpty() || kid.length() > 64 || kid.indexOf('"') >= 0 || kid.indexOf('\\') >= 0) {
        return null;
      }
      return new ChainFields(Long.parseLong(body.substring(i, j)), kid,
          body.substring(prevAt + PREV.length(), body.length() - 1));
    }
  }

  private Optional<Problem> checkKid(String kid, Path file, long lineNo) {
    if (key == null && !kid.equals(AuditKey.UNKEYED_ID)) {
      return problem(Kind.WRONG_KEY, file, lineNo, "chained with key id '" + kid + "'; its key is needed to verify it");
    }
    if (key != null && !kid.equals(key.id())) {
      String why = kid.equals(AuditKey.UNKEYED_ID)
          ? "is unkeyed, but the log is expected to be chained with key id '" + key.id() + "' (rewritten?)"
          : "is chained with key id '" + kid + "', not '" + key.id() + "'";
      return problem(Kind.WRONG_KEY, file, lineNo, why);
    }
    return Optional.empty();
  }

  private Optional<Problem> seqProblem(Path file, long lineNo, long seq) {
    if (seq < lineNo) {
      return problem(Kind.REORDERED, file, lineNo, "sequence number " + seq + " where " + lineNo
          + " belongs (line moved, duplicated or inserted)");
    }
    if (laterLineHasSeq(file, lineNo)) {
      return problem(Kind.REORDERED, file, lineNo, "sequence number " + seq + " where " + lineNo
          + " belongs, and line " + lineNo + " appears later (lines reordered)");
    }
    return problem(Kind.MISSING, file, lineNo, "sequence jumps to " + seq + " where " + lineNo
        + " belongs: " + (seq - lineNo) + " line(s) deleted before this line");
  }

  private static boolean laterLineHasSeq(Path file, long wanted) {
    try (LineReader r = reader(file)) {
      String line;
      while ((line = r.next()) != null) {
        try {
          Object seq = JsonReader.parseObject(line).get("seq");
          if (seq instanceof Long l && l == wanted) {
            return true;
          }
        } catch (JsonException skip) {
          // a malformed line cannot be the one we are looking for
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  private Optional<Problem> checkSeal(Path file, long lines, String lastHash, State st) {
    Path sealPath = ChainedLogFile.sealOf(file);
    if (!Files.exists(sealPath)) {
      st.allSealed = false;
      st.notes.add(file.getFileName() + " has no seal (" + sealPath.getFileName() + "): the writer did not close it "
          + "cleanly or the seal was removed, so lines deleted from its end would not be detected");
      return Optional.empty();
    }
    String text;
    try {
      text = Files.readString(sealPath, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return problem(Kind.SEAL_INVALID, file, 0, "seal unreadable (" + e.getClass().getSimpleName() + ")");
    }
    String[] parts = ChainHasher.split(text);
    if (parts == null) {
      return problem(Kind.SEAL_INVALID, file, 0, "seal is malformed");
    }
    long sealedLines;
    String sealedHash;
    try {
      Map<String, Object> m = JsonReader.parseObject(text);
      if (!"seal".equals(m.get("type"))) {
        return problem(Kind.SEAL_INVALID, file, 0, "seal is malformed");
      }
      Optional<Problem> wrongKey = checkKid(AuditEventCodec.str(m, "kid"), sealPath, 0);
      if (wrongKey.isPresent()) {
        return wrongKey;
      }
      sealedLines = AuditEventCodec.num(m, "lines");
      sealedHash = AuditEventCodec.str(m, "last_hash");
    } catch (JsonException e) {
      return problem(Kind.SEAL_INVALID, file, 0, "seal is malformed (" + e.getMessage() + ")");
    }
    if (!ChainHasher.sameHash(ChainHasher.of(key).hash(parts[0]), parts[1])) {
      return problem(Kind.SEAL_INVALID, file, 0, "seal does not match its hash (edited or forged)");
    }
    if (sealedLines > lines) {
      return problem(Kind.TRUNCATED, file, lines + 1, "the seal records " + sealedLines + " lines, the file has "
          + lines + ": the last " + (sealedLines - lines) + " line(s) were deleted");
    }
    if (sealedLines < lines) {
      return problem(Kind.APPENDED_AFTER_SEAL, file, sealedLines + 1, "the seal records " + sealedLines
          + " lines; lines from here on were added after it was sealed");
    }
    if (lines > 0 && !ChainHasher.sameHash(sealedHash, lastHash)) {
      return problem(Kind.TAMPERED, file, lines, "the last line is not the one the seal recorded");
    }
    if (lines == 0 && st.lastHash == null && !sealedHash.equals(ChainHasher.GENESIS)) {
      st.lastHash = sealedHash;
    }
    return Optional.empty();
  }

  private static LineReader reader(Path file) throws IOException {
    return new LineReader(Files.newInputStream(file), MAX_LINE_BYTES);
  }

  private static Optional<Problem> problem(Kind kind, Path file, long line, String message) {
    return Optional.of(new Problem(kind, file, line, message));
  }
}
