package dev.veil.detectors.ner.internal;

import java.util.Locale;
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

  private static String lower(String token) {
    return token.toLowerCase(Locale.ROOT);
  }

  static Set<String> titles() {
    return TITLES;
  }

  static Set<String> patientWords() {
    return PATIENT_WORDS;
  }

  static Set<String> greetings() {
    return Set.of("dear", "hi", "hello", "hey");
  }

  static Set<String> signOffs() {
    return SIGN_OFFS;
  }

  static Set<String> particles() {
    return PARTICLES;
  }

  public static boolean isTitle(String token) {
    return TITLES.contains(lower(token));
  }

  public static boolean isPatientWord(String token) {
    return PATIENT_WORDS.contains(lower(token));
  }

  public static boolean isParticle(String token) {
    return PARTICLES.contains(token); // particles are lower case inside a name
  }

  public static boolean isSalutation(String token) {
    return SALUTATIONS.contains(lower(token));
  }

  /** "Dear", "Hi", "Hello", "Hey": words that may be followed by a name without a colon. */
  public static boolean isGreeting(String token) {
    String l = lower(token);
    return l.equals("dear") || l.equals("hi") || l.equals("hello") || l.equals("hey");
  }

  public static boolean isSignOff(String token) {
    return SIGN_OFFS.contains(lower(token));
  }

  public static boolean isEponymHead(String token) {
    return EPONYM_HEADS.contains(lower(token));
  }

  public static boolean isNotName(String token) {
    return NOT_NAME.contains(lower(token));
  }
}
