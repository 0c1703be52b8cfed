package dev.veil;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a text is going: a model and the legal terms under which it is processed. Immutable; build
 * with {@link #builder(String)}. The defaults are the safest assumption: an external vendor outside
 * the EEA, with no BAA, no DPA, no transfer mechanism, retaining data and allowed to train on it.
 *
 * @param id stable identifier used in policies and audit events, e.g. {@code openai-us}
 * @param kind internal model or external vendor
 * @param region ISO 3166 alpha-2 country code of processing, or {@code EEA}
 * @param businessAssociateAgreement a HIPAA BAA (45 CFR 164.504(e)) is in force
 * @param dataProcessingAgreement a GDPR Art. 28 processor contract is in force
 * @param transferMechanism the Chapter V safeguard for processing outside the EEA
 * @param zeroDataRetention the vendor keeps no prompts or outputs after answering
 * @param trainsOnData the vendor may use the data to train models
 */
public record Destination(
    String id,
    Kind kind,
    String region,
    boolean businessAssociateAgreement,
    boolean dataProcessingAgreement,
    TransferMechanism transferMechanism,
    boolean zeroDataRetention,
    boolean trainsOnData) {

  /** Who runs the model. */
  public enum Kind {
    /** A model operated inside the organisation (no disclosure to a third party). */
    INTERNAL,
    /** A third-party vendor. */
    EXTERNAL
  }

  /** Appropriate safeguards for a transfer to a third country (GDPR Chapter V). */
  public enum TransferMechanism {
    /** No safeguard. */
    NONE,
    /** Art. 45 adequacy decision for the destination country. */
    ADEQUACY_DECISION,
    /** Art. 46(2)(c) standard contractual clauses. */
    STANDARD_CONTRACTUAL_CLAUSES,
    /** Art. 47 binding corporate rules. */
    BINDING_CORPORATE_RULES,
    /** EU-US Data Privacy Framework (an Art. 45 adequacy decision for certified US recipients). */
    EU_US_DATA_PRIVACY_FRAMEWORK;

    /**
     * Parses a constant name (case-insensitive, {@code -} or {@code _}) or a short alias:
     * {@code none, adequacy, sccs, bcrs, dpf}.
     *
     * @throws VeilException naming the unknown value and the known ones
     */
    public static TransferMechanism parse(String name) {
      String key = name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
      switch (key) {
        case "ADEQUACY": return ADEQUACY_DECISION;
        case "SCC": case "SCCS": return STANDARD_CONTRACTUAL_CLAUSES;
        case "BCR": case "BCRS": return BINDING_CORPORATE_RULES;
        case "DPF": return EU_US_DATA_PRIVACY_FRAMEWORK;
        default: break;
      }
      for (TransferMechanism m : values()) {
        if (m.name().equals(key)) {
          return m;
        }
      }
      throw new VeilException("unknown transfer mechanism '" + (name == null ? "" : name.trim())
          + "'; known: none, adequacy, sccs, bcrs, dpf or " + java.util.Arrays.toString(values()));
    }
  }

  /** EEA member states (EU 27 + Iceland, Liechtenstein, Norway). */
  private static final java.util.Set<String> EEA = java.util.Set.of(
      "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
      "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

  public Destination {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(transferMechanism, "transferMechanism");
    if (id.isBlank()) {
      throw new VeilException("destination id is empty");
    }
    region = region.trim().toUpperCase(Locale.ROOT);
  }

  /** An external vendor with no agreements at all: what Veil assumes when told nothing. */
  public static Destination unknownExternal() {
    return builder("unknown-external").build();
  }

  /** A model run inside the organisation, in the given region. */
  public static Destination internal(String id, String region) {
    return builder(id).kind(Kind.INTERNAL).region(region).build();
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** True if processing happens in the EEA (or the region is {@code EEA}). */
  public boolean inEea() {
    return region.equals("EEA") || region.equals("EU") || EEA.contains(region);
  }

  public boolean isInternal() {
    return kind == Kind.INTERNAL;
  }

  /** Builder for {@link Destination}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private Kind kind = Kind.EXTERNAL;
    private String region = "US";
    private boolean baa;
    private boolean dpa;
    private TransferMechanism transfer = TransferMechanism.NONE;
    private boolean zdr;
    private boolean trains = true;

    private Builder(String id) {
      this.id = id;
    }

    public Builder kind(Kind kind) {
      this.kind = Objects.requireNonNull(kind);
      return this;
    }

    public Builder region(String region) {
      this.region = Objects.requireNonNull(region);
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

    public Builder transferMechanism(TransferMechanism value) {
      this.transfer = Objects.requireNonNull(value);
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

    public Destination build() {
      return new Destination(id, kind, region, baa, dpa, transfer, zdr, trains);
    }
  }
}
