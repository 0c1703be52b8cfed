package dev.veil.detectors.health;

import java.util.Arrays;
import java.util.Set;

/**
 * Recognizes generic drug names by the stems that international nonproprietary names (INN) share:
 * {@code -mab} (monoclonal antibodies), {@code -pril} (ACE inhibitors), {@code -olol} (beta
 * blockers), {@code -statin}, {@code -cillin}, {@code -sartan}, {@code -azole}, {@code -tinib},
 * {@code -vir} and others. A word qualifies when it is long enough that the stem is a suffix of a
 * real name rather than an ordinary word ("April" is too short for {@code -pril}), and it is not an
 * ordinary word that happens to end the same way.
 *
 * <p>Stateless and thread-safe.
 */
public final class DrugMorphology {

  /** Suffix, then the minimum word length for it. */
  private static final String[][] STEMS = {
      {"ximab", "8"}, {"zumab", "8"}, {"umab", "7"}, {"mab", "7"},
      {"pril", "7"}, {"olol", "6"}, {"alol", "6"}, {"statin", "8"}, {"vastatin", "9"},
      {"cillin", "7"}, {"sartan", "8"}, {"prazole", "9"}, {"conazole", "9"}, {"azole", "8"},
      {"tinib", "7"}, {"ciclib", "8"}, {"rafenib", "8"}, {"parib", "7"}, {"zomib", "8"},
      {"navir", "8"}, {"tegravir", "10"}, {"buvir", "8"}, {"asvir", "8"}, {"ovir", "7"},
      {"amivir", "9"}, {"dipine", "8"}, {"gliptin", "9"}, {"gliflozin", "11"}, {"glutide", "9"},
      {"glitazone", "11"}, {"parin", "7"}, {"floxacin", "10"}, {"oxacin", "9"}, {"mycin", "8"},
      {"cycline", "9"}, {"profen", "8"}, {"triptan", "9"}, {"setron", "9"}, {"afil", "8"},
      {"lukast", "9"}, {"tidine", "9"}, {"caine", "8"}, {"azepam", "8"}, {"zolam", "8"},
      {"oxetine", "9"}, {"triptyline", "12"}, {"peridone", "10"}, {"apine", "9"},
      {"olone", "9"}, {"sonide", "9"}, {"semide", "9"}, {"thiazide", "11"}, {"dronate", "9"},
      {"platin", "9"}, {"rubicin", "10"}, {"taxel", "9"}, {"formin", "8"}, {"terol", "9"},
      {"tropium", "10"}, {"gatran", "9"}, {"xaban", "8"}, {"grel", "9"}, {"grelor", "9"}, {"lutamide", "10"},
      {"trozole", "9"}, {"relin", "9"}, {"pressin", "9"}, {"stigmine", "10"},
  };

  /** Ordinary words that end like a stem. */
  private static final Set<String> NOT_DRUGS = Set.of(
      "cholesterol", "sterol", "sterols", "lanolin", "gremlin", "marlin", "dublin", "berlin",
      "chaplin", "franklin", "kremlin", "javelin", "mandolin", "violin", "porcelain",
      "caffeine", "cocaine", "novocaine", "procaine", "arcane", "hurricane", "domain",
      "stavir", "nadir", "emir", "elixir", "souvenir", "fakir", "clavier",
      "carpaccio", "antiaging", "ferrari", "shapine", "alpine", "porcupine", "columbine",
      "concubine", "valentine", "libertine", "serpentine", "turpentine", "eglantine",
      "quarantine", "philistine", "florentine", "byzantine", "clementine", "discipline",
      "guillotine", "saltine", "undermine", "determine", "examine", "feminine", "genuine",
      "masculine", "medicine", "routine", "sunshine", "machine", "engine", "magazine",
      "trampoline", "gasoline", "vaseline", "guideline", "deadline", "headline", "baseline",
      "pipeline", "timeline", "hairline", "airline", "streamline", "submarine",
      "gabardine", "sardine", "tambourine", "figurine", "aquamarine", "ultramarine",
      "tangerine", "margarine", "nectarine", "endocrine", "doctrine", "strychnine",
      "sovereign", "flagrel", "scoundrel", "mongrel", "doggerel", "mackerel", "pickerel",
      "cockerel", "minstrel", "wastrel", "kestrel", "squirrel", "apparel", "barrel", "quarrel",
      "ropine", "supine", "equine", "bovine", "canine", "feline", "ovine", "porcine", "lupine",
      "ursine", "vulpine", "saturnine", "leonine", "asinine", "cervine", "piscine", "murine",
      "alkaline", "crystalline", "marine", "divine", "ravine", "cuisine", "praline");

  private static final String[] SUFFIXES = new String[STEMS.length];
  private static final int[] MIN_LENGTHS = new int[STEMS.length];
  /** The last three letters of every stem, packed three chars to a long, sorted. */
  private static final long[] ENDINGS;
  /** A filter over ENDINGS by the low five bits of each char: most endings are ruled out by one bit. */
  private static final long[] ENDING_BITS = new long[1 << 15 >>> 6];

  static {
    long[] endings = new long[STEMS.length];
    for (int i = 0; i < STEMS.length; i++) {
      SUFFIXES[i] = STEMS[i][0];
      MIN_LENGTHS[i] = Integer.parseInt(STEMS[i][1]);
      String s = SUFFIXES[i];
      endings[i] = pack(s.charAt(s.length() - 3), s.charAt(s.length() - 2), s.charAt(s.length() - 1));
    }
    ENDINGS = Arrays.stream(endings).distinct().sorted().toArray();
    for (String s : SUFFIXES) {
      int bit = bit(s.charAt(s.length() - 3), s.charAt(s.length() - 2), s.charAt(s.length() - 1));
      ENDING_BITS[bit >>> 6] |= 1L << bit;
    }
  }

  private static int bit(char a, char b, char c) {
    return (a & 31) << 10 | (b & 31) << 5 | (c & 31);
  }

  private DrugMorphology() {}

  /** The stems (lower case): every word {@link #looksLikeDrug} accepts ends with one of them. */
  static java.util.List<String> suffixes() {
    return java.util.List.of(SUFFIXES);
  }

  /** True if {@code lowerWord} (folded to lower case, letters only) looks like a drug name. */
  public static boolean looksLikeDrug(String lowerWord) {
    int n = lowerWord.length();
    if (n < 6 || !mayEndWithStem(lowerWord.charAt(n - 3), lowerWord.charAt(n - 2), lowerWord.charAt(n - 1))
        || NOT_DRUGS.contains(lowerWord)) {
      return false;
    }
    for (int i = 0; i < SUFFIXES.length; i++) {
      if (n >= MIN_LENGTHS[i] && lowerWord.endsWith(SUFFIXES[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * False if no stem ends with the three (folded) letters {@code a b c}: a word ending so is no
   * drug name, which callers can tell without copying the word.
   */
  static boolean mayEndWithStem(char a, char b, char c) {
    int bit = bit(a, b, c);
    return (ENDING_BITS[bit >>> 6] & (1L << bit)) != 0 && Arrays.binarySearch(ENDINGS, pack(a, b, c)) >= 0;
  }

  private static long pack(char a, char b, char c) {
    return ((long) a << 32) | ((long) b << 16) | c;
  }
}
