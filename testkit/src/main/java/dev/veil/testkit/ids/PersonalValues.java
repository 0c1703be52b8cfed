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

  /** An age of 89 or less, as digits: Safe Harbor lets it stay, so it is a negative for the age detector. */
  public static String ageUpTo89(RandomGenerator r) {
    return Integer.toString(Rand.between(r, 18, 89));
  }

  /** A decade of life over 89, as written in "in her 90s" / "in his late 90s". */
  public static String ageDecadeOver89(RandomGenerator r) {
    return Rand.pick(r, "90s", "90s", "90's", "100s");
  }

  private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine");

  /** An age over 89 in English words: "ninety", "ninety-four", "ninety seven". */
  public static String ageWordsOver89(RandomGenerator r) {
    int u = r.nextInt(10);
    return u == 0 ? "ninety" : "ninety" + Rand.pick(r, "-", "-", " ") + UNITS.get(u - 1);
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

  private static final List<String> US_NAMES_2 = List.of("Pennsylvania", "Elm", "Washington", "Park", "Main",
      "River Bend", "Old Mill", "Dogwood", "Pine Hollow", "Franklin", "Grand", "Magnolia");
  private static final List<String> US_SUFFIXES_2 = List.of("Street", "St", "Avenue", "Ave.", "Road", "Rd.", "Blvd",
      "Lane", "Ln", "Drive", "Place", "Pl", "Terrace", "Court", "Ct", "Parkway", "Circle", "Highway", "Trail", "Way");

  /**
   * A US street line with the parts real addresses carry: a directional before or after the name
   * ("N", "NW"), a unit ("Apt 4B", "Apt. 12", "Suite 210", "Ste 5", "Unit 3", "#502", "Fl 2").
   */
  public static String streetAddressUsUnit(RandomGenerator r) {
    String dirBefore = r.nextInt(4) == 0 ? Rand.pick(r, "N", "S", "E", "W", "North", "West") + " " : "";
    String s = Rand.between(r, 1, 29999) + " " + dirBefore + Rand.pick(r, US_NAMES_2) + " " + Rand.pick(r, US_SUFFIXES_2);
    if (dirBefore.isEmpty() && r.nextInt(4) == 0) {
      s += " " + Rand.pick(r, "NW", "NE", "SW", "SE", "N", "S");
    }
    return switch (r.nextInt(7)) {
      case 0 -> s + ", Apt " + Rand.between(r, 1, 40) + Rand.pick(r, "A", "B", "C", "");
      case 1 -> s + " Apt. " + Rand.between(r, 1, 120);
      case 2 -> s + ", Suite " + Rand.between(r, 100, 950);
      case 3 -> s + " Ste " + Rand.between(r, 1, 400);
      case 4 -> s + ", Unit " + Rand.between(r, 1, 60) + Rand.pick(r, "", "B");
      case 5 -> s + " #" + Rand.between(r, 2, 999);
      default -> s + ", Apartment " + Rand.between(r, 1, 30);
    };
  }

  /** A UK street line: "221B Baker Street", "Flat 3, 14 Kings Road", "7 Rose Mews". */
  public static String streetAddressUk(RandomGenerator r) {
    String s = Rand.between(r, 1, 240) + Rand.pick(r, "", "", "", "A", "B") + " "
        + Rand.pick(r, "Baker", "Kings", "Queen's", "Church", "Station", "Victoria", "Mill", "Albert", "High")
        + " " + Rand.pick(r, "Street", "Road", "Lane", "Close", "Crescent", "Gardens", "Grove", "Mews", "Row", "Way", "Avenue");
    return r.nextInt(3) == 0 ? "Flat " + Rand.between(r, 1, 30) + ", " + s : s;
  }

  /** A German street line: "Hauptstraße 5", "Lindenweg 12a", "Berliner Straße 101", "Am Markt 3", "Bahnhofstr. 17". */
  public static String streetAddressDe(RandomGenerator r) {
    String number = Rand.between(r, 1, 180) + Rand.pick(r, "", "", "", "a", "b");
    return switch (r.nextInt(5)) {
      case 0 -> Rand.pick(r, "Haupt", "Linden", "Goethe", "Schiller", "Bahnhof", "Kirch", "Garten", "Mozart")
          + Rand.pick(r, "straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "ring") + " " + number;
      case 1 -> Rand.pick(r, "Berliner", "Frankfurter", "Münchner", "Hamburger", "Alte", "Neue", "Lange")
          + " " + Rand.pick(r, "Straße", "Str.", "Allee", "Weg") + " " + number;
      case 2 -> Rand.pick(r, "Am Markt", "Am Hang", "An der Linde", "Im Winkel", "Zum Brunnen", "Auf dem Berg")
          + " " + number;
      case 3 -> Rand.pick(r, "Kaiser-Wilhelm", "Konrad-Adenauer", "Friedrich-Ebert", "Karl-Marx") + "-"
          + Rand.pick(r, "Straße", "Platz", "Allee", "Ring") + " " + number;
      default -> Rand.pick(r, "Kerk", "Dorps", "Molen", "Heren", "Prinsen", "Keizers", "Linden")
          + Rand.pick(r, "straat", "weg", "laan", "gracht", "plein", "kade", "singel") + " " + number;
    };
  }

  /** A French street line: "12 rue de la Paix", "5 bis avenue Foch", "27, boulevard Saint-Michel", "3 place d'Italie". */
  public static String streetAddressFr(RandomGenerator r) {
    String number = Rand.between(r, 1, 140) + Rand.pick(r, "", "", "", " bis", " ter", "bis");
    String type = Rand.pick(r, "rue", "rue", "avenue", "boulevard", "place", "chemin", "allée", "impasse", "quai", "route");
    String name = Rand.pick(r, "de la Paix", "Foch", "Saint-Michel", "d'Italie", "des Lilas", "du Moulin",
        "Victor Hugo", "de l'Église", "Jean Jaurès", "du Général Leclerc", "de Rivoli");
    return number + Rand.pick(r, " ", " ", ", ") + type + " " + name;
  }

  /** A Spanish street line: "Calle Mayor 5", "C/ Alcalá 20", "Avenida de la Constitución, 14", "Paseo del Prado 8". */
  public static String streetAddressEs(RandomGenerator r) {
    String type = Rand.pick(r, "Calle", "Calle", "C/", "Avenida", "Avda.", "Paseo", "Plaza", "Carrer");
    String name = Rand.pick(r, "Mayor", "Alcalá", "de la Constitución", "del Prado", "Gran Vía", "de Gràcia",
        "Real", "de San Juan", "Serrano");
    return type + " " + name + Rand.pick(r, " ", ", ", ", nº ", " nº ") + Rand.between(r, 1, 220);
  }

  /** An Italian street line: "Via Roma 10", "Piazza Garibaldi 3", "Corso Vittorio Emanuele II, 45", "Via dei Mille 12/A". */
  public static String streetAddressIt(RandomGenerator r) {
    String type = Rand.pick(r, "Via", "Via", "Viale", "Piazza", "Corso", "Vicolo", "Largo");
    String name = Rand.pick(r, "Roma", "Garibaldi", "dei Mille", "Vittorio Emanuele", "della Repubblica",
        "Mazzini", "San Francesco", "Cavour", "di Porta Nuova");
    return type + " " + name + Rand.pick(r, " ", ", ", " n. ") + Rand.between(r, 1, 180) + Rand.pick(r, "", "", "", "/A", "b");
  }

  /** A Dutch street line: "Kerkstraat 12", "Prinsengracht 263-1", "Dorpsstraat 4a". */
  public static String streetAddressNl(RandomGenerator r) {
    String name = Rand.pick(r, "Kerk", "Dorps", "Molen", "Heren", "Prinsen", "Keizers", "Stations", "Wilhelmina")
        + Rand.pick(r, "straat", "weg", "laan", "gracht", "plein", "kade", "singel", "dijk");
    return name + " " + Rand.between(r, 1, 400) + Rand.pick(r, "", "", "", "a", "-1", " B", "-II");
  }

  /** A post office box: "PO Box 1234", "P.O. Box 77", "Postfach 10 12 34", "BP 123", "Apartado de Correos 45", "Postbus 1234". */
  public static String poBox(RandomGenerator r) {
    return switch (r.nextInt(7)) {
      case 0 -> Rand.pick(r, "PO Box", "P.O. Box", "P. O. Box", "Post Office Box") + " " + Rand.between(r, 1, 99999);
      case 1 -> "Postfach " + (r.nextBoolean() ? Rand.between(r, 100, 999999) : Rand.digits(r, 2) + " " + Rand.digits(r, 2) + " " + Rand.digits(r, 2));
      case 2 -> Rand.pick(r, "BP", "B.P.", "Boîte postale") + " " + Rand.between(r, 1, 9999);
      case 3 -> Rand.pick(r, "Apartado de Correos", "Apartado") + " " + Rand.between(r, 1, 9999);
      case 4 -> Rand.pick(r, "Casella Postale", "Casella postale") + " " + Rand.between(r, 1, 9999);
      case 5 -> "Postbus " + Rand.between(r, 1, 99999);
      default -> Rand.pick(r, "PO Box", "POB") + " " + Rand.between(r, 1, 9999);
    };
  }

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
