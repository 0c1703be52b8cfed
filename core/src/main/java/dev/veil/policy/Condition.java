package dev.veil.policy;

import dev.veil.Destination;
import dev.veil.Direction;
import dev.veil.GuardContext.Jurisdiction;
import dev.veil.GuardContext.LegalBasis;
import dev.veil.GuardContext.Purpose;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a {@link Rule} fires: a conjunction of a finding selector, findings that must also be
 * present (or absent) in the text, destination properties and request context. Every part that
 * is left unset (null or empty) does not constrain. A rule without a selector fires on the
 * destination and context alone, even for a text without findings.
 *
 * <p>Immutable value with structural equality; build with {@link #builder()}. Two rules with equal
 * conditions fire on exactly the same inputs, which is what the contradiction check relies on.
 *
 * @param select the findings the rule is about (and transforms); null for none
 * @param requires each selector must select at least one finding of the text
 * @param excludes no selector may select a finding of the text (breaks monotonicity: see docs)
 * @param destinationKinds destination kind is one of these
 * @param destinationInEea destination processes in the EEA (true) or outside it (false)
 * @param businessAssociateAgreement destination has (true) or lacks (false) a HIPAA BAA
 * @param dataProcessingAgreement destination has (true) or lacks (false) a GDPR Art. 28 DPA
 * @param transferMechanisms destination's transfer mechanism is one of these
 * @param zeroDataRetention destination retains no data (true) or does (false)
 * @param trainsOnData destination may (true) or may not (false) train on the data
 * @param destinationRegions destination region is one of these (ISO 3166 alpha-2 or EEA)
 * @param excludedRegions destination region is none of these
 * @param destinationIdPattern destination id fully matches this RE2/J pattern
 * @param directions request direction is one of these
 * @param purposes request purpose is one of these
 * @param jurisdictions data subjects' jurisdiction is one of these
 * @param anyLegalBasis the context asserts at least one of these legal bases
 * @param noLegalBasis the context asserts none of these legal bases
 */
public record Condition(
    Selector select,
    List<Selector> requires,
    List<Selector> excludes,
    Set<Destination.Kind> destinationKinds,
    Boolean destinationInEea,
    Boolean businessAssociateAgreement,
    Boolean dataProcessingAgreement,
    Set<Destination.TransferMechanism> transferMechanisms,
    Boolean zeroDataRetention,
    Boolean trainsOnData,
    Set<String> destinationRegions,
    Set<String> excludedRegions,
    String destinationIdPattern,
    Set<Direction> directions,
    Set<Purpose> purposes,
    Set<Jurisdiction> jurisdictions,
    Set<LegalBasis> anyLegalBasis,
    Set<LegalBasis> noLegalBasis) {

  public Condition {
    requires = List.copyOf(requires == null ? List.of() : requires);
    excludes = List.copyOf(excludes == null ? List.of() : excludes);
    destinationKinds = enums(destinationKinds, Destination.Kind.class);
    transferMechanisms = enums(transferMechanisms, Destination.TransferMechanism.class);
    destinationRegions = destinationRegions == null || destinationRegions.isEmpty()
        ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(destinationRegions));
    excludedRegions = excludedRegions == null || excludedRegions.isEmpty()
        ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(excludedRegions));
    directions = enums(directions, Direction.class);
    purposes = enums(purposes, Purpose.class);
    jurisdictions = enums(jurisdictions, Jurisdiction.class);
    anyLegalBasis = enums(anyLegalBasis, LegalBasis.class);
    noLegalBasis = enums(noLegalBasis, LegalBasis.class);
  }

  private static <E extends Enum<E>> Set<E> enums(Set<E> in, Class<E> type) {
    if (in == null || in.isEmpty()) {
      return Set.of();
    }
    EnumSet<E> set = EnumSet.noneOf(type);
    set.addAll(in);
    return Collections.unmodifiableSet(set);
  }

  /** A condition that always holds (a rule with it fires on every text). */
  public static Condition always() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this condition's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.select = select;
    b.requires.addAll(requires);
    b.excludes.addAll(excludes);
    b.kinds.addAll(destinationKinds);
    b.inEea = destinationInEea;
    b.baa = businessAssociateAgreement;
    b.dpa = dataProcessingAgreement;
    b.transfers.addAll(transferMechanisms);
    b.zdr = zeroDataRetention;
    b.trains = trainsOnData;
    b.regions.addAll(destinationRegions);
    b.notRegions.addAll(excludedRegions);
    b.idPattern = destinationIdPattern;
    b.directions.addAll(directions);
    b.purposes.addAll(purposes);
    b.jurisdictions.addAll(jurisdictions);
    b.anyBasis.addAll(anyLegalBasis);
    b.noBasis.addAll(noLegalBasis);
    return b;
  }

  /** Plain-words rendering, for {@code veil policy explain} and docs; contains no text values. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (select != null) {
      parts.add("findings: " + select);
    }
    requires.forEach(s -> parts.add("text also has " + s));
    excludes.forEach(s -> parts.add("text has no " + s));
    if (!destinationKinds.isEmpty()) {
      parts.add("destination kind in " + destinationKinds);
    }
    flag(parts, destinationInEea, "destination in EEA");
    flag(parts, businessAssociateAgreement, "BAA");
    flag(parts, dataProcessingAgreement, "DPA");
    if (!transferMechanisms.isEmpty()) {
      parts.add("transfer mechanism in " + transferMechanisms);
    }
    flag(parts, zeroDataRetention, "zero data retention");
    flag(parts, trainsOnData, "trains on data");
    if (!destinationRegions.isEmpty()) {
      parts.add("region in " + destinationRegions);
    }
    if (!excludedRegions.isEmpty()) {
      parts.add("region not in " + excludedRegions);
    }
    if (destinationIdPattern != null) {
      parts.add("destination id ~ " + destinationIdPattern);
    }
    if (!directions.isEmpty()) {
      parts.add("direction in " + directions);
    }
    if (!purposes.isEmpty()) {
      parts.add("purpose in " + purposes);
    }
    if (!jurisdictions.isEmpty()) {
      parts.add("jurisdiction in " + jurisdictions);
    }
    if (!anyLegalBasis.isEmpty()) {
      parts.add("legal basis asserted: any of " + anyLegalBasis);
    }
    if (!noLegalBasis.isEmpty()) {
      parts.add("legal basis asserted: none of " + noLegalBasis);
    }
    return parts.isEmpty() ? "always" : String.join("; ", parts);
  }

  private static void flag(List<String> parts, Boolean value, String name) {
    if (value != null) {
      parts.add((value ? "" : "no ") + name);
    }
  }

  /** Builder for {@link Condition}; not thread-safe. */
  public static final class Builder {
    private Selector select;
    private final List<Selector> requires = new ArrayList<>();
    private final List<Selector> excludes = new ArrayList<>();
    private final Set<Destination.Kind> kinds = EnumSet.noneOf(Destination.Kind.class);
    private Boolean inEea;
    private Boolean baa;
    private Boolean dpa;
    private final Set<Destination.TransferMechanism> transfers = EnumSet.noneOf(Destination.TransferMechanism.class);
    private Boolean zdr;
    private Boolean trains;
    private final Set<String> regions = new TreeSet<>();
    private final Set<String> notRegions = new TreeSet<>();
    private String idPattern;
    private final Set<Direction> directions = EnumSet.noneOf(Direction.class);
    private final Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
    private final Set<Jurisdiction> jurisdictions = EnumSet.noneOf(Jurisdiction.class);
    private final Set<LegalBasis> anyBasis = EnumSet.noneOf(LegalBasis.class);
    private final Set<LegalBasis> noBasis = EnumSet.noneOf(LegalBasis.class);

    private Builder() {}

    public Builder select(Selector value) {
      this.select = Objects.requireNonNull(value, "select");
      return this;
    }

    public Builder requires(Selector value) {
      requires.add(Objects.requireNonNull(value, "requires"));
      return this;
    }

    public Builder excludes(Selector value) {
      excludes.add(Objects.requireNonNull(value, "excludes"));
      return this;
    }

    public Builder destinationKind(Destination.Kind... values) {
      Collections.addAll(kinds, values);
      return this;
    }

    public Builder destinationInEea(boolean value) {
      this.inEea = value;
      return this;
    }

    public Builder businessAssociateAgreement(boolean value) {
      this.baa = value;
      return this;
    }

    public Builder dataProcessingAgreement(boolean value) {
      this.dpa = value;
      return this;
    }

    public Builder transferMechanism(Destination.TransferMechanism... values) {
      Collections.addAll(transfers, values);
      return this;
    }

    public Builder zeroDataRetention(boolean value) {
      this.zdr = value;
      return this;
    }

    public Builder trainsOnData(boolean value) {
      this.trains = value;
      return this;
    }

    public Builder destinationRegion(Collection<String> values) {
      values.forEach(v -> regions.add(v.trim().toUpperCase(java.util.Locale.ROOT)));
      return this;
    }

    public Builder destinationRegionNot(Collection<String> values) {
      values.forEach(v -> notRegions.add(v.trim().toUpperCase(java.util.Locale.ROOT)));
      return this;
    }

    public Builder destinationIdMatches(String pattern) {
      this.idPattern = Objects.requireNonNull(pattern);
      return this;
    }

    public Builder direction(Direction... values) {
      Collections.addAll(directions, values);
      return this;
    }

    public Builder purpose(Purpose... values) {
      Collections.addAll(purposes, values);
      return this;
    }

    public Builder jurisdiction(Jurisdiction... values) {
      Collections.addAll(jurisdictions, values);
      return this;
    }

    public Builder anyLegalBasis(LegalBasis... values) {
      Collections.addAll(anyBasis, values);
      return this;
    }

    public Builder noLegalBasis(LegalBasis... values) {
      Collections.addAll(noBasis, values);
      return this;
    }

    public Condition build() {
      return new Condition(select, requires, excludes, kinds, inEea, baa, dpa, transfers, zdr, trains,
          regions, notRegions, idPattern, directions, purposes, jurisdictions, anyBasis, noBasis);
    }
  }
}
