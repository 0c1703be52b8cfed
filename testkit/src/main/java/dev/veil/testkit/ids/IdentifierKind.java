package dev.veil.testkit.ids;

import dev.veil.EntityType;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The catalogue of generated identifiers: each kind knows its {@link EntityType}, the country it
 * belongs to (for {@code NATIONAL_ID} and friends), how to draw a valid value and, where the
 * format has a checksum or numbering rule, a near miss that breaks it.
 *
 * <p>Values are drawn from the generator passed in, so a fixed seed gives the same values on every
 * run. The enum is immutable and thread-safe; the generators passed to it are not.
 */
public enum IdentifierKind {
  US_SSN(EntityType.US_SSN, "US", UsIdentifiers::ssn, UsIdentifiers::ssnNearMiss),
  US_ITIN(EntityType.US_ITIN, "US", UsIdentifiers::itin, UsIdentifiers::itinNearMiss),
  CREDIT_CARD(EntityType.CREDIT_CARD, null, PaymentIdentifiers::card, PaymentIdentifiers::cardNearMiss),
  IBAN(EntityType.IBAN, null, PaymentIdentifiers::iban, PaymentIdentifiers::ibanNearMiss),
  US_BANK_ROUTING(EntityType.US_BANK_ROUTING, "US", UsIdentifiers::abaRouting, UsIdentifiers::abaRoutingNearMiss),
  SWIFT_BIC(EntityType.SWIFT_BIC, null, PaymentIdentifiers::swiftBic, null),
  US_NPI(EntityType.US_NPI, "US", HealthIdentifiers::npi, HealthIdentifiers::npiNearMiss),
  US_DEA(EntityType.US_DEA, "US", HealthIdentifiers::dea, HealthIdentifiers::deaNearMiss),
  VIN(EntityType.VEHICLE_ID, null, DeviceIdentifiers::vin, DeviceIdentifiers::vinNearMiss),
  IMEI(EntityType.DEVICE_ID, null, DeviceIdentifiers::imei, DeviceIdentifiers::imeiNearMiss),
  DE_TAX_ID(EntityType.NATIONAL_ID, "DE", EuIdentifiers::deTaxId, EuIdentifiers::deTaxIdNearMiss),
  FR_NIR(EntityType.NATIONAL_ID, "FR", EuIdentifiers::frNir, EuIdentifiers::frNirNearMiss),
  IT_CODICE_FISCALE(EntityType.NATIONAL_ID, "IT", EuIdentifiers::itCodiceFiscale,
      EuIdentifiers::itCodiceFiscaleNearMiss),
  ES_DNI(EntityType.NATIONAL_ID, "ES", EuIdentifiers::esDni, EuIdentifiers::esDniNearMiss),
  ES_NIE(EntityType.NATIONAL_ID, "ES", EuIdentifiers::esNie, EuIdentifiers::esDniNearMiss),
  NL_BSN(EntityType.NATIONAL_ID, "NL", EuIdentifiers::nlBsn, EuIdentifiers::nlBsnNearMiss),
  UK_NINO(EntityType.NATIONAL_ID, "GB", EuIdentifiers::ukNino, EuIdentifiers::ukNinoNearMiss),
  PL_PESEL(EntityType.NATIONAL_ID, "PL", EuIdentifiers::plPesel, EuIdentifiers::plPeselNearMiss),
  SE_PERSONNUMMER(EntityType.NATIONAL_ID, "SE", EuIdentifiers::sePersonnummer,
      EuIdentifiers::sePersonnummerNearMiss),
  UK_NHS_NUMBER(EntityType.UK_NHS_NUMBER, "GB", EuIdentifiers::ukNhs, EuIdentifiers::ukNhsNearMiss),
  MEDICARE_MBI(EntityType.HEALTH_PLAN_ID, "US", HealthIdentifiers::medicareMbi,
      HealthIdentifiers::medicareMbiNearMiss),
  HEALTH_PLAN_MEMBER_ID(EntityType.HEALTH_PLAN_ID, null, HealthIdentifiers::healthPlanMemberId, null),
  MEDICAL_RECORD_NUMBER(EntityType.MEDICAL_RECORD_NUMBER, null, HealthIdentifiers::medicalRecordNumber, null),
  PASSPORT_NUMBER(EntityType.PASSPORT_NUMBER, null, DeviceIdentifiers::passport, null),
  EMAIL_ADDRESS(EntityType.EMAIL_ADDRESS, null, ContactValues::email, null),
  PHONE_US(EntityType.PHONE_NUMBER, "US", ContactValues::phoneUs, null),
  PHONE_DE(EntityType.PHONE_NUMBER, "DE", r -> ContactValues.phone(r, "DE"), null),
  PHONE_FR(EntityType.PHONE_NUMBER, "FR", r -> ContactValues.phone(r, "FR"), null),
  PHONE_UK(EntityType.PHONE_NUMBER, "GB", r -> ContactValues.phone(r, "UK"), null),
  PHONE_ES(EntityType.PHONE_NUMBER, "ES", r -> ContactValues.phone(r, "ES"), null),
  PHONE_IT(EntityType.PHONE_NUMBER, "IT", r -> ContactValues.phone(r, "IT"), null),
  PHONE_NL(EntityType.PHONE_NUMBER, "NL", r -> ContactValues.phone(r, "NL"), null),
  PHONE_SE(EntityType.PHONE_NUMBER, "SE", r -> ContactValues.phone(r, "SE"), null),
  PHONE_PL(EntityType.PHONE_NUMBER, "PL", r -> ContactValues.phone(r, "PL"), null),
  IPV4(EntityType.IP_ADDRESS, null, ContactValues::ipv4, null),
  IPV6(EntityType.IP_ADDRESS, null, ContactValues::ipv6, null),
  URL(EntityType.URL, null, ContactValues::url, null),
  DATE(EntityType.DATE, null, PersonalValues::date, null),
  AGE_OVER_89(EntityType.AGE, null, PersonalValues::ageOver89, null),
  ZIP_CODE(EntityType.ZIP_CODE, "US", PersonalValues::zip, null),
  STREET_ADDRESS(EntityType.STREET_ADDRESS, "US", PersonalValues::streetAddress, null),
  AWS_ACCESS_KEY_ID(EntityType.SECRET, null, Secrets::awsAccessKeyId, null),
  GITHUB_TOKEN(EntityType.SECRET, null, Secrets::githubToken, null),
  JWT(EntityType.SECRET, null, Secrets::jwt, null),
  PEM_PRIVATE_KEY(EntityType.SECRET, null, Secrets::pemPrivateKey, null),
  PASSWORD(EntityType.SECRET, null, Secrets::password, null);

  private final EntityType type;
  private final String country;
  private final Function<RandomGenerator, String> valid;
  private final Function<RandomGenerator, String> nearMiss;

  IdentifierKind(EntityType type, String country, Function<RandomGenerator, String> valid,
      Function<RandomGenerator, String> nearMiss) {
    this.type = type;
    this.country = country;
    this.valid = valid;
    this.nearMiss = nearMiss;
  }

  public EntityType entityType() {
    return type;
  }

  /** ISO 3166 alpha-2 code of the issuing country, when the identifier has one. */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  /** A valid value, in one of the layouts people write it in. */
  public String valid(RandomGenerator random) {
    return valid.apply(random);
  }

  /** True if this kind has a checksum or numbering rule that a near miss can break. */
  public boolean hasNearMiss() {
    return nearMiss != null;
  }

  /**
   * A value shaped like a valid one that the issuer's rules reject: one digit changed so the
   * checksum fails, or a number range never allocated.
   *
   * @throws UnsupportedOperationException if {@link #hasNearMiss()} is false
   */
  public String nearMiss(RandomGenerator random) {
    if (nearMiss == null) {
      throw new UnsupportedOperationException(name() + " has no checksum to break");
    }
    return nearMiss.apply(random);
  }
}
