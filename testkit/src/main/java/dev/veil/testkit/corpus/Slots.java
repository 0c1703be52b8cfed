package dev.veil.testkit.corpus;

import dev.veil.EntityType;
import dev.veil.testkit.ids.ConfusableValues;
import dev.veil.testkit.ids.DeviceIdentifiers;
import dev.veil.testkit.ids.IdentifierKind;
import dev.veil.testkit.ids.PaymentIdentifiers;
import dev.veil.testkit.ids.PersonalValues;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The slot names templates may use, e.g. {@code {US_SSN}}: every {@link IdentifierKind} by name,
 * {@code NEAR_<KIND>} for its near miss (unlabelled), per-country IBANs, names and places, and
 * unlabelled confusable numbers.
 */
final class Slots {
  private Slots() {}

  /** How to fill one slot; {@code type == null} means the value is not personal data. */
  record Slot(String name, EntityType type, String country, Function<RandomGenerator, String> values) {}

  private static final Map<String, Slot> SLOTS = build();

  private static Map<String, Slot> build() {
    Map<String, Slot> m = new LinkedHashMap<>();
    for (IdentifierKind k : IdentifierKind.values()) {
      put(m, k.name(), k.entityType(), k.country().orElse(null), k::valid);
      if (k.hasNearMiss()) {
        put(m, "NEAR_" + k.name(), null, null, k::nearMiss);
      }
    }
    for (String c : PaymentIdentifiers.ibanCountries()) {
      put(m, "IBAN_" + c, EntityType.IBAN, c, r -> PaymentIdentifiers.iban(r, c));
    }
    put(m, "DATE_NUM", EntityType.DATE, null, PersonalValues::dateNumeric);
    put(m, "NAME", EntityType.PERSON, null, PersonalValues::fullName);
    put(m, "FIRST", EntityType.PERSON, null, PersonalValues::firstName);
    put(m, "LAST", EntityType.PERSON, null, PersonalValues::lastName);
    put(m, "CITY", EntityType.LOCATION, null, PersonalValues::city);
    put(m, "STATE", EntityType.LOCATION, null, PersonalValues::state);
    for (String c : new String[] {"US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "SE"}) {
      put(m, "PASSPORT_" + c, EntityType.PASSPORT_NUMBER, c, r -> DeviceIdentifiers.passport(r, c));
    }
    put(m, "AGE_DECADE", EntityType.AGE, null, PersonalValues::ageDecadeOver89);
    put(m, "AGE_WORDS", EntityType.AGE, null, PersonalValues::ageWordsOver89);
    put(m, "AGE_UP_TO_89", null, null, PersonalValues::ageUpTo89);
    put(m, "STREET_US", EntityType.STREET_ADDRESS, "US", PersonalValues::streetAddressUsUnit);
    put(m, "STREET_UK", EntityType.STREET_ADDRESS, "GB", PersonalValues::streetAddressUk);
    put(m, "STREET_DE", EntityType.STREET_ADDRESS, "DE", PersonalValues::streetAddressDe);
    put(m, "STREET_FR", EntityType.STREET_ADDRESS, "FR", PersonalValues::streetAddressFr);
    put(m, "STREET_ES", EntityType.STREET_ADDRESS, "ES", PersonalValues::streetAddressEs);
    put(m, "STREET_IT", EntityType.STREET_ADDRESS, "IT", PersonalValues::streetAddressIt);
    put(m, "STREET_NL", EntityType.STREET_ADDRESS, "NL", PersonalValues::streetAddressNl);
    put(m, "PO_BOX", EntityType.STREET_ADDRESS, null, PersonalValues::poBox);
    put(m, "ORDER_NO", null, null, ConfusableValues::orderNumber);
    put(m, "VERSION", null, null, ConfusableValues::version);
    put(m, "PRICE", null, null, ConfusableValues::price);
    put(m, "DOSE", null, null, ConfusableValues::dosage);
    put(m, "ROOM", null, null, ConfusableValues::room);
    put(m, "TIMESTAMP", null, null, ConfusableValues::timestamp);
    put(m, "NUM9", null, null, ConfusableValues::nineDigitNumber);
    put(m, "NUM16", null, null, ConfusableValues::sixteenDigitNonLuhn);
    put(m, "MEASURE", null, null, ConfusableValues::measurement);
    return Collections.unmodifiableMap(m);
  }

  private static void put(Map<String, Slot> m, String name, EntityType type, String country,
      Function<RandomGenerator, String> values) {
    m.put(name, new Slot(name, type, country, values));
  }

  static Optional<Slot> get(String name) {
    return Optional.ofNullable(SLOTS.get(name.toUpperCase(Locale.ROOT)));
  }

  static java.util.Set<String> names() {
    return SLOTS.keySet();
  }
}
