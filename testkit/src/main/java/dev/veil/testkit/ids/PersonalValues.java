package dev.veil.testkit.ids;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Names, dates, ages, ZIP codes and street addresses. The name and street lists are small, mixed
 * and written for this project; they exist so templates read naturally, not to test name
 * detection.
 */
public final class PersonalValues {
  private PersonalValues() {}

  private static final List<String> FIRST = List.of("Maria", "James", "Aisha", "Chen", "Olga", "Rahul", "Fatima",
      "Lukas", "Sofia", "Mateo", "Ingrid", "Kwame", "Elena", "Tomasz", "Yuki", "Noah", "Amelie", "Giulia",
      "Pieter", "Astrid", "Diego", "Hannah", "Omar", "Claire");
  private static final List<String> LAST = List.of("Okafor", "Schneider", "Nguyen", "Rossi", "Kowalski", "Dubois",
      "Garcia", "Lindqvist", "de Vries", "Patel", "Hughes", "Moreau", "Fischer", "Esposito", "Jansen", "Novak",
      "Martinez", "Andersson", "O'Brien", "Tanaka", "Walker", "Haddad");

  public static String firstName(RandomGenerator r) {
    return Rand.pick(r, FIRST);
  }

  public static String lastName(RandomGenerator r) {
    return Rand.pick(r, LAST);
  }

  public static String fullName(RandomGenerator r) {
    return firstName(r) + " " + lastName(r);
  }

  /** The written forms of a date the corpus uses, following issue 3's list. */
  public enum DateForm {
    /** 03/14/1951 */ US_NUMERIC,
    /** 14.03.1951 */ EU_DOTTED,
    /** 2025-02-02 */ ISO,
    /** Feb 2, 2025 */ MONTH_ABBREV,
    /** 2 February 2025 */ DAY_MONTH_YEAR,
    /** June 4th */ MONTH_DAY_ORDINAL,
    /** 11/02 */ MONTH_DAY_NUMERIC
  }

  public static LocalDate birthDate(RandomGenerator r) {
    return LocalDate.of(Rand.between(r, 1928, 2012), Rand.between(r, 1, 12), Rand.between(r, 1, 28));
  }

  public static LocalDate recentDate(RandomGenerator r) {
    return LocalDate.of(Rand.between(r, 2019, 2026), Rand.between(r, 1, 12), Rand.between(r, 1, 28));
  }

  /** A date in a random written form from {@link DateForm}. */
  public static String date(RandomGenerator r) {
    LocalDate d = r.nextBoolean() ? birthDate(r) : recentDate(r);
    return format(d, DateForm.values()[r.nextInt(DateForm.values().length)]);
  }

  /** A date with the year written, in a numeric form usual in continental Europe or ISO. */
  public static String dateNumeric(RandomGenerator r) {
    LocalDate d = r.nextBoolean() ? birthDate(r) : recentDate(r);
    return format(d, r.nextInt(3) == 0 ? DateForm.ISO : DateForm.EU_DOTTED);
  }

  public static String format(LocalDate d, DateForm form) {
    String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return switch (form) {
      case US_NUMERIC -> Rand.pad(d.getMonthValue(), 2) + "/" + Rand.pad(d.getDayOfMonth(), 2) + "/" + d.getYear();
      case EU_DOTTED -> Rand.pad(d.getDayOfMonth(), 2) + "." + Rand.pad(d.getMonthValue(), 2) + "." + d.getYear();
      case ISO -> d.toString();
      case MONTH_ABBREV -> month.substring(0, 3) + " " + d.getDayOfMonth() + ", " + d.getYear();
      case DAY_MONTH_YEAR -> d.getDayOfMonth() + " " + month + " " + d.getYear();
      case MONTH_DAY_ORDINAL -> month + " " + d.getDayOfMonth() + ordinal(d.getDayOfMonth());
      case MONTH_DAY_NUMERIC -> Rand.pad(d.getMonthValue(), 2) + "/" + Rand.pad(d.getDayOfMonth(), 2);
    };
  }

  private static String ordinal(int day) {
    if (day >= 11 && day <= 13) {
      return "th";
    }
    return switch (day % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  /** An age over 89 (Safe Harbor aggregates these into "90 or older"), as digits. */
  public static String ageOver89(RandomGenerator r) {
    return Integer.toString(Rand.between(r, 90, 104));
  }

  private record Place(String city, String state, String zipPrefix) {}

  private static final List<Place> PLACES = List.of(new Place("Boston", "MA", "021"),
      new Place("Austin", "TX", "787"), new Place("Portland", "OR", "972"), new Place("Chicago", "IL", "606"),
      new Place("Denver", "CO", "802"), new Place("Miami", "FL", "331"), new Place("Seattle", "WA", "981"),
      new Place("Phoenix", "AZ", "850"), new Place("Atlanta", "GA", "303"), new Place("Madison", "WI", "537"));

  /** A five-digit ZIP code, sometimes ZIP+4. */
  public static String zip(RandomGenerator r) {
    String z = Rand.pick(r, PLACES).zipPrefix() + Rand.digits(r, 2);
    return r.nextInt(4) == 0 ? z + "-" + Rand.digits(r, 4) : z;
  }

  public static String city(RandomGenerator r) {
    return Rand.pick(r, PLACES).city();
  }

  public static String state(RandomGenerator r) {
    return Rand.pick(r, PLACES).state();
  }

  private static final List<String> STREET_NAMES = List.of("Maple", "Oak", "Harbor View", "Lincoln", "Cedar Ridge",
      "Willow", "Jefferson", "Sunset", "Mill Creek", "Highland", "Chestnut", "Lakeshore");
  private static final List<String> SUFFIXES = List.of("Street", "St.", "Avenue", "Ave", "Road", "Rd", "Lane",
      "Drive", "Dr.", "Boulevard", "Court", "Way");

  /** A US street line: number, name, suffix, sometimes a unit. */
  public static String streetAddress(RandomGenerator r) {
    String s = Rand.between(r, 1, 9899) + " " + Rand.pick(r, STREET_NAMES) + " " + Rand.pick(r, SUFFIXES);
    return switch (r.nextInt(5)) {
      case 0 -> s + ", Apt " + Rand.between(r, 1, 40) + Rand.pick(r, "A", "B", "C", "");
      case 1 -> s + " #" + Rand.between(r, 100, 999);
      default -> s;
    };
  }
}
