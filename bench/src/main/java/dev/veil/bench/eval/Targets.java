package dev.veil.bench.eval;

import dev.veil.EntityType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The accuracy targets of issue 3 on the held-out split, measured with exact span match. */
public final class Targets {
  private Targets() {}

  /** Which number a target constrains. */
  public enum Metric { F1, RECALL }

  /** One target: {@code metric(type) >= threshold}. */
  public record Target(EntityType type, Metric metric, double threshold) {
    public double measured(TypeScore s) {
      return metric == Metric.F1 ? s.f1() : s.recall();
    }

    public boolean isMet(TypeScore s) {
      return measured(s) >= threshold;
    }

    @Override
    public String toString() {
      return type + " " + metric + " >= " + threshold;
    }
  }

  /** Identifier types validated by a checksum. */
  public static final Set<EntityType> CHECKSUM_TYPES = EnumSet.of(EntityType.CREDIT_CARD, EntityType.IBAN,
      EntityType.US_BANK_ROUTING, EntityType.US_NPI, EntityType.US_DEA, EntityType.VEHICLE_ID,
      EntityType.DEVICE_ID, EntityType.NATIONAL_ID, EntityType.UK_NHS_NUMBER);

  /** Pattern types with a looser target. */
  public static final Set<EntityType> PATTERN_TYPES = EnumSet.of(EntityType.EMAIL_ADDRESS, EntityType.PHONE_NUMBER,
      EntityType.IP_ADDRESS, EntityType.URL, EntityType.DATE);

  /** Types whose misses are the costliest leaks. */
  public static final Set<EntityType> RECALL_TYPES = EnumSet.of(EntityType.US_SSN, EntityType.CREDIT_CARD,
      EntityType.IBAN);

  public static List<Target> all() {
    List<Target> out = new ArrayList<>();
    CHECKSUM_TYPES.forEach(t -> out.add(new Target(t, Metric.F1, 0.98)));
    PATTERN_TYPES.forEach(t -> out.add(new Target(t, Metric.F1, 0.95)));
    RECALL_TYPES.forEach(t -> out.add(new Target(t, Metric.RECALL, 0.99)));
    return out;
  }
}
