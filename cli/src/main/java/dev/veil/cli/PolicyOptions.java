package dev.veil.cli;

import dev.veil.Destination;
import dev.veil.Direction;
import dev.veil.GuardContext;
import dev.veil.GuardContext.Jurisdiction;
import dev.veil.GuardContext.LegalBasis;
import dev.veil.GuardContext.Purpose;
import dev.veil.VeilException;
import dev.veil.policy.Policy;
import dev.veil.policy.PolicyFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The policy, destination and context options shared by {@code veil guard} and {@code veil policy
 * explain}. With no destination given, the destination is {@link Destination#unknownExternal()}:
 * an external vendor with no agreements, the safest assumption.
 */
final class PolicyOptions {
  @Option(names = "--policy", required = true, paramLabel = "FILE|PRESET[,PRESET...]",
      description = "policy file (YAML/JSON) or presets: hipaa-safe-harbor, gdpr, pci-dss, secrets, route-phi,"
          + " block-any, redact-all (comma-separated presets are combined)")
  String policy;

  @Option(names = "--destination", paramLabel = "ID",
      description = "destination id, declared in the policy file or --destinations file, or described by the"
          + " flags below (default: an unknown external vendor with no agreements)")
  String destination;

  @Option(names = "--destinations", paramLabel = "FILE", description = "YAML/JSON file with a destinations list")
  Path destinationsFile;

  @Option(names = "--destination-kind", paramLabel = "KIND", description = "INTERNAL or EXTERNAL")
  Destination.Kind kind;

  @Option(names = "--destination-region", paramLabel = "REGION",
      description = "ISO 3166 alpha-2 processing country, or EEA")
  String region;

  @Option(names = "--baa", negatable = true, description = "a HIPAA business associate agreement is in force")
  Boolean baa;

  @Option(names = "--dpa", negatable = true, description = "a GDPR Art. 28 data processing agreement is in force")
  Boolean dpa;

  @Option(names = "--transfer", paramLabel = "MECHANISM",
      description = "transfer mechanism outside the EEA: none, adequacy, sccs, bcrs, dpf")
  String transfer;

  @Option(names = "--zero-data-retention", negatable = true, description = "the vendor keeps no data")
  Boolean zdr;

  @Option(names = "--trains-on-data", negatable = true, description = "the vendor may train on the data")
  Boolean trains;

  @Option(names = "--direction", paramLabel = "DIRECTION", description = "PROMPT (default) or OUTPUT")
  Direction direction;

  @Option(names = "--jurisdiction", paramLabel = "J", description = "data subjects': EU_EEA, UK, US, OTHER, UNKNOWN")
  Jurisdiction jurisdiction;

  @Option(names = "--purpose", paramLabel = "PURPOSE",
      description = "TREATMENT, PAYMENT, HEALTHCARE_OPERATIONS, RESEARCH, MARKETING, CUSTOMER_SUPPORT, OTHER")
  Purpose purpose;

  @Option(names = "--legal-basis", paramLabel = "BASIS", split = ",",
      description = "asserted legal bases: CONSENT, CONTRACT, EXPLICIT_CONSENT, HEALTH_CARE, RESEARCH_SAFEGUARDS,"
          + " HIPAA_AUTHORIZATION")
  List<LegalBasis> legalBases = new ArrayList<>();

  /** The policy and the request context the options describe. */
  record Resolved(Policy policy, GuardContext context) {}

  Resolved resolve() {
    PolicyResolver.Resolved r = PolicyResolver.resolveWithDestinations(policy);
    Map<String, Destination> known = new LinkedHashMap<>(r.destinations());
    if (destinationsFile != null) {
      known.putAll(PolicyFile.loadDestinations(destinationsFile));
    }
    GuardContext.Builder b = GuardContext.builder().destination(destination(known));
    if (direction != null) {
      b.direction(direction);
    }
    if (jurisdiction != null) {
      b.jurisdiction(jurisdiction);
    }
    if (purpose != null) {
      b.purpose(purpose);
    }
    legalBases.forEach(b::legalBasis);
    return new Resolved(r.policy(), b.build());
  }

  private boolean anyDestinationFlag() {
    return kind != null || region != null || baa != null || dpa != null || transfer != null || zdr != null
        || trains != null;
  }

  private Destination destination(Map<String, Destination> known) {
    if (destination == null && !anyDestinationFlag()) {
      return Destination.unknownExternal();
    }
    String id = destination == null ? "cli-destination" : destination;
    Destination base = known.get(id);
    if (base == null && destination != null && !known.isEmpty() && !anyDestinationFlag()) {
      throw new VeilException("unknown destination '" + id + "'; declared: " + known.keySet()
          + " (or describe it with --destination-region, --baa, --dpa, --transfer ...)");
    }
    Destination.Builder d = Destination.builder(id);
    if (base != null) {
      d.kind(base.kind()).region(base.region()).businessAssociateAgreement(base.businessAssociateAgreement())
          .dataProcessingAgreement(base.dataProcessingAgreement()).transferMechanism(base.transferMechanism())
          .zeroDataRetention(base.zeroDataRetention()).trainsOnData(base.trainsOnData());
    }
    if (kind != null) {
      d.kind(kind);
    }
    if (region != null) {
      d.region(region);
    }
    if (baa != null) {
      d.businessAssociateAgreement(baa);
    }
    if (dpa != null) {
      d.dataProcessingAgreement(dpa);
    }
    if (transfer != null) {
      d.transferMechanism(Destination.TransferMechanism.parse(transfer));
    }
    if (zdr != null) {
      d.zeroDataRetention(zdr);
    }
    if (trains != null) {
      d.trainsOnData(trains);
    }
    return d.build();
  }
}
