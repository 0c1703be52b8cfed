package dev.veil.detectors.health;

import dev.veil.detectors.internal.AhoCorasick;
import java.util.Set;

/**
 * Decides whom a term is said about from the words around it in the same sentence.
 *
 * <p>Rules, in order: walking back from the term (at most {@value #MAX_BACK} chars, never past the
 * sentence start), the nearest person word decides — a word for people in general ("people",
 * "someone") means {@link Subject#NONE}; a relation ("wife", "son", "colleague") or a third-person
 * word ("he", "patient", "Mr", a capitalized name with {@code 's} or before "has"/"is") means {@link
 * Subject#OTHER}; a first-person word ("I", "my", "ich", "je", "yo", "io", "ik") means {@link
 * Subject#SELF}. Then the same words in the next {@value #MAX_AHEAD} chars ("is metformin safe for
 * me?"). Then clinical cues earlier in the line ("PMH:", "pt", "presents with", "s/p") mean a
 * patient: {@link Subject#OTHER}. Otherwise a text the categorizer calls clinical is about its
 * patient, and anything else is {@link Subject#NONE}.
 *
 * <p>Stateless and thread-safe; cost is proportional to the window, not the text.
 */
public final class SubjectResolver {
  static final int MAX_BACK = 120;
  static final int MAX_AHEAD = 40;

  private static final Set<String> SELF = Set.of(
      "i", "i'm", "im", "i've", "i'd", "ive", "me", "my", "mine", "myself",
      "ich", "mein", "meine", "meiner", "meinen", "mir", "mich",
      "je", "j'ai", "j", "moi", "mon", "ma", "mes",
      "yo", "mi", "mis", "tengo", "soy", "estoy",
      "io", "mio", "mia", "miei", "ho", "sono",
      "ik", "mijn", "mij", "heb");
  private static final Set<String> OTHER = Set.of(
      "he", "she", "his", "her", "hers", "him", "himself", "herself", "he's", "she's",
      "patient", "patient's", "pt", "pt's", "client", "resident", "member", "employee",
      "mr", "mrs", "ms", "miss", "mx", "sir", "madam", "herr", "frau", "mme", "sr", "sra",
      "signor", "signora", "dhr", "mevr",
      "er", "ihr", "ihre", "ihm", "elle", "lui", "él", "ella", "su", "sus", "lei", "suo", "sua",
      "hij", "zij", "zijn", "haar",
      "patientin", "patienten", "paciente", "paziente", "patiënt", "patiente");
  private static final Set<String> RELATION = Set.of(
      "wife", "husband", "partner", "spouse", "son", "daughter", "mother", "father", "mom", "mum",
      "dad", "brother", "sister", "child", "kid", "baby", "boyfriend", "girlfriend", "fiance",
      "fiancee", "grandmother", "grandfather", "grandma", "grandpa", "aunt", "uncle", "cousin",
      "nephew", "niece", "friend", "colleague", "coworker", "boss", "neighbor", "neighbour",
      "roommate", "stepson", "stepdaughter", "parents", "mother-in-law", "father-in-law",
      "frau", "mann", "sohn", "tochter", "mutter", "vater", "bruder", "schwester", "kollege",
      "kollegin", "femme", "mari", "fils", "fille", "mere", "pere", "frere", "soeur", "collegue",
      "esposa", "esposo", "marido", "hijo", "hija", "madre", "padre", "hermano", "hermana",
      "moglie", "marito", "figlio", "figlia", "fratello", "sorella", "collega",
      "vrouw", "man", "zoon", "dochter", "moeder", "vader", "broer", "zus");
  private static final Set<String> GENERIC = Set.of(
      "people", "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "patients",
      "persons", "individuals", "adults", "humans", "population", "men", "women", "children",
      "kids", "one", "users", "customers", "employees", "leute", "menschen", "gens", "personnes",
      "personas", "gente", "persone", "mensen");
  private static final Set<String> LIKELY_NAME_VERBS = Set.of(
      "has", "had", "is", "was", "takes", "took", "suffers", "suffered", "started", "got",
      "gets", "needs", "uses", "developed", "hat", "ist", "nimmt", "a", "est", "prend", "tiene",
      "toma", "ha", "prende", "heeft", "neemt");
  private static final Set<String> CLINICAL_CUES = Set.of(
      "pt", "y/o", "yo", "presents", "presented", "presenting", "complains", "c/o", "denies",
      "admitted", "hx", "pmh", "pmhx", "dx", "s/p", "hpi", "a/p");
  /** Note headers: cues only when followed by a colon ("Assessment:", not "the plan"). */
  private static final Set<String> HEADER_CUES = Set.of(
      "assessment", "plan", "meds", "medications", "diagnosis", "diagnoses", "impression",
      "history", "allergies", "diagnose", "anamnese", "befund", "antecedents", "diagnostic",
      "antecedentes", "diagnosi", "anamnesi", "voorgeschiedenis");
  private static final Set<String> NOT_NAMES = Set.of(
      "the", "this", "that", "what", "how", "why", "when", "which", "who", "is", "does", "do",
      "can", "could", "should", "would", "will", "explain", "tell", "describe", "write",
      "summarize", "list", "compare", "please", "if", "in", "on", "for", "and", "or", "but",
      "a", "an", "it", "its", "there", "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "dr", "doctor", "nurse");

  /** Every person word, for ruling tokens out without copying them (see {@link FoldedHashes}). */
  private static final FoldedHashes PERSON_WORDS = FoldedHashes.of(SELF, OTHER, RELATION, GENERIC);
  private static final FoldedHashes NAME_VERBS = FoldedHashes.of(LIKELY_NAME_VERBS);
  private static final FoldedHashes CUES = FoldedHashes.of(CLINICAL_CUES, HEADER_CUES);

  private SubjectResolver() {}

  /** Every word {@link #personClass} classifies (folded). */
  static java.util.List<String> personWords() {
    java.util.List<String> all = new java.util.ArrayList<>(SELF);
    all.addAll(OTHER);
    all.addAll(RELATION);
    all.addAll(GENERIC);
    return all;
  }

  /** The person class of one folded word: {@code self}, {@code other}, {@code none} or null. */
  static String personClass(String folded) {
    if (SELF.contains(folded)) {
      return "self";
    }
    if (OTHER.contains(folded) || RELATION.contains(folded)) {
      return "other";
    }
    return GENERIC.contains(folded) ? "none" : null;
  }

  /**
   * Whom the term at {@code [start, end)} in {@code text} is about.
   *
   * @param clinicalDocument whether the whole text was categorized as clinical
   */
  public static Subject resolve(String text, int start, int end, boolean clinicalDocument) {
    int sentenceStart = sentenceStart(text, start);
    Subject s = walkBack(text, sentenceStart, start);
    if (s != null) {
      return s;
    }
    s = walkAhead(text, end, sentenceEnd(text, end));
    if (s != null) {
      return s;
    }
    // a clinical document's terms default to its patient, so a cue could only say the same
    if (clinicalDocument || hasClinicalCue(text, lineStart(text, start), start)) {
      return Subject.OTHER;
    }
    return Subject.NONE;
  }

  private static Subject walkBack(String text, int from, int to) {
    int i = to;
    boolean laterIsVerb = false; // whether the token after the current one is a LIKELY_NAME_VERB
    while (i > from) {
      int e = i;
      while (e > from && !isTokenChar(text.charAt(e - 1))) {
        e--;
      }
      int b = e;
      while (b > from && isTokenChar(text.charAt(b - 1))) {
        b--;
      }
      if (b == e) {
        break;
      }
      int h = FoldedHashes.hash(text, b, e);
      boolean possessive = e - b >= 2 && isApostrophe(text.charAt(e - 2)) && AhoCorasick.fold(text.charAt(e - 1)) == 's';
      // most tokens are neither person words nor capitalized: rule them out without copying them
      boolean maybePerson = PERSON_WORDS.mayContain(h)
          || possessive && PERSON_WORDS.mayContain(FoldedHashes.hash(text, b, e - 2));
      boolean maybeName = e - b >= 2 && Character.isUpperCase(text.charAt(b));
      boolean maybeVerb = NAME_VERBS.mayContain(h);
      // a token is copied only when it may decide: classify can name only a person word, and
      // looksLikeName holds only for a capitalized word inside the sentence that is possessive or
      // followed by a name verb
      boolean mayBeName = maybeName && b > from && (possessive || laterIsVerb);
      if (maybePerson || mayBeName || maybeVerb) {
        String raw = text.substring(b, e);
        String tok = AhoCorasick.fold(raw);
        if (maybePerson) {
          Subject s = classify(tok);
          if (s == Subject.SELF && tok.equals("me")
              && precededByRequestVerb(text, from, b)) {
            s = null; // "give me", "tell me": the writer addressing the assistant, not about them
          }
          if (s != null) {
            return s;
          }
        }
        if (mayBeName && looksLikeName(raw, tok, laterIsVerb, true)) {
          return Subject.OTHER;
        }
        laterIsVerb = maybeVerb && LIKELY_NAME_VERBS.contains(tok);
      } else {
        laterIsVerb = false;
      }
      i = b;
    }
    return null;
  }

  private static boolean isApostrophe(char c) {
    return AhoCorasick.fold(c) == '\'';
  }

  private static Subject walkAhead(String text, int from, int to) {
    int i = from;
    while (i < to) {
      while (i < to && !isTokenChar(text.charAt(i))) {
        i++;
      }
      int b = i;
      while (i < to && isTokenChar(text.charAt(i))) {
        i++;
      }
      if (b == i) {
        break;
      }
      if (!PERSON_WORDS.mayContain(FoldedHashes.hash(text, b, i))) {
        continue;
      }
      String tok = AhoCorasick.fold(text.substring(b, i));
      // only pronouns ahead: "is it safe for me", "runs in my family"; not names
      if (SELF.contains(tok) && !tok.equals("ma")) {
        return Subject.SELF;
      }
      if (RELATION.contains(tok) || (OTHER.contains(tok) && (tok.length() > 2 || tok.equals("mr") || tok.equals("ms")))) {
        return Subject.OTHER;
      }
      if (GENERIC.contains(tok)) {
        return Subject.NONE;
      }
    }
    return null;
  }

  private static final Set<String> REQUEST_VERBS = Set.of(
      "give", "tell", "show", "help", "let", "send", "teach", "remind", "explain", "write",
      "make", "get", "find", "bring", "draft", "list", "provide", "walk", "gimme", "sag", "gib",
      "zeig", "erkläre", "dis", "donne", "montre", "explique", "dime", "dame", "explícame",
      "dimmi", "dammi", "spiegami", "geef", "vertel", "leg");

  private static boolean precededByRequestVerb(String text, int from, int tokenStart) {
    int e = tokenStart;
    while (e > from && !isTokenChar(text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > from && isTokenChar(text.charAt(b - 1))) {
      b--;
    }
    return b < e && REQUEST_VERBS.contains(AhoCorasick.fold(text.substring(b, e)));
  }

  private static Subject classify(String tok) {
    String bare = tok.endsWith("'s") ? tok.substring(0, tok.length() - 2) : tok;
    if (GENERIC.contains(bare)) {
      return Subject.NONE;
    }
    if (RELATION.contains(bare) || OTHER.contains(tok) || OTHER.contains(bare)) {
      return Subject.OTHER;
    }
    if (SELF.contains(tok)) {
      return Subject.SELF;
    }
    return null;
  }

  /** A capitalized word inside a sentence, with {@code 's} or before "has"/"is": a name. */
  private static boolean looksLikeName(String raw, String tok, boolean laterIsVerb, boolean notFirst) {
    if (raw.length() < 2 || !Character.isUpperCase(raw.charAt(0)) || !notFirst) {
      return false;
    }
    String bare = tok.endsWith("'s") ? tok.substring(0, tok.length() - 2) : tok;
    if (NOT_NAMES.contains(bare) || isAllUpper(raw)) {
      return false;
    }
    return tok.endsWith("'s") || laterIsVerb;
  }

  private static boolean isAllUpper(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasClinicalCue(String text, int from, int to) {
    int i = from;
    while (i < to) {
      while (i < to && !isTokenChar(text.charAt(i))) {
        i++;
      }
      int b = i;
      while (i < to && (isTokenChar(text.charAt(i)) || text.charAt(i) == '/')) {
        i++;
      }
      if (b < i && CUES.mayContain(FoldedHashes.hash(text, b, i))) {
        String tok = AhoCorasick.fold(text.substring(b, i));
        if (CLINICAL_CUES.contains(tok)
            || HEADER_CUES.contains(tok) && i < text.length() && text.charAt(i) == ':') {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isTokenChar(char c) {
    return Chars.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-';
  }

  static int sentenceStart(String text, int at) {
    int min = Math.max(0, at - MAX_BACK);
    for (int i = at - 1; i >= min; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '!' || c == '?' || c == ';') {
        return i + 1;
      }
      if (c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
          && !isAbbreviationDot(text, i)) {
        return i + 1;
      }
    }
    return min;
  }

  private static int sentenceEnd(String text, int at) {
    int max = Math.min(text.length(), at + MAX_AHEAD);
    for (int i = at; i < max; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '!' || c == '?' || c == ';' || c == '.') {
        return i;
      }
    }
    return max;
  }

  private static int lineStart(String text, int at) {
    int min = Math.max(0, at - 2 * MAX_BACK);
    // bounded: String.lastIndexOf would scan back to the text's start on a long line
    for (int i = at - 1; i >= min; i--) {
      if (text.charAt(i) == '\n') {
        return i + 1;
      }
    }
    return min;
  }

  /** "Mr. Smith", "b.i.d. for", "e.g. this": a dot after a title, a letter or a dotted word. */
  private static boolean isAbbreviationDot(String text, int dot) {
    int b = dot;
    while (b > 0 && Chars.isLetter(text.charAt(b - 1))) {
      b--;
    }
    int len = dot - b;
    if (len <= 1) {
      return true;
    }
    String w = AhoCorasick.fold(text.substring(b, dot));
    return w.equals("mr") || w.equals("mrs") || w.equals("ms") || w.equals("dr") || w.equals("pt")
        || w.equals("st") || w.equals("vs") || w.equals("approx");
  }
}
