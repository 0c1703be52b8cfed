package dev.veil;

import dev.veil.audit.AuditEvent;
import dev.veil.audit.AuditFailurePolicy;
import dev.veil.audit.AuditKey;
import dev.veil.audit.AuditSink;
import dev.veil.detect.AllowList;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.detect.NormalizedText;
import dev.veil.detect.OverlapResolver;
import dev.veil.detect.TextNormalizer;
import dev.veil.policy.Policies;
import dev.veil.policy.Policy;
import dev.veil.policy.PolicyDecision;
import dev.veil.transform.InMemoryVault;
import dev.veil.transform.Operator;
import dev.veil.transform.Pseudonym;
import dev.veil.transform.Restorer;
import dev.veil.transform.TransformSession;
import dev.veil.transform.Transformer;
import dev.veil.transform.Vault;
import dev.veil.transform.VaultFullException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: inspects a text, decides under a policy whether it may reach a destination,
 * transforms it if the policy says so, and audits the decision.
 *
 * <pre>{@code
 * Guard guard = Guard.builder()
 *     .discoverDetectors()                 // every Detector on the class path
 *     .policy(Policies.redactAll())
 *     .auditSink(new Slf4jAuditSink())
 *     .build();
 * GuardResult r = guard.check(prompt, GuardContext.defaults());
 * if (r.isBlocked()) { ... } else { send(r.safeText().orElseThrow()); }
 * }</pre>
 *
 * <p><b>The round trip.</b> With a {@link GuardContext#conversationId() conversation id}, the
 * replacements of every message of a conversation are kept in the {@linkplain Builder#vault vault}, so
 * the same value gets the same tag or surrogate each time and {@link #checkOutput} (or {@link
 * #streamOutput} for a streamed answer) can put the originals back, after checking the restored
 * answer under the policy for the OUTPUT direction. See {@code docs/transforms.md}.
 *
 * <p><b>Fails closed.</b> If a detector, the policy, an operator or the audit sink throws, {@link
 * #check} returns {@link Decision#BLOCK} with a {@code veil.*} reason naming the failed component;
 * it never returns text that was not fully inspected.
 *
 * <p><b>Thread safety.</b> A guard is immutable; build it once and share it across all request
 * threads. Its cost is linear in the text length (every pattern runs on RE2/J).
 */
public final class Guard {
  private static final Logger log = LoggerFactory.getLogger(Guard.class);

  /** Reason id when a detector threw. */
  public static final String DETECTOR_FAILURE = "veil.detector-failure";
  /** Reason id when the policy threw. */
  public static final String POLICY_FAILURE = "veil.policy-failure";
  /** Reason id when an operator threw. */
  public static final String TRANSFORM_FAILURE = "veil.transform-failure";
  /** Reason id when the audit sink threw. */
  public static final String AUDIT_FAILURE = "veil.audit-failure";
  /** Reason id when the text exceeds the configured maximum length. */
  public static final String INPUT_TOO_LARGE = "veil.input-too-large";
  /** Reason id when detection took longer than the configured time budget. */
  public static final String TIME_BUDGET_EXCEEDED = "veil.time-budget-exceeded";
  /** Characters shared by neighbouring chunks when a long text is scanned in chunks. */
  public static final int CHUNK_OVERLAP = 512;
  /** Reason id when the vault could not hold a conversation or one more mapping. */
  public static final String VAULT_FULL = "veil.vault-full";
  /** Detector id of findings for originals put back by {@link #checkOutput}. */
  public static final String VAULT_DETECTOR = "veil.vault";

  private final List<Detector> detectors;
  private final Policy policy;
  private final AuditSink auditSink;
  private final AllowList allowList;
  private final TextNormalizer normalizer;
  private final double minScore;
  private final int maxTextLength;
  private final long timeBudgetNanos;
  private final int chunkSize;
  private final Clock clock;
  private final Vault vault;
  private final AuditKey correlationKey;

  private Guard(Builder b) {
    this.detectors = List.copyOf(b.detectors.values());
    this.policy = b.policy;
    this.auditSink = b.auditFailurePolicy == null ? b.auditSink : b.auditFailurePolicy.apply(b.auditSink);
    this.allowList = b.allowList;
    this.normalizer = b.normalizer;
    this.minScore = b.minScore;
    this.maxTextLength = b.maxTextLength;
    this.timeBudgetNanos = b.timeBudget == null ? Long.MAX_VALUE : b.timeBudget.toNanos();
    this.chunkSize = b.chunkSize;
    this.clock = b.clock;
    this.vault = b.vault;
    this.correlationKey = b.correlationKey;
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Detector> detectors() {
    return detectors;
  }

  public Policy policy() {
    return policy;
  }

  /**
   * The sink this guard writes to: the configured one, wrapped by the {@link AuditFailurePolicy}
   * when that buffers. Close it on shutdown so buffered events are retried and reported.
   */
  public AuditSink auditSink() {
    return auditSink;
  }

  /**
   * Finds the sensitive data in {@code text}: normalizes, runs every detector, maps offsets back
   * to {@code text}, drops findings below the score threshold or on the allow-list, and resolves
   * overlaps. No policy, no audit.
   *
   * @return findings sorted by start, non-overlapping, with spans into {@code text}
   * @throws DetectionException if a detector fails (naming the detector, not the text)
   * @throws TimeBudgetExceededException if detection ran past the configured time budget
   * @throws InputTooLargeException if the text is longer than the configured maximum
   * @throws NullPointerException if text or context is null
   */
  public List<Finding> inspect(String text, GuardContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    if (text.length() > maxTextLength) {
      throw new InputTooLargeException(text.length(), maxTextLength);
    }
    if (text.isEmpty()) {
      return List.of();
    }
    long start = System.nanoTime();
    List<Finding> all = new ArrayList<>();
    if (chunkSize > 0 && text.length() > chunkSize) {
      // Windows of chunkSize characters overlapping by CHUNK_OVERLAP, so an identifier that straddles
      // a boundary lies wholly inside one window; duplicates from the overlap resolve below.
      int step = chunkSize - CHUNK_OVERLAP;
      for (int from = 0; from < text.length(); from += step) {
        int to = Math.min(text.length(), from + chunkSize);
        if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
          to--;
        }
        detectInto(text.substring(from, to), from, context, start, all);
        if (to == text.length()) {
          break;
        }
      }
    } else {
      detectInto(text, 0, context, start, all);
    }
    return OverlapResolver.resolve(all, text);
  }

  /** Runs every detector over {@code text}, which starts at {@code offset} in the caller's text. */
  private void detectInto(String text, int offset, GuardContext context, long start, List<Finding> all) {
    NormalizedText normalized = normalizer.normalize(text);
    DetectorInput input = new DetectorInput(normalized.text(), context);
    for (Detector d : detectors) {
      if (System.nanoTime() - start > timeBudgetNanos) {
        throw new TimeBudgetExceededException(d.id());
      }
      List<Finding> found;
      try {
        found = d.detect(input);
      } catch (RuntimeException | StackOverflowError e) {
        throw new DetectionException(d.id(), e);
      }
      if (found == null) {
        throw new DetectionException(d.id(), new NullPointerException("detector returned null"));
      }
      for (Finding f : found) {
        if (f.end() > normalized.text().length()) {
          throw new DetectionException(d.id(),
              new IndexOutOfBoundsException("finding outside the text: " + f.span()));
        }
        if (f.score() < minScore) {
          continue;
        }
        Finding mapped = normalized.isIdentity() ? f : f.withSpan(normalized.toOriginal(f.span()));
        if (mapped.span().isEmpty()) {
          continue;
        }
        if (!allowList.isEmpty() && allowList.allows(mapped.type(), mapped.valueIn(text))) {
          continue;
        }
        all.add(offset == 0 ? mapped : mapped.withSpan(mapped.span().shift(offset)));
      }
    }
    if (System.nanoTime() - start > timeBudgetNanos) {
      throw new TimeBudgetExceededException("all");
    }
  }

  /**
   * Inspects the text, decides under the policy for the context's destination, transforms it when
   * the decision is TRANSFORM (or ROUTE with operators), and writes one audit event.
   *
   * @return the result; never null, never an exception for a blocked text
   * @throws NullPointerException if text or context is null
   */
  public GuardResult check(String text, GuardContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    TransformSession session;
    try {
      session = sessionFor(context);
    } catch (VaultFullException e) {
      return failClosed(newAuditId(), context, text.length(), List.of(), VAULT_FULL,
          "fail-closed", "the vault cannot hold this conversation");
    }
    return check(text, context, session);
  }

  /**
   * The transform state of the context's conversation: from the {@linkplain Builder#vault vault}
   * when {@link GuardContext#conversationId()} is present (the same session for every message of
   * the conversation), else a fresh one.
   *
   * @throws VaultFullException if the vault cannot hold another conversation
   */
  public TransformSession sessionFor(GuardContext context) {
    Optional<String> id = context.conversationId();
    return id.isPresent() && !id.get().isEmpty() ? vault.session(id.get()) : TransformSession.create();
  }

  /**
   * Checks a model's answer and restores it for the caller. The answer's surrogates are first put
   * back from the conversation's mappings ({@link Restorer}: tolerant of case, spacing, brackets);
   * then the restored text is inspected, every restored original is added as a finding of its type
   * (detector {@value #VAULT_DETECTOR}), and the policy decides for the {@link Direction#OUTPUT}
   * direction. So the policy judges exactly the text the caller would see, and restoring never
   * re-introduces a value the policy does not let through: on TRANSFORM its operators run on the
   * restored text; on BLOCK no text is returned.
   *
   * <p>Without a conversation id nothing is restored; the answer is only checked. Findings in the
   * result point into the restored text. Writes one audit event (direction OUTPUT).
   */
  public GuardResult checkOutput(String modelOutput, GuardContext context) {
    Objects.requireNonNull(modelOutput, "modelOutput");
    Objects.requireNonNull(context, "context");
    GuardContext out = context.direction() == Direction.OUTPUT
        ? context : context.toBuilder().direction(Direction.OUTPUT).build();
    if (modelOutput.length() > maxTextLength) {
      // before restoring: restoration copies the text (and can lengthen it), so an oversized
      // answer is rejected without any work proportional to its size
      return failClosed(UUID.randomUUID().toString(), out, modelOutput.length(), List.of(), INPUT_TOO_LARGE,
          "veil input limit", "text of " + modelOutput.length() + " characters exceeds the limit of " + maxTextLength);
    }
    TransformSession session;
    try {
      session = sessionFor(out);
    } catch (VaultFullException e) {
      return failClosed(newAuditId(), out, modelOutput.length(), List.of(), VAULT_FULL,
          "fail-closed", "the vault cannot hold this conversation");
    }
    List<Pseudonym> mappings = session.pseudonyms();
    String restored = mappings.isEmpty() ? modelOutput : Restorer.of(session).restore(modelOutput);
    return decide(restored, out, session, originalsIn(restored, mappings));
  }

  /**
   * Puts the conversation's originals back into {@code text} without any check: use it only on
   * text already checked ({@link #checkOutput} does both). Returns the text unchanged when the
   * context has no conversation id.
   */
  public String restore(String text, GuardContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    if (context.conversationId().isEmpty()) {
      return text;
    }
    return Restorer.of(sessionFor(context)).restore(text);
  }

  /**
   * A checker for an answer that arrives in chunks: see {@link StreamingOutput}. One per stream.
   */
  public StreamingOutput streamOutput(GuardContext context) {
    Objects.requireNonNull(context, "context");
    return new StreamingOutput(this, context.direction() == Direction.OUTPUT
        ? context : context.toBuilder().direction(Direction.OUTPUT).build());
  }

  /**
   * Every occurrence of a mapped original in {@code text} that is not part of a longer word or
   * number, as a finding of its type.
   */
  static List<Finding> originalsIn(String text, List<Pseudonym> mappings) {
    List<Finding> found = new ArrayList<>();
    for (Pseudonym p : mappings) {
      String o = p.original();
      for (int at = text.indexOf(o); at >= 0; at = text.indexOf(o, at + 1)) {
        int end = at + o.length();
        boolean glued = (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
            && Character.isLetterOrDigit(o.charAt(0)))
            || (end < text.length() && Character.isLetterOrDigit(text.charAt(end))
            && Character.isLetterOrDigit(o.charAt(o.length() - 1)));
        if (!glued) {
          found.add(Finding.of(p.type(), at, end, 1.0, VAULT_DETECTOR));
        }
      }
    }
    return found;
  }

  /**
   * As {@link #check(String, GuardContext)}, with the conversation's transform state so that
   * tags stay consistent across the messages of one conversation.
   */
  public GuardResult check(String text, GuardContext context, TransformSession session) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(session, "session");
    return decide(text, context, session, List.of());
  }

  GuardResult decide(String text, GuardContext context, TransformSession session, List<Finding> extra) {
    String auditId = newAuditId();

    List<Finding> findings;
    try {
      findings = inspect(text, context);
      if (!extra.isEmpty()) {
        // detectors win: a restored original only fills gaps, so a short original found inside a
        // detected identifier can never shield that identifier from the policy. Where a detector
        // found exactly the restored original's span, the vault's type is the known one (the model
        // may read a restored name as a place) and replaces the detector's guess.
        List<Finding> all = new ArrayList<>(findings);
        for (Finding e : extra) {
          boolean overlaps = false;
          for (int i = 0; i < all.size(); i++) {
            Finding f = all.get(i);
            if (f.span().equals(e.span()) && !VAULT_DETECTOR.equals(f.detector())) {
              all.set(i, e);
              overlaps = true;
              break;
            }
            overlaps |= f.span().overlaps(e.span());
          }
          if (!overlaps) {
            all.add(e);
          }
        }
        findings = OverlapResolver.resolve(all, text);
      }
    } catch (InputTooLargeException e) {
      return failClosed(auditId, context, text.length(), List.of(), INPUT_TOO_LARGE,
          "veil input limit", "text of " + e.length() + " characters exceeds the limit of " + e.limit());
    } catch (TimeBudgetExceededException e) {
      log.warn("detection exceeded its time budget at detector '{}'; blocking the text", e.detectorId());
      return failClosed(auditId, context, text.length(), List.of(), TIME_BUDGET_EXCEEDED,
          "fail-closed", "detection did not finish within the time budget; the text was not fully inspected");
    } catch (DetectionException e) {
      log.warn("detector '{}' failed ({}); blocking the text", e.detectorId(), e.getCause().getClass().getName());
      return failClosed(auditId, context, text.length(), List.of(), DETECTOR_FAILURE,
          "fail-closed", "detector '" + e.detectorId() + "' failed; the text was not fully inspected");
    }

    PolicyDecision pd;
    try {
      pd = Objects.requireNonNull(policy.evaluate(findings, context), "policy returned null");
    } catch (RuntimeException | StackOverflowError e) {
      log.warn("policy '{}' failed ({}); blocking the text", policy.id(), e.getClass().getName());
      return failClosed(auditId, context, text.length(), findings, POLICY_FAILURE,
          "fail-closed", "policy '" + policy.id() + "' failed to evaluate");
    }

    Optional<String> safeText;
    Decision decision = pd.decision();
    List<Reason> reasons = pd.reasons();
    if (decision == Decision.BLOCK) {
      safeText = Optional.empty();
    } else if (pd.operators().isEmpty()) {
      safeText = Optional.of(text);
    } else {
      Map<EntityType, Operator> ops = pd.operators();
      try {
        safeText = Optional.of(Transformer.apply(text, findings, f -> ops.get(f.type()), session));
      } catch (VaultFullException e) {
        log.warn("vault full; blocking the text");
        return failClosed(auditId, context, text.length(), findings, VAULT_FULL,
            "fail-closed", "the conversation's vault is full; the text could not be pseudonymized");
      } catch (RuntimeException e) {
        log.warn("transform failed ({}); blocking the text", e.getClass().getName());
        return failClosed(auditId, context, text.length(), findings, TRANSFORM_FAILURE,
            "fail-closed", "an operator failed; the text could not be transformed");
      }
    }

    AuditEvent event = event(auditId, context, decision, pd.routeTo().orElse(null), reasons, findings,
        text.length(), decision == Decision.BLOCK ? Map.of() : pd.operators(), text);
    try {
      auditSink.write(event);
    } catch (RuntimeException e) {
      log.warn("audit sink failed ({}); blocking the text", e.getClass().getName());
      List<Reason> withFailure = new ArrayList<>(reasons);
      withFailure.add(new Reason(AUDIT_FAILURE, Decision.BLOCK, null, "45 CFR 164.312(b)",
          "the decision could not be audited"));
      return new GuardResult(Decision.BLOCK, Optional.empty(), findings, withFailure, Optional.empty(), auditId);
    }
    return new GuardResult(decision, safeText, findings, reasons, pd.routeTo(), auditId);
  }

  /**
   * A random (version 4) UUID for an audit event. Audit ids must be unique, not secret, so they come
   * from {@link java.util.concurrent.ThreadLocalRandom}: {@link UUID#randomUUID()} draws from the
   * shared {@code SecureRandom}, a lock every request thread would queue on.
   */
  static String newAuditId() {
    java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
    long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }

  private GuardResult failClosed(String auditId, GuardContext context, int length, List<Finding> findings,
      String ruleId, String citation, String explanation) {
    List<Reason> reasons = List.of(new Reason(ruleId, Decision.BLOCK, null, citation, explanation));
    try {
      auditSink.write(event(auditId, context, Decision.BLOCK, null, reasons, findings, length, Map.of(), null));
    } catch (RuntimeException e) {
      log.warn("audit sink failed ({}) while recording a fail-closed block", e.getClass().getName());
    }
    return new GuardResult(Decision.BLOCK, Optional.empty(), findings, reasons, Optional.empty(), auditId);
  }

  /**
   * Builds the event: no value is copied, only types, offsets and (with a correlation key) HMACs.
   * {@code text} is null on fail-closed paths, which then carry no correlation hashes.
   */
  private AuditEvent event(String id, GuardContext c, Decision decision, String routeTo,
      List<Reason> reasons, List<Finding> findings, int length, Map<EntityType, Operator> ops, String text) {
    List<AuditEvent.FindingRecord> records = new ArrayList<>(findings.size());
    Map<EntityType, String> applied = new java.util.EnumMap<>(EntityType.class);
    for (Finding f : findings) {
      String correlation = correlationKey == null || text == null ? null : correlationKey.hmacHex(f.valueIn(text));
      records.add(new AuditEvent.FindingRecord(f.type(), f.start(), f.end(), f.detector(), f.score(), correlation));
      Operator op = ops.get(f.type());
      if (op != null) {
        applied.put(f.type(), op.name());
      }
    }
    return new AuditEvent(id, clock.instant(), c.requestId().orElse(null), c.conversationId().orElse(null),
        c.tenant().orElse(null), c.destination().id(), c.direction(), c.purpose(), c.jurisdiction(),
        c.legalBases(), policy.id(), policy.version(), decision, routeTo, reasons, records, applied,
        correlationKey == null || text == null ? null : correlationKey.id(), length);
  }

  @Override
  public String toString() {
    return "Guard[detectors=" + detectors.stream().map(Detector::id).toList() + ", policy=" + policy.id()
        + ", minScore=" + minScore + "]";
  }

  /**
   * Builds a {@link Guard}. Not thread-safe; each setting may be given once, and {@link #build()}
   * rejects a configuration that could not protect anything.
   */
  public static final class Builder {
    private final Map<String, Detector> detectors = new LinkedHashMap<>();
    private Policy policy;
    private AuditSink auditSink;
    private AllowList allowList;
    private TextNormalizer normalizer;
    private Double minScoreSet;
    private double minScore = 0.5;
    private Integer maxTextLengthSet;
    private int maxTextLength = 16 * 1024 * 1024;
    private Clock clock;
    private Vault vault;
    private AuditFailurePolicy auditFailurePolicy;
    private AuditKey correlationKey;

    private Builder() {}

    /**
     * Adds a detector.
     *
     * @throws IllegalStateException if a detector with the same id was added already
     */
    public Builder detector(Detector detector) {
      Objects.requireNonNull(detector, "detector");
      if (detectors.putIfAbsent(detector.id(), detector) != null) {
        throw new IllegalStateException("detector '" + detector.id() + "' was added twice");
      }
      return this;
    }

    public Builder detectors(Iterable<? extends Detector> list) {
      for (Detector d : list) {
        detector(d);
      }
      return this;
    }

    /**
     * Adds every {@link Detector} found by {@link ServiceLoader} on the class path (the
     * {@code veil-detectors} jar provides the built-in ones), skipping ids already added.
     */
    public Builder discoverDetectors() {
      for (Detector d : ServiceLoader.load(Detector.class, Guard.class.getClassLoader())) {
        detectors.putIfAbsent(d.id(), d);
      }
      if (Thread.currentThread().getContextClassLoader() != null) {
        for (Detector d : ServiceLoader.load(Detector.class)) {
          detectors.putIfAbsent(d.id(), d);
        }
      }
      return this;
    }

    /** The policy; {@link Policies#blockAny()} if not set. */
    public Builder policy(Policy value) {
      checkUnset(policy, "policy");
      this.policy = Objects.requireNonNull(value, "policy");
      return this;
    }

    /** Where audit events go; {@link dev.veil.audit.Slf4jAuditSink} if not set. */
    public Builder auditSink(AuditSink value) {
      checkUnset(auditSink, "auditSink");
      this.auditSink = Objects.requireNonNull(value, "auditSink");
      return this;
    }

    public Builder allowList(AllowList value) {
      checkUnset(allowList, "allowList");
      this.allowList = Objects.requireNonNull(value, "allowList");
      return this;
    }

    public Builder normalizer(TextNormalizer value) {
      checkUnset(normalizer, "normalizer");
      this.normalizer = Objects.requireNonNull(value, "normalizer");
      return this;
    }

    /** Findings scoring below this are dropped; default 0.5. */
    public Builder minScore(double value) {
      checkUnset(minScoreSet, "minScore");
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("minScore must be in [0, 1]");
      }
      this.minScoreSet = value;
      this.minScore = value;
      return this;
    }

    /** Longer texts are blocked unread ({@value #DEFAULT_MAX} characters by default). */
    public Builder maxTextLength(int value) {
      checkUnset(maxTextLengthSet, "maxTextLength");
      if (value <= 0) {
        throw new IllegalArgumentException("maxTextLength must be positive");
      }
      this.maxTextLengthSet = value;
      this.maxTextLength = value;
      return this;
    }

    /** Default maximum text length in characters. */
    public static final int DEFAULT_MAX = 16 * 1024 * 1024;

    private java.time.Duration timeBudget;
    private int chunkSize;

    /**
     * Detection that takes longer than this is abandoned and the text blocked ({@value
     * Guard#TIME_BUDGET_EXCEEDED}). Checked before each detector and at the end, so one detector
     * call is not interrupted (all patterns run in linear time). No budget by default.
     */
    public Builder timeBudget(java.time.Duration value) {
      checkUnset(timeBudget, "timeBudget");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("timeBudget must be positive");
      }
      this.timeBudget = value;
      return this;
    }

    /**
     * Scans texts longer than {@code value} characters in overlapping windows (overlap {@value
     * Guard#CHUNK_OVERLAP}), bounding the text each detector sees at once. Identifiers longer than
     * the overlap that straddle a window boundary may be missed. Off by default.
     */
    public Builder chunkSize(int value) {
      if (chunkSize != 0) {
        throw new IllegalStateException("chunkSize was already set");
      }
      if (value <= CHUNK_OVERLAP * 2) {
        throw new IllegalArgumentException("chunkSize must exceed " + CHUNK_OVERLAP * 2);
      }
      this.chunkSize = value;
      return this;
    }

    /** Clock for audit timestamps; the system UTC clock by default. */
    public Builder clock(Clock value) {
      checkUnset(clock, "clock");
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Where conversations' reversible mappings live; used when a context has a conversation id. An
     * {@link InMemoryVault} with default bounds (on the guard's clock) if not set.
     */
    public Builder vault(Vault value) {
      checkUnset(vault, "vault");
      this.vault = Objects.requireNonNull(value, "vault");
      return this;
    }

    /** What to do when the audit sink throws; {@link AuditFailurePolicy#failClosed()} if not set. */
    public Builder auditFailurePolicy(AuditFailurePolicy value) {
      checkUnset(auditFailurePolicy, "auditFailurePolicy");
      this.auditFailurePolicy = Objects.requireNonNull(value, "auditFailurePolicy");
      return this;
    }

    /**
     * Key for correlation hashes: each audited finding then carries the HMAC-SHA-256 of its value,
     * so events about the same value can be joined without revealing it. Use a key distinct from
     * the audit chain key. Off by default.
     */
    public Builder auditCorrelationKey(AuditKey value) {
      checkUnset(correlationKey, "auditCorrelationKey");
      this.correlationKey = Objects.requireNonNull(value, "auditCorrelationKey");
      return this;
    }

    private static void checkUnset(Object current, String name) {
      if (current != null) {
        throw new IllegalStateException(name + " was already set");
      }
    }

    /**
     * Builds the guard.
     *
     * @throws IllegalStateException if no detector was added (such a guard would let everything
     *     through)
     */
    public Guard build() {
      if (detectors.isEmpty()) {
        throw new IllegalStateException(
            "no detectors: add some with detector(...) or discoverDetectors() (is veil-detectors on the class path?)");
      }
      if (policy == null) {
        policy = Policies.blockAny();
      }
      if (auditSink == null) {
        auditSink = new dev.veil.audit.Slf4jAuditSink();
      }
      if (allowList == null) {
        allowList = AllowList.empty();
      }
      if (normalizer == null) {
        normalizer = TextNormalizer.standard();
      }
      if (clock == null) {
        clock = Clock.systemUTC();
      }
      if (vault == null) {
        vault = InMemoryVault.builder().clock(clock).build();
      }
      return new Guard(this);
    }
  }
}
