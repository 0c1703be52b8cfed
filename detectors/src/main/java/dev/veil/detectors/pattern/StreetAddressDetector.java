package dev.veil.detectors.pattern;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;

/**
 * Street addresses (Safe Harbor identifier B): a house number and a street name with a street-type
 * word, as written in the US/UK ("221B Baker Street", "1600 Pennsylvania Ave NW, Apt 4"), Germany
 * and the Netherlands ("Hauptstraße 5a", "Kerkstraat 12"), France ("12, rue de la Paix"), Spain
 * ("Calle Mayor 5", "C/ Alcalá 20"), Italy ("Via Roma 10", "Piazza Garibaldi 3"); and PO boxes.
 */
public final class StreetAddressDetector extends PatternDetector {
  private static final String NAME = "[A-Z\\p{Lu}][\\p{L}'.-]*";
  private static final String EN_TYPE = "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct"
      + "|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl|Close|Crescent|Row"
      + "|Gardens|Grove|Hill|Mews)";

  public StreetAddressDetector() {
    super("street-address", EntityType.STREET_ADDRESS, ""
        // 1: US/UK: 123 Main Street [NW] [, Apt 4]
        + "\\b(\\d{1,6}[A-Za-z]?\\s+(?:" + NAME + "\\s+){0,3}" + EN_TYPE + "\\b\\.?"
        + "(?:\\s+(?:N|S|E|W|NE|NW|SE|SW)\\b)?(?:,?\\s+(?:Apt|Apartment|Suite|Ste|Unit|Flat|#)\\.?\\s*#?[A-Za-z0-9-]+)?)"
        // 2: DE/NL/CH compound street names with the number after
        + "|\\b(" + NAME + "(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|straat|laan"
        + "|gracht|plein|kade|singel|dijk|steeg)\\s+\\d{1,4}\\s?[a-zA-Z]?)\\b"
        + "|\\b((?:Am|An der|Auf dem|Im|In der|Zum|Zur)\\s+" + NAME + "\\s+\\d{1,4}[a-z]?)\\b"
        // 4: FR: 12, rue de la Paix / 5 bis avenue Foch
        + "|\\b(\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai"
        + "|route|cours)\\s+(?:(?:de la|de l'|des|du|de|d')\\s*)?" + NAME + "(?:\\s+" + NAME + "){0,3})"
        // 5: ES/IT: Calle Mayor 5 / Via Roma 10
        + "|\\b((?:Calle|C/|Avenida|Avda\\.|Paseo|Plaza|Carrer|Via|Viale|Piazza|Corso|Vicolo|Largo|Rua)\\s+"
        + "(?:(?:de la|del|de|della|dei|di|degli)\\s+)?" + NAME + "(?:\\s+" + NAME + "){0,3},?\\s+(?:n\\.?\\s?|nº\\s?)?\\d{1,4}[a-zA-Z]?)\\b"
        // 6: PO box
        + "|\\b((?i:p\\.?\\s?o\\.?\\s?box|postfach|boîte postale|bp|apartado(?: de correos)?|casella postale|postbus)\\s+\\d{1,6})\\b");
  }

  private static final String[] KEYWORDS = {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd",
      "lane", "ln", "drive", "dr", "court", "ct", "way", "place", "pl", "terrace", "ter", "parkway", "pkwy",
      "circle", "cir", "highway", "hwy", "square", "sq", "trail", "trl", "close", "crescent", "row", "gardens",
      "grove", "mews", "straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "damm", "ufer",
      "chaussee", "straat", "laan", "gracht", "plein", "kade", "singel", "dijk", "steeg", "rue", "av.", "chemin", "allée", "impasse", "quai",
      "calle", "c/", "avenida", "avda", "paseo", "plaza", "carrer", "via", "viale", "piazza", "corso", "vicolo",
      "largo", "rua", "box", "postfach", "boîte", "apartado", "casella", "postbus"};
  private static final dev.veil.detectors.internal.Keywords KEYWORD_SET =
      dev.veil.detectors.internal.Keywords.of(KEYWORDS);

  @Override
  protected int[] windows(String text) {
    return dev.veil.detectors.internal.Windows.aroundKeywords(text, 48, 40, KEYWORD_SET);
  }

  @Override
  protected int minDigits() {
    return 1;
  }

  @Override
  protected Finding score(String text, Match m) {
    int end = m.end();
    // A trailing point ("Oak Rd.", "Harbor Avenue.") is left out: it may end the sentence, and the
    // address is fully covered without it.
    if (end > m.start() && text.charAt(end - 1) == '.') {
      end--;
    }
    return finding(m.start(), end, 0.8);
  }
}
