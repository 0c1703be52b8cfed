package dev.veil.audit;

import dev.veil.Decision;
import dev.veil.Direction;
import dev.veil.EntityType;
import dev.veil.GuardContext.Jurisdiction;
import dev.veil.GuardContext.LegalBasis;
import dev.veil.GuardContext.Purpose;
import dev.veil.Reason;
import dev.veil.internal.audit.AuditEventCodec;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The record of one guard decision. It holds types, counts, offsets, detector ids, scores and
 * (optionally) keyed hashes, never the inspected text or any detected value, so it can be shipped
 * to a SIEM as it is. Its JSON form ({@link #toJson()}) is versioned by {@link #SCHEMA_VERSION}
 * and documented field by field in {@code docs/audit.md}. Immutable and thread-safe.
 *
 * @param id unique id of this event (also returned as {@code GuardResult.auditId()})
 * @param time when the decision was taken
 * @param requestId the caller's request id, or null
 * @param conversationId the conversation id, or null
 * @param tenant the tenant, or null
 * @param destination the destination id
 * @param direction prompt or output
 * @param purpose the purpose the caller declared
 * @param jurisdiction whose law protects the data, as the caller declared
 * @param legalBases the legal bases the caller asserted (Veil cannot verify them; they are
 *     recorded so an auditor can)
 * @param policyId id of the policy that decided
 * @param policyVersion its version
 * @param decision the decision
 * @param routeTo the destination the text was routed to, or null
 * @param reasons every rule that fired, with its citation
 * @param findings one entry per finding, without values
 * @param operators the operator name applied per entity type (empty unless the text was
 *     transformed)
 * @param correlationKeyId id of the key behind {@link FindingRecord#correlation()}, or null when
 *     no correlation hashes were computed
 * @param textLength length of the inspected text in UTF-16 units
 */
public record AuditEvent(
    String id,
    Instant time,
    String requestId,
    String conversationId,
    String tenant,
    String destination,
    Direction direction,
    Purpose purpose,
    Jurisdiction jurisdiction,
    Set<LegalBasis> legalBases,
    String policyId,
    String policyVersion,
    Decision decision,
    String routeTo,
    List<Reason> reasons,
    List<FindingRecord> findings,
    Map<EntityType, String> operators,
    String correlationKeyId,
    int textLength) {

  /**
   * Version of the JSON schema written by {@link #toJson()} and the audit sinks. Additive changes
   * (new optional fields) keep the number; a removed or re-typed field increments it.
   */
  public static final int SCHEMA_VERSION = 1;

  /**
   * A finding as audited: no value.
   *
   * @param correlation hex HMAC-SHA-256 of the value under the guard's correlation key, so that
   *     events about the same value can be joined without revealing it; null when the guard has
   *     no correlation key
   */
  public record FindingRecord(
      EntityType type, int start, int end, String detector, double score, String correlation) {

    public FindingRecord {
      Objects.requireNonNull(type, "type");
    }

    /** A finding without a correlation hash. */
    public FindingRecord(EntityType type, int start, int end, String detector, double score) {
      this(type, start, end, detector, score, null);
    }
  }

  public AuditEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(decision, "decision");
    purpose = purpose == null ? Purpose.OTHER : purpose;
    jurisdiction = jurisdiction == null ? Jurisdiction.UNKNOWN : jurisdiction;
    legalBases = legalBases == null || legalBases.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(legalBases));
    reasons = List.copyOf(reasons);
    findings = List.copyOf(findings);
    operators = operators == null || operators.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new EnumMap<>(operators));
  }

  /** The event as first defined (no purpose, legal bases, operators or correlation). */
  public AuditEvent(String id, Instant time, String requestId, String conversationId, String tenant,
      String destination, Direction direction, String policyId, String policyVersion, Decision decision,
      String routeTo, List<Reason> reasons, List<FindingRecord> findings, int textLength) {
    this(id, time, requestId, conversationId, tenant, destination, direction, Purpose.OTHER,
        Jurisdiction.UNKNOWN, Set.of(), policyId, policyVersion, decision, routeTo, reasons, findings,
        Map.of(), null, textLength);
  }

  /** Number of findings per entity type, in {@link EntityType} order. */
  public Map<EntityType, Integer> counts() {
    Map<EntityType, Integer> m = new EnumMap<>(EntityType.class);
    for (FindingRecord f : findings) {
      m.merge(f.type(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * The event as one line of compact JSON, in the schema of {@code docs/audit.md} (without the
   * hash-chain fields, which the file sink adds).
   */
  public String toJson() {
    return AuditEventCodec.toJson(this);
  }
}
