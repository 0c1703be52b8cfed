package dev.veil;

/**
 * The regulatory categories a finding can belong to. An {@link EntityType} maps to zero or more
 * categories; the policy engine reasons over categories, so that a rule written for "GDPR special
 * category data" applies to every entity type in it.
 */
public enum DataCategory {
  /** One of the 18 identifiers of HIPAA's Safe Harbor method. */
  HIPAA_IDENTIFIER("45 CFR 164.514(b)(2)(i)"),
  /** Health information; together with a HIPAA identifier it makes protected health information. */
  HEALTH_INFORMATION("45 CFR 160.103"),
  /** Information relating to an identified or identifiable natural person. */
  GDPR_PERSONAL_DATA("GDPR Art. 4(1)"),
  /** Health, genetic, biometric, racial or ethnic origin, political, religious, trade-union, sex life. */
  GDPR_SPECIAL_CATEGORY("GDPR Art. 9(1)"),
  /** Primary account number and the data stored with it. */
  PCI_CARDHOLDER_DATA("PCI DSS 4.0 Req. 3.3"),
  /** Card verification codes, PINs, full track data: never stored after authorization. */
  PCI_SENSITIVE_AUTHENTICATION_DATA("PCI DSS 4.0 Req. 3.3.1"),
  /** Passwords, API keys, private keys, tokens. */
  CREDENTIAL("NIST SP 800-53 IA-5");

  private final String citation;

  DataCategory(String citation) {
    this.citation = citation;
  }

  /** The provision that defines this category. */
  public String citation() {
    return citation;
  }
}
