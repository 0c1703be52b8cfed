package dev.veil.audit;

import dev.veil.Decision;
import dev.veil.Direction;
import dev.veil.EntityType;
import dev.veil.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The record of one guard decision. It holds types, counts, offsets, detector ids and scores,
 * never the inspected text or any detected value, so it can be shipped to a SIEM as it is.
 *
 * @param id unique id of this event (also returned as {@code GuardResult.auditId()})
 * @param time when the decision was taken
 * @param requestId the caller's request id, or null
 * @param conversationId the conversation id, or null
 * @param tenant the tenant, or null
 * @param destination the destination id
 * @param direction prompt or output
 * @param policyId id of the policy that decided
 * @param policyVersion its version
 * @param decision the decision
 * @param routeTo the destination the text was routed to, or null
 * @param reasons every rule that fired
 * @param findings one entry per finding, without values
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
    String policyId,
    String policyVersion,
    Decision decision,
    String routeTo,
    List<Reason> reasons,
    List<FindingRecord> findings,
    int textLength) {

  /** A finding as audited: no value. */
  public record FindingRecord(EntityType type, int start, int end, String detector, double score) {}

  public AuditEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(decision, "decision");
    reasons = List.copyOf(reasons);
    findings = List.copyOf(findings);
  }
}
