package dev.veil;

import static dev.veil.DataCategory.CREDENTIAL;
import static dev.veil.DataCategory.GDPR_PERSONAL_DATA;
import static dev.veil.DataCategory.GDPR_SPECIAL_CATEGORY;
import static dev.veil.DataCategory.HEALTH_INFORMATION;
import static dev.veil.DataCategory.HIPAA_IDENTIFIER;
import static dev.veil.DataCategory.PCI_CARDHOLDER_DATA;
import static dev.veil.DataCategory.PCI_SENSITIVE_AUTHENTICATION_DATA;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of sensitive data Veil recognizes. The names are a stable contract (they appear in
 * policy files, the CLI's JSON and audit events); new constants may be added.
 *
 * <p>Each type knows its {@linkplain #categories() data categories}, the Safe Harbor identifier it
 * falls under ({@code 45 CFR 164.514(b)(2)(i)(A)} to {@code (R)}), and a specificity used to break
 * ties when two findings overlap: a checksum-validated identifier is more specific than a generic
 * number.
 */
public enum EntityType {
  PERSON("A", 40, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  LOCATION("B", 30, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  STREET_ADDRESS("B", 60, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  ZIP_CODE("B", 35, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  DATE("C", 35, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  AGE("C", 35, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  PHONE_NUMBER("D", 50, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  EMAIL_ADDRESS("F", 80, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  URL("N", 45, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  IP_ADDRESS("O", 70, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  US_SSN("G", 90, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  US_ITIN("R", 90, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  MEDICAL_RECORD_NUMBER("H", 75, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  HEALTH_PLAN_ID("I", 75, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  ACCOUNT_NUMBER("J", 55, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  CREDIT_CARD("J", 95, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA, PCI_CARDHOLDER_DATA),
  IBAN("J", 95, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  US_BANK_ROUTING("J", 85, HIPAA_IDENTIFIER),
  SWIFT_BIC("J", 65),
  LICENSE_NUMBER("K", 60, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  US_NPI("R", 85, HIPAA_IDENTIFIER),
  US_DEA("K", 85, HIPAA_IDENTIFIER),
  VEHICLE_ID("L", 85, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  DEVICE_ID("M", 80, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  NATIONAL_ID("R", 90, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  UK_NHS_NUMBER("R", 90, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  PASSPORT_NUMBER("R", 80, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA),
  /** An organization's name. Not an identifier by itself; an employer's name is under (A). */
  ORGANIZATION(null, 30),
  HEALTH_CONDITION(null, 20, HEALTH_INFORMATION, GDPR_SPECIAL_CATEGORY),
  MEDICATION(null, 20, HEALTH_INFORMATION, GDPR_SPECIAL_CATEGORY),
  /** Genetic data (GDPR Art. 4(13)): genotypes, variants, sequencing results about a person. */
  GENETIC_DATA(null, 25, HEALTH_INFORMATION, GDPR_SPECIAL_CATEGORY),
  /** Biometric identifiers (Safe Harbor (P)): fingerprints, voice prints, face geometry. */
  BIOMETRIC_DATA("P", 25, HIPAA_IDENTIFIER, GDPR_SPECIAL_CATEGORY),
  RACIAL_ETHNIC_ORIGIN(null, 20, GDPR_SPECIAL_CATEGORY),
  POLITICAL_OPINION(null, 20, GDPR_SPECIAL_CATEGORY),
  RELIGIOUS_BELIEF(null, 20, GDPR_SPECIAL_CATEGORY),
  TRADE_UNION_MEMBERSHIP(null, 20, GDPR_SPECIAL_CATEGORY),
  SEX_LIFE_ORIENTATION(null, 20, GDPR_SPECIAL_CATEGORY),
  /** Card verification code, PIN or PIN block, full magnetic-stripe or chip track data. */
  CARD_AUTHENTICATION_DATA(null, 90, PCI_SENSITIVE_AUTHENTICATION_DATA),
  /** API keys, private keys, tokens, passwords. */
  SECRET(null, 95, CREDENTIAL),
  /** Any other unique identifying number, characteristic or code (Safe Harbor (R)). */
  OTHER_ID("R", 10, HIPAA_IDENTIFIER, GDPR_PERSONAL_DATA);

  private final String safeHarborLetter;
  private final int specificity;
  private final Set<DataCategory> categories;

  EntityType(String safeHarborLetter, int specificity, DataCategory... categories) {
    this.safeHarborLetter = safeHarborLetter;
    this.specificity = specificity;
    EnumSet<DataCategory> set = EnumSet.noneOf(DataCategory.class);
    Collections.addAll(set, categories);
    this.categories = Collections.unmodifiableSet(set);
  }

  /** The data categories this type belongs to (unmodifiable, possibly empty). */
  public Set<DataCategory> categories() {
    return categories;
  }

  public boolean isIn(DataCategory category) {
    return categories.contains(category);
  }

  /**
   * The Safe Harbor identifier this type falls under, as its letter in 45 CFR
   * 164.514(b)(2)(i), e.g. {@code "G"} for social security numbers; empty when it is none.
   */
  public Optional<String> safeHarborIdentifier() {
    return Optional.ofNullable(safeHarborLetter);
  }

  /** Tie-breaker between overlapping findings of equal score: higher wins. */
  public int specificity() {
    return specificity;
  }

  /**
   * Parses a type name as written in policy files and JSON (case-insensitive, {@code -} or
   * {@code _}).
   *
   * @throws VeilException naming the unknown name and the valid ones
   */
  public static EntityType parse(String name) {
    if (name == null || name.isBlank()) {
      throw new VeilException("entity type name is empty");
    }
    String key = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return valueOf(key);
    } catch (IllegalArgumentException e) {
      throw new VeilException(
          "unknown entity type '" + name.trim() + "'; known types: " + java.util.Arrays.toString(values()));
    }
  }
}
