package dev.veil.examples;

import dev.veil.Decision;
import dev.veil.EntityType;
import dev.veil.audit.AuditEvent;
import dev.veil.audit.AuditKey;
import dev.veil.audit.AuditLogReader;
import dev.veil.audit.AuditLogVerifier;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a compliance officer asks of an audit log: per UTC day, how many decisions of each kind
 * went to each destination, and which entity types were blocked how often. Reads the JSON Lines
 * schema of docs/audit.md through {@link AuditLogReader}; with a key it first checks the hash
 * chain, because a summary of a tampered log is worthless.
 *
 * <pre>java dev.veil.examples.AuditDailySummary audit.jsonl [audit.key]</pre>
 */
public final class AuditDailySummary {
  private AuditDailySummary() {}

  /** One day of the summary. */
  public record Day(
      LocalDate date,
      long events,
      SortedMap<String, Map<Decision, Long>> decisionsByDestination,
      Map<EntityType, Long> blockedTypes) {}

  /** Summarizes the events of {@code log}, oldest day first. */
  public static SortedMap<LocalDate, Day> summarize(Path log) {
    SortedMap<LocalDate, Acc> days = new TreeMap<>();
    AuditLogReader.forEach(log, e -> days.computeIfAbsent(LocalDate.ofInstant(e.time(), ZoneOffset.UTC),
        d -> new Acc()).add(e));
    SortedMap<LocalDate, Day> out = new TreeMap<>();
    days.forEach((d, a) -> out.put(d, new Day(d, a.events, a.byDestination, a.blocked)));
    return out;
  }

  /** The summary as the plain text {@link #main} prints. */
  public static String render(SortedMap<LocalDate, Day> days) {
    StringBuilder b = new StringBuilder();
    for (Day d : days.values()) {
      b.append(d.date()).append("  ").append(d.events()).append(" decisions\n");
      b.append("  decisions by destination\n");
      d.decisionsByDestination().forEach((dest, counts) -> {
        b.append(String.format("    %-24s", dest));
        counts.forEach((decision, n) -> b.append(' ').append(decision).append('=').append(n));
        b.append('\n');
      });
      b.append("  entity types blocked\n");
      if (d.blockedTypes().isEmpty()) {
        b.append("    (none)\n");
      }
      d.blockedTypes().forEach((t, n) -> b.append(String.format("    %-24s %d%n", t, n)));
    }
    return b.toString();
  }

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: AuditDailySummary LOG [KEY_FILE]");
      System.exit(1);
    }
    Path log = Path.of(args[0]);
    if (args.length == 2) {
      AuditLogVerifier.Result r = AuditLogVerifier.withKey(AuditKey.load(Path.of(args[1]))).verify(List.of(log));
      if (!r.ok()) {
        System.err.println("log failed verification: " + r.problem().orElseThrow());
        System.exit(1);
      }
    } else {
      System.out.println("(hash chain not verified: pass the key file to check it first)");
    }
    System.out.print(render(summarize(log)));
  }

  private static final class Acc {
    long events;
    final SortedMap<String, Map<Decision, Long>> byDestination = new TreeMap<>();
    final Map<EntityType, Long> blocked = new EnumMap<>(EntityType.class);

    void add(AuditEvent e) {
      events++;
      byDestination.computeIfAbsent(e.destination(), k -> new EnumMap<>(Decision.class))
          .merge(e.decision(), 1L, Long::sum);
      if (e.decision() == Decision.BLOCK) {
        e.counts().forEach((t, n) -> blocked.merge(t, (long) n, Long::sum));
      }
    }
  }
}
