package dev.veil;

import dev.veil.transform.Pseudonym;
import dev.veil.transform.Restorer;
import dev.veil.transform.StreamingRestorer;
import dev.veil.transform.TransformSession;
import dev.veil.transform.VaultFullException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks and restores a model's answer that arrives in chunks, as {@link Guard#checkOutput} does
 * for a whole answer. Obtain one per stream from {@link Guard#streamOutput}.
 *
 * <p>Each chunk first goes through a {@link StreamingRestorer}; the restored text is held until
 * {@link #HOLD_BACK} characters follow a whitespace where it can be cut without splitting a finding,
 * then the part before the cut is checked under the policy for the OUTPUT direction and its safe
 * text returned. So at most {@link #HOLD_BACK} + {@link Restorer#holdBack()} characters (plus the
 * last chunk) are held back, and an identifier of up to {@link #HOLD_BACK} characters is always seen
 * whole. The detectors see the last {@value #CONTEXT} characters of the previous segment with each
 * segment, so a context word ("SSN:") before a cut still counts. When a segment is blocked, nothing
 * more is emitted ({@link #isBlocked()}); what was emitted before had passed its own check.
 *
 * <p>Not thread-safe. {@link #toString()} shows counts only.
 */
public final class StreamingOutput {
  /** Restored characters kept after the last cut point before a segment is checked. */
  public static final int HOLD_BACK = 128;
  /** Without whitespace, a segment is cut anyway once this much is pending. */
  private static final int MAX_PENDING = 8 * HOLD_BACK;

  private final Guard guard;
  private final GuardContext context;
  private TransformSession session;
  private List<Pseudonym> mappings = List.of();
  private StreamingRestorer restorer;
  private final StringBuilder pending = new StringBuilder();
  private final List<GuardResult> results = new ArrayList<>();
  /** Characters of already checked text the detectors see before the next segment. */
  static final int CONTEXT = 64;
  private String tail = "";
  private boolean blocked;
  private boolean finished;

  StreamingOutput(Guard guard, GuardContext context) {
    this.guard = guard;
    this.context = context;
    try {
      this.session = guard.sessionFor(context);
      this.mappings = session.pseudonyms();
      this.restorer = Restorer.of(session).streaming();
    } catch (VaultFullException e) {
      this.blocked = true;
    }
  }

  /**
   * Adds a chunk of the answer; returns the checked, restored text that may be shown now (possibly
   * empty; always empty once blocked).
   */
  public String accept(String chunk) {
    Objects.requireNonNull(chunk, "chunk");
    if (finished) {
      throw new IllegalStateException("stream already finished");
    }
    if (blocked) {
      return "";
    }
    pending.append(restorer.accept(chunk));
    if (pending.length() <= HOLD_BACK) {
      return "";
    }
    int cut = cutPoint();
    if (cut <= 0) {
      return "";
    }
    return emit(cut);
  }

  /** Ends the stream; returns the checked, restored rest (empty if blocked). */
  public String finish() {
    if (finished) {
      throw new IllegalStateException("stream already finished");
    }
    finished = true;
    if (blocked) {
      return "";
    }
    pending.append(restorer.finish());
    return pending.length() == 0 ? "" : emit(pending.length());
  }

  /** True once a segment was blocked: nothing more will be emitted. */
  public boolean isBlocked() {
    return blocked;
  }

  /** The result of every segment checked so far (each was audited). */
  public List<GuardResult> results() {
    return List.copyOf(results);
  }

  private int cutPoint() {
    int limit = pending.length() - HOLD_BACK;
    int cut = -1;
    for (int i = limit; i > 0; i--) {
      if (Character.isWhitespace(pending.charAt(i))) {
        cut = i;
        break;
      }
    }
    if (cut < 0) {
      if (pending.length() < MAX_PENDING) {
        return -1;
      }
      cut = limit;
    }
    String text = pending.toString();
    List<Finding> findings;
    try {
      findings = new ArrayList<>(guard.inspect(text, context));
    } catch (VeilException e) {
      return cut; // the segment's own check will fail closed
    }
    findings.addAll(Guard.originalsIn(text, mappings));
    boolean moved = true;
    while (moved) {
      moved = false;
      for (Finding f : findings) {
        if (f.start() < cut && f.end() > cut) {
          cut = f.start();
          moved = true;
        }
      }
    }
    return cut;
  }

  private String emit(int cut) {
    String segment = pending.substring(0, cut);
    pending.delete(0, cut);
    List<Finding> extra = new ArrayList<>(Guard.originalsIn(segment, mappings));
    extra.addAll(findingsWithContext(segment));
    tail = (tail + segment).substring(Math.max(0, tail.length() + segment.length() - CONTEXT));
    GuardResult r = guard.decide(segment, context, session, extra);
    results.add(r);
    if (r.isBlocked()) {
      blocked = true;
      pending.setLength(0);
      return "";
    }
    return r.safeText().orElseThrow();
  }

  /**
   * Findings in {@code segment} that the detectors report when they also see the end of the
   * previous segment, e.g. a number that only counts as an SSN after the words "SSN:".
   */
  private List<Finding> findingsWithContext(String segment) {
    if (tail.isEmpty()) {
      return List.of();
    }
    List<Finding> found = new ArrayList<>();
    try {
      for (Finding f : guard.inspect(tail + segment, context)) {
        if (f.start() >= tail.length()) {
          found.add(f.withSpan(f.span().shift(-tail.length())));
        }
      }
    } catch (VeilException e) {
      return List.of(); // the segment's own check runs the detectors again and fails closed
    }
    return found;
  }

  @Override
  public String toString() {
    return "StreamingOutput[pending=" + pending.length() + ", segments=" + results.size() + ", blocked="
        + blocked + ", finished=" + finished + "]";
  }
}
