package dev.veil.detectors.ner.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Small closed word lists the name rules rely on: titles, name particles, words that introduce or
 * close a name (salutations, sign-offs) and words after which a surname is an eponym, not a person.
 */
public final class Lexicon {
  private Lexicon() {}

  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words)); // tolerates repeats, unlike Set.of
  }

  private static final Set<String> TITLES = set(
      "dr", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "nurse", "sr",
      "sister", "rev", "reverend", "fr", "father", "sir", "dame", "lady", "lord", "madam",
      "madame", "mme", "mlle", "herr", "frau", "señor", "señora", "sra", "sgt", "capt", "col",
      "lt", "judge", "attorney", "officer", "pastor", "rabbi", "imam", "np", "pa");

  private static final Set<String> PATIENT_WORDS = set(
      "patient", "pt", "client", "member", "resident", "claimant", "policyholder",
      "cardholder", "insured", "employee", "customer", "caller", "tenant", "applicant");

  private static final Set<String> PARTICLES = set(
      "van", "von", "de", "der", "den", "del", "della", "di", "da", "dos", "das", "du", "le",
      "la", "ter", "ten", "bin", "ibn", "al", "el", "st", "mac", "ben", "y");

  private static final Set<String> SALUTATIONS = set("dear", "hi", "hello", "hey", "attn",
      "attention", "cc", "to", "from", "signed");

  private static final Set<String> SIGN_OFFS = set("regards", "sincerely", "thanks",
      "thank", "best", "cheers", "yours", "warmly", "respectfully", "cordially", "faithfully",
      "wishes", "love", "signed");

  private static final Set<String> EPONYM_HEADS = set(
      "disease", "syndrome", "palsy", "sarcoma", "lymphoma", "phenomenon", "thyroiditis",
      "tumor", "tumour", "sign", "signs", "maneuver", "manoeuvre", "test", "scale", "score",
      "catheter", "smear", "reflex", "law", "criteria", "classification", "fracture", "ulcer",
      "procedure", "operation", "anomaly", "node", "nodes", "cell", "cells", "body", "bodies",
      "duct", "tube", "triad", "equation", "formula", "method", "technique", "index",
      "dementia", "chorea", "ataxia", "dystrophy", "encephalopathy", "arthritis", "anemia",
      "anaemia", "paralysis", "contracture", "neuroma", "granulomatosis", "inhibitor",
      "agonist", "extract", "tablets", "capsules", "cream", "award", "prize", "effect");

  /** Capitalized words that are almost never part of a name in the texts Veil inspects. */
  private static final Set<String> NOT_NAME = set(
      "the", "a", "an", "and", "or", "of", "in", "on", "at", "for", "to", "with", "by", "from",
      "i", "we", "you", "he", "she", "they", "it", "this", "that", "these", "my", "our", "your",
      "his", "her", "their", "is", "are", "was", "were", "be", "has", "have", "had", "will",
      "would", "can", "could", "should", "may", "might", "please", "thanks", "thank", "regards",
      "re", "fw", "fwd", "subject", "date", "name", "dob", "mrn", "no", "yes", "not", "ok",
      "team", "department", "dept", "clinic", "hospital", "office", "center", "centre", "unit",
      "ward", "service", "services", "support", "billing", "customer", "patient", "pt",
      "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "today", "tomorrow", "yesterday", "all", "everyone",
      "there", "sir", "madam", "doctor", "nurse", "admin", "administrator", "manager",
      "assessment", "plan", "history", "impression", "diagnosis", "medications", "allergies",
      "note", "notes", "summary", "report", "results", "account", "policy", "claim", "card",
      "bank", "insurance", "hr", "it", "ai", "llm", "api", "sql", "json", "pdf", "usa", "uk",
      "md", "rn", "phd", "dds", "do", "np", "pa", "mba", "esq", "jr", "sr", "ii", "iii");

  /** "Dear", "Hi", "Hello", "Hey": words that may be followed by a name without a colon. */
  private static final Set<String> GREETINGS = set("dear", "hi", "hello", "hey");

  // bits of the lists, in the order classes() reads them
  private static final int TITLE = 1;
  private static final int PATIENT = 2;
  private static final int SALUTATION = 4;
  private static final int SIGN_OFF = 8;
  private static final int EPONYM_HEAD = 16;
  private static final int NOT_A_NAME = 32;
  private static final int GREETING = 64;

  /**
   * Every word of the case-insensitive lists with the bits of the lists that hold it: one look-up
   * per question and no lower-case copy of an ASCII token (the rules ask about every token).
   */
  private static final LowerTable CLASSES = classes();

  private static LowerTable classes() {
    Map<String, Integer> bits = new HashMap<>();
    List<Set<String>> lists = List.of(TITLES, PATIENT_WORDS, SALUTATIONS, SIGN_OFFS,
        EPONYM_HEADS, NOT_NAME, greetings());
    for (int k = 0; k < lists.size(); k++) {
      for (String w : lists.get(k)) {
        bits.merge(w, 1 << k, (a, b) -> a | b);
      }
    }
    return new LowerTable(bits);
  }

  /** The list bits of {@code token.toLowerCase(Locale.ROOT)}. */
  private static int classesOf(String token) {
    int n = token.length();
    int bits = LowerTable.isAscii(token, 0, n) ? CLASSES.getFolded(token, 0, n)
        : CLASSES.get(token.toLowerCase(Locale.ROOT));
    return bits < 0 ? 0 : bits;
  }

  static Set<String> titles() {
    return TITLES;
  }

  static Set<String> patientWords() {
    return PATIENT_WORDS;
  }

  static Set<String> greetings() {
    return GREETINGS;
  }

  static Set<String> signOffs() {
    return SIGN_OFFS;
  }

  static Set<String> particles() {
    return PARTICLES;
  }

  public static boolean isTitle(String token) {
    return (classesOf(token) & TITLE) != 0;
  }

  public static boolean isPatientWord(String token) {
    return (classesOf(token) & PATIENT) != 0;
  }

  public static boolean isParticle(String token) {
    return PARTICLES.contains(token); // particles are lower case inside a name
  }

  public static boolean isSalutation(String token) {
    return (classesOf(token) & SALUTATION) != 0;
  }

  /** "Dear", "Hi", "Hello", "Hey": words that may be followed by a name without a colon. */
  public static boolean isGreeting(String token) {
    return (classesOf(token) & GREETING) != 0;
  }

  public static boolean isSignOff(String token) {
    return (classesOf(token) & SIGN_OFF) != 0;
  }

  public static boolean isEponymHead(String token) {
    return (classesOf(token) & EPONYM_HEAD) != 0;
  }

  public static boolean isNotName(String token) {
    return (classesOf(token) & NOT_A_NAME) != 0;
  }
}
