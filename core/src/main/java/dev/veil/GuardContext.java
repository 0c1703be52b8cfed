package dev.veil;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything about one request that is not its text: where it goes, which way, why, whose data it
 * is, and which language and phone region to assume. Immutable; build with {@link #builder()}.
 * Language and region are per request, so requests in different languages can share one {@link
 * Guard} concurrently.
 */
public final class GuardContext {

  /** Why the data is processed (HIPAA 164.506 purposes and common others). */
  public enum Purpose {
    TREATMENT,
    PAYMENT,
    HEALTHCARE_OPERATIONS,
    RESEARCH,
    MARKETING,
    CUSTOMER_SUPPORT,
    OTHER
  }

  /** Whose data it is, by the law that protects it. */
  public enum Jurisdiction {
    EU_EEA,
    UK,
    US,
    OTHER,
    UNKNOWN
  }

  /**
   * Legal bases a caller may assert for a request. A rule that needs one only relaxes when the
   * caller asserted it; Veil cannot verify the assertion, so it is recorded in the audit event.
   */
  public enum LegalBasis {
    /** GDPR Art. 6(1)(a) consent. */
    CONSENT,
    /** GDPR Art. 6(1)(b) contract. */
    CONTRACT,
    /** GDPR Art. 9(2)(a) explicit consent to process special-category data. */
    EXPLICIT_CONSENT,
    /** GDPR Art. 9(2)(h) medical diagnosis, provision of health care under professional secrecy. */
    HEALTH_CARE,
    /** GDPR Art. 9(2)(j) scientific research with Art. 89 safeguards. */
    RESEARCH_SAFEGUARDS,
    /** HIPAA 45 CFR 164.508 written authorization by the individual. */
    HIPAA_AUTHORIZATION
  }

  private static final GuardContext DEFAULT = builder().build();

  private final Destination destination;
  private final Direction direction;
  private final Purpose purpose;
  private final Jurisdiction jurisdiction;
  private final Set<LegalBasis> legalBases;
  private final String tenant;
  private final String requestId;
  private final String conversationId;
  private final Locale language;
  private final String phoneRegion;

  private GuardContext(Builder b) {
    this.destination = b.destination;
    this.direction = b.direction;
    this.purpose = b.purpose;
    this.jurisdiction = b.jurisdiction;
    this.legalBases = Set.copyOf(b.legalBases);
    this.tenant = b.tenant;
    this.requestId = b.requestId;
    this.conversationId = b.conversationId;
    this.language = b.language;
    this.phoneRegion = b.phoneRegion;
  }

  /** A prompt to an unknown external vendor with no agreements, English, US phone numbers. */
  public static GuardContext defaults() {
    return DEFAULT;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this context's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.destination = destination;
    b.direction = direction;
    b.purpose = purpose;
    b.jurisdiction = jurisdiction;
    b.legalBases.addAll(legalBases);
    b.tenant = tenant;
    b.requestId = requestId;
    b.conversationId = conversationId;
    b.language = language;
    b.phoneRegion = phoneRegion;
    return b;
  }

  public Destination destination() {
    return destination;
  }

  public Direction direction() {
    return direction;
  }

  public Purpose purpose() {
    return purpose;
  }

  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  public Set<LegalBasis> legalBases() {
    return legalBases;
  }

  public boolean asserts(LegalBasis basis) {
    return legalBases.contains(basis);
  }

  public Optional<String> tenant() {
    return Optional.ofNullable(tenant);
  }

  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  public Optional<String> conversationId() {
    return Optional.ofNullable(conversationId);
  }

  /** Language of the text, used for context words; {@code en} by default. */
  public Locale language() {
    return language;
  }

  /** ISO 3166 region for phone numbers written without a country code; {@code US} by default. */
  public String phoneRegion() {
    return phoneRegion;
  }

  @Override
  public String toString() {
    return "GuardContext[destination=" + destination.id() + ", direction=" + direction
        + ", purpose=" + purpose + ", jurisdiction=" + jurisdiction + ", legalBases="
        + new TreeSet<>(legalBases) + ", language=" + language.toLanguageTag()
        + ", phoneRegion=" + phoneRegion + "]";
  }

  /** Builder for {@link GuardContext}; not thread-safe. */
  public static final class Builder {
    private Destination destination = Destination.unknownExternal();
    private Direction direction = Direction.PROMPT;
    private Purpose purpose = Purpose.OTHER;
    private Jurisdiction jurisdiction = Jurisdiction.UNKNOWN;
    private final java.util.EnumSet<LegalBasis> legalBases = java.util.EnumSet.noneOf(LegalBasis.class);
    private String tenant;
    private String requestId;
    private String conversationId;
    private Locale language = Locale.ENGLISH;
    private String phoneRegion = "US";

    private Builder() {}

    public Builder destination(Destination value) {
      this.destination = Objects.requireNonNull(value, "destination");
      return this;
    }

    public Builder direction(Direction value) {
      this.direction = Objects.requireNonNull(value, "direction");
      return this;
    }

    public Builder purpose(Purpose value) {
      this.purpose = Objects.requireNonNull(value, "purpose");
      return this;
    }

    public Builder jurisdiction(Jurisdiction value) {
      this.jurisdiction = Objects.requireNonNull(value, "jurisdiction");
      return this;
    }

    public Builder legalBasis(LegalBasis value) {
      this.legalBases.add(Objects.requireNonNull(value, "legalBasis"));
      return this;
    }

    public Builder tenant(String value) {
      this.tenant = value;
      return this;
    }

    public Builder requestId(String value) {
      this.requestId = value;
      return this;
    }

    public Builder conversationId(String value) {
      this.conversationId = value;
      return this;
    }

    public Builder language(Locale value) {
      this.language = Objects.requireNonNull(value, "language");
      return this;
    }

    public Builder phoneRegion(String value) {
      this.phoneRegion = Objects.requireNonNull(value, "phoneRegion").toUpperCase(Locale.ROOT);
      return this;
    }

    public GuardContext build() {
      return new GuardContext(this);
    }
  }
}
