package dev.veil.bench.perf;

import dev.veil.EntityType;
import dev.veil.Guard;
import dev.veil.audit.AuditSink;
import dev.veil.detect.Detector;
import dev.veil.policy.Policies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The guards the benchmarks measure, built only through the public API so that the suite measures
 * whatever detectors the class path holds.
 *
 * <p>"Rules-only" leaves out the statistical name model: a detector counts as a model detector when
 * every type it reports is a name type (PERSON, LOCATION, ORGANIZATION), or when its id is listed in
 * the system property {@value #MODEL_DETECTORS_PROPERTY} (comma-separated), which overrides the rule.
 */
public final class Guards {
  /** System property naming the detector ids to leave out of the rules-only guard. */
  public static final String MODEL_DETECTORS_PROPERTY = "veil.bench.modelDetectors";

  private static final Set<EntityType> NAME_TYPES =
      EnumSet.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION);

  private Guards() {}

  /** Every detector on the class path by id, in discovery order (fresh instances on each call). */
  public static Map<String, Detector> discoverDetectors() {
    Map<String, Detector> byId = new LinkedHashMap<>();
    for (Detector d : ServiceLoader.load(Detector.class)) {
      byId.putIfAbsent(d.id(), d);
    }
    return byId;
  }

  /** The detector with {@code id}, freshly discovered. */
  public static Detector detector(String id) {
    Detector d = discoverDetectors().get(id);
    if (d == null) {
      throw new IllegalArgumentException("no detector '" + id + "' on the class path; known: "
          + discoverDetectors().keySet());
    }
    return d;
  }

  /** All detectors, redact-all policy, the given sink: the configuration of a typical deployment. */
  public static Guard full(AuditSink sink) {
    return Guard.builder().discoverDetectors().policy(Policies.redactAll()).auditSink(sink).build();
  }

  /** All detectors except the name model (see the class comment). */
  public static Guard rulesOnly() {
    return Guard.builder().detectors(ruleDetectors()).policy(Policies.redactAll())
        .auditSink(AuditSink.discarding()).build();
  }

  /** The detectors of {@link #rulesOnly()}. */
  public static List<Detector> ruleDetectors() {
    List<Detector> out = new ArrayList<>();
    for (Detector d : discoverDetectors().values()) {
      if (!isModelDetector(d)) {
        out.add(d);
      }
    }
    return out;
  }

  static boolean isModelDetector(Detector d) {
    String listed = System.getProperty(MODEL_DETECTORS_PROPERTY);
    if (listed != null) {
      return Arrays.asList(listed.split("\\s*,\\s*")).contains(d.id());
    }
    Set<EntityType> types = d.entityTypes();
    return !types.isEmpty() && NAME_TYPES.containsAll(types);
  }
}
