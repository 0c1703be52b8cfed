package dev.veil.internal.audit;

import dev.veil.Decision;
import dev.veil.Direction;
import dev.veil.EntityType;
import dev.veil.GuardContext.Jurisdiction;
import dev.veil.GuardContext.LegalBasis;
import dev.veil.GuardContext.Purpose;
import dev.veil.Reason;
import dev.veil.audit.AuditEvent;
import dev.veil.audit.AuditEvent.FindingRecord;
import dev.veil.internal.json.JsonReader.JsonException;
import dev.veil.internal.json.JsonWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of an {@link AuditEvent} (schema {@value AuditEvent#SCHEMA_VERSION}, documented in
 * docs/audit.md), both ways. Field names are snake_case and stable; readers ignore unknown fields
 * so that additive schema changes do not break them.
 */
public final class AuditEventCodec {
  private AuditEventCodec() {}

  /** The event as a standalone JSON object. */
  public static String toJson(AuditEvent e) {
    JsonWriter w = new JsonWriter(new StringBuilder(expectedLength(e))).beginObject();
    w.field("schema", AuditEvent.SCHEMA_VERSION).field("type", "decision");
    writeMembers(w, e);
    return w.endObject().toString();
  }

  /**
   * About the length of the event's JSON, a little over for typical events: a buffer of this size
   * is written without growing (and copying) several times.
   */
  public static int expectedLength(AuditEvent e) {
    long n = 640;
    for (Reason r : e.reasons()) {
      n += 96 + length(r.ruleId()) + length(r.citation()) + length(r.explanation()) + 24L * r.types().size();
    }
    n += 40L * Math.min(e.findings().size(), dev.veil.EntityType.values().length);
    n += (long) e.findings().size() * (e.correlationKeyId() == null ? 112 : 192);
    n += 40L * e.operators().size();
    return (int) Math.min(n, 1 << 20);
  }

  private static int length(String s) {
    return s == null ? 4 : s.length();
  }

  /** Writes the event's members into an open object (after {@code schema} and {@code type}). */
  public static void writeMembers(JsonWriter w, AuditEvent e) {
    w.field("id", e.id());
    w.field("time", e.time().toString());
    w.field("request_id", e.requestId());
    w.field("conversation_id", e.conversationId());
    w.field("tenant", e.tenant());
    w.field("destination", e.destination());
    w.field("direction", e.direction().name());
    w.field("purpose", e.purpose().name());
    w.field("jurisdiction", e.jurisdiction().name());
    w.name("legal_bases").beginArray();
    for (LegalBasis b : e.legalBases()) {
      w.value(b.name());
    }
    w.endArray();
    w.name("policy").beginObject().field("id", e.policyId()).field("version", e.policyVersion()).endObject();
    w.field("decision", e.decision().name());
    w.field("route_to", e.routeTo());
    w.field("text_length", e.textLength());
    w.name("rules").beginArray();
    for (Reason r : e.reasons()) {
      w.beginObject().field("rule", r.ruleId()).field("decision", r.decision().name());
      w.name("types").beginArray();
      for (EntityType t : r.types()) {
        w.value(t.name());
      }
      w.endArray();
      w.field("citation", r.citation()).field("explanation", r.explanation()).endObject();
    }
    w.endArray();
    w.name("counts").beginObject();
    e.counts().forEach((t, n) -> w.field(t.name(), n));
    w.endObject();
    w.name("findings").beginArray();
    for (FindingRecord f : e.findings()) {
      w.beginObject().field("type", f.type().name()).field("start", f.start()).field("end", f.end())
          .field("detector", f.detector()).field("score", Math.round(f.score() * 10000) / 10000.0);
      if (f.correlation() != null) {
        w.field("hmac", f.correlation());
      }
      w.endObject();
    }
    w.endArray();
    w.name("operators").beginObject();
    e.operators().forEach((t, op) -> w.field(t.name(), op));
    w.endObject();
    w.field("correlation_kid", e.correlationKeyId());
  }

  /**
   * Reads an event back from its parsed JSON object (unknown members are ignored).
   *
   * @throws JsonException if a required member is missing or has the wrong type (the message
   *     names the member, not its value)
   */
  public static AuditEvent fromJson(Map<String, Object> m) {
    Map<String, Object> policy = obj(m, "policy");
    List<Reason> reasons = new ArrayList<>();
    for (Object o : list(m, "rules")) {
      Map<String, Object> r = asObj(o, "rules[]");
      Set<EntityType> types = EnumSet.noneOf(EntityType.class);
      for (Object t : list(r, "types")) {
        types.add(enumOf(EntityType.class, asString(t, "types[]"), "types[]"));
      }
      reasons.add(new Reason(str(r, "rule"), enumOf(Decision.class, str(r, "decision"), "decision"), types,
          str(r, "citation"), str(r, "explanation")));
    }
    List<FindingRecord> findings = new ArrayList<>();
    for (Object o : list(m, "findings")) {
      Map<String, Object> f = asObj(o, "findings[]");
      findings.add(new FindingRecord(enumOf(EntityType.class, str(f, "type"), "type"),
          (int) num(f, "start"), (int) num(f, "end"), optStr(f, "detector"), dbl(f, "score"),
          optStr(f, "hmac")));
    }
    Set<LegalBasis> bases = EnumSet.noneOf(LegalBasis.class);
    for (Object o : list(m, "legal_bases")) {
      bases.add(enumOf(LegalBasis.class, asString(o, "legal_bases[]"), "legal_bases[]"));
    }
    Map<EntityType, String> ops = new EnumMap<>(EntityType.class);
    Object opsObj = m.get("operators");
    if (opsObj != null) {
      asObj(opsObj, "operators").forEach((k, v) ->
          ops.put(enumOf(EntityType.class, k, "operators"), asString(v, "operators")));
    }
    Instant time;
    try {
      time = Instant.parse(str(m, "time"));
    } catch (DateTimeParseException e) {
      throw new JsonException("member 'time' is not an ISO-8601 instant");
    }
    return new AuditEvent(str(m, "id"), time, optStr(m, "request_id"), optStr(m, "conversation_id"),
        optStr(m, "tenant"), str(m, "destination"), enumOf(Direction.class, str(m, "direction"), "direction"),
        enumOf(Purpose.class, str(m, "purpose"), "purpose"),
        enumOf(Jurisdiction.class, str(m, "jurisdiction"), "jurisdiction"), bases, optStr(policy, "id"),
        optStr(policy, "version"), enumOf(Decision.class, str(m, "decision"), "decision"),
        optStr(m, "route_to"), reasons, findings, ops, optStr(m, "correlation_kid"),
        (int) num(m, "text_length"));
  }

  /** A required string member; the message names the member, never a value. */
  public static String str(Map<String, Object> m, String k) {
    Object v = m.get(k);
    if (v == null) {
      throw new JsonException("missing member '" + k + "'");
    }
    return asString(v, k);
  }

  static String optStr(Map<String, Object> m, String k) {
    Object v = m.get(k);
    return v == null ? null : asString(v, k);
  }

  /** A required integer member; the message names the member, never a value. */
  public static long num(Map<String, Object> m, String k) {
    Object v = m.get(k);
    if (!(v instanceof Long l)) {
      throw new JsonException("member '" + k + "' must be an integer");
    }
    return l;
  }

  private static double dbl(Map<String, Object> m, String k) {
    Object v = m.get(k);
    if (!(v instanceof Number n)) {
      throw new JsonException("member '" + k + "' must be a number");
    }
    return n.doubleValue();
  }

  private static String asString(Object v, String k) {
    if (!(v instanceof String s)) {
      throw new JsonException("member '" + k + "' must be a string");
    }
    return s;
  }

  private static List<?> list(Map<String, Object> m, String k) {
    Object v = m.get(k);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> l)) {
      throw new JsonException("member '" + k + "' must be an array");
    }
    return l;
  }

  private static Map<String, Object> obj(Map<String, Object> m, String k) {
    Object v = m.get(k);
    if (v == null) {
      throw new JsonException("missing member '" + k + "'");
    }
    return asObj(v, k);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asObj(Object v, String k) {
    if (!(v instanceof Map)) {
      throw new JsonException("member '" + k + "' must be an object");
    }
    return (Map<String, Object>) v;
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String k) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new JsonException("member '" + k + "' has an unknown " + type.getSimpleName() + " value");
    }
  }
}
