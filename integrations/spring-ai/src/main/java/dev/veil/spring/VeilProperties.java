package dev.veil.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code veil.*} properties. A Boot app adds the dependency and a policy:
 *
 * <pre>
 * veil.policy=redact-all
 * veil.destination.id=openai-us
 * veil.destination.region=US
 * veil.destination.business-associate-agreement=false
 * </pre>
 *
 * With no destination configured, Veil assumes the safest case: an external vendor outside the EEA
 * with no agreements.
 */
@ConfigurationProperties(prefix = "veil")
public class VeilProperties {
  /** Turns the advisors off when false. */
  private boolean enabled = true;
  /**
   * Presets composed with {@code and} ({@code gdpr,hipaa-safe-harbor,secrets}; also {@code block-any},
   * {@code redact-all}, {@code pci-dss}, {@code route-phi}) or the path of a policy file.
   */
  private String policy = "block-any";
  /** Findings scoring below this are ignored. */
  private double minScore = 0.5;
  /** Where audit events go: {@code slf4j} (logger {@code dev.veil.audit}) or {@code none}. */
  private String auditSink = "slf4j";
  private final Destination destination = new Destination();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getPolicy() {
    return policy;
  }

  public void setPolicy(String policy) {
    this.policy = policy;
  }

  public double getMinScore() {
    return minScore;
  }

  public void setMinScore(double minScore) {
    this.minScore = minScore;
  }

  public String getAuditSink() {
    return auditSink;
  }

  public void setAuditSink(String auditSink) {
    this.auditSink = auditSink;
  }

  public Destination getDestination() {
    return destination;
  }

  /** {@code veil.destination.*}: the model's legal terms. */
  public static class Destination {
    private String id = "unknown-external";
    private dev.veil.Destination.Kind kind = dev.veil.Destination.Kind.EXTERNAL;
    private String region = "US";
    private boolean businessAssociateAgreement;
    private boolean dataProcessingAgreement;
    private dev.veil.Destination.TransferMechanism transferMechanism = dev.veil.Destination.TransferMechanism.NONE;
    private boolean zeroDataRetention;
    private boolean trainsOnData = true;

    dev.veil.Destination toDestination() {
      return dev.veil.Destination.builder(id).kind(kind).region(region)
          .businessAssociateAgreement(businessAssociateAgreement).dataProcessingAgreement(dataProcessingAgreement)
          .transferMechanism(transferMechanism).zeroDataRetention(zeroDataRetention).trainsOnData(trainsOnData)
          .build();
    }

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public dev.veil.Destination.Kind getKind() {
      return kind;
    }

    public void setKind(dev.veil.Destination.Kind kind) {
      this.kind = kind;
    }

    public String getRegion() {
      return region;
    }

    public void setRegion(String region) {
      this.region = region;
    }

    public boolean isBusinessAssociateAgreement() {
      return businessAssociateAgreement;
    }

    public void setBusinessAssociateAgreement(boolean value) {
      this.businessAssociateAgreement = value;
    }

    public boolean isDataProcessingAgreement() {
      return dataProcessingAgreement;
    }

    public void setDataProcessingAgreement(boolean value) {
      this.dataProcessingAgreement = value;
    }

    public dev.veil.Destination.TransferMechanism getTransferMechanism() {
      return transferMechanism;
    }

    public void setTransferMechanism(dev.veil.Destination.TransferMechanism value) {
      this.transferMechanism = value;
    }

    public boolean isZeroDataRetention() {
      return zeroDataRetention;
    }

    public void setZeroDataRetention(boolean value) {
      this.zeroDataRetention = value;
    }

    public boolean isTrainsOnData() {
      return trainsOnData;
    }

    public void setTrainsOnData(boolean value) {
      this.trainsOnData = value;
    }
  }
}
