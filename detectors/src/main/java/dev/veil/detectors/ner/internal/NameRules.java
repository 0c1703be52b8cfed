package dev.veil.detectors.ner.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Person names that the context gives away, whatever the model thinks: a title ("Dr. Okafor"),
 * a patient word ("pt Maria Lopez", "Patient name: ..."), a salutation ("Dear Ms de Vries"), an
 * e-mail header ("From: ...") or a signature line under a sign-off ("Kind regards,\nAnna Berg").
 * Spans are token index pairs {@code [from, to)}. Stateless and thread-safe.
 */
public final class NameRules {
  private static final int MAX_NAME_TOKENS = 4;

  private NameRules() {}

  /** Token spans {@code [from, to)} of person names found by the rules, in text order. */
  public static List<int[]> find(Tokens t) {
    List<int[]> out = new ArrayList<>();
    int n = t.size();
    for (int i = 0; i < n; i++) {
      String tok = t.token(i);
      int nameStart = -1;
      if (Lexicon.isTitle(tok) && (Character.isUpperCase(tok.charAt(0)) || tok.equals("dr"))) {
        nameStart = skip(t, i + 1, ".");
      } else if (Lexicon.isPatientWord(tok)) {
        int j = i + 1;
        if (j < n && t.token(j).equalsIgnoreCase("name")) {
          j++;
        }
        nameStart = skipAny(t, j, ":", "-", ",");
      } else if (Lexicon.isSalutation(tok) && Character.isUpperCase(tok.charAt(0))
          && (Lexicon.isGreeting(tok) || (i + 1 < n && t.token(i + 1).equals(":")))) {
        // "Dear X", "Hi X," or a header "From: X"; a bare "To"/"From" is too common a word
        int j = skipAny(t, i + 1, ":");
        if (j < n && Lexicon.isTitle(t.token(j))) {
          j = skip(t, j + 1, ".");
        }
        int end = readName(t, j);
        boolean greeting = tok.equalsIgnoreCase("hi") || tok.equalsIgnoreCase("hello")
            || tok.equalsIgnoreCase("hey");
        if (end > j && (!greeting || end == n || t.lineBreakBefore(end)
            || isOneOf(t.token(end), ",", "!", "-"))) {
          out.add(new int[] {j, end});
          i = end - 1;
        }
        continue;
      } else if (Lexicon.isSignOff(tok) && isSignOffLine(t, i)) {
        int j = nextLineStart(t, i);
        if (j >= 0) {
          int end = readName(t, j);
          if (end > j && (end == n || t.lineBreakBefore(end) || isOneOf(t.token(end), ","))) {
            out.add(new int[] {j, end});
            i = end - 1;
          }
        }
        continue;
      }
      if (nameStart > 0) {
        int end = readName(t, nameStart);
        if (end > nameStart) {
          out.add(new int[] {nameStart, end});
          i = end - 1;
        }
      }
    }
    return out;
  }

  /** Labels of a list of people: "Attendees: A, B and C", "GUEST LIST: ...", "cc: ...". */
  private static final java.util.Set<String> LIST_LABELS = java.util.Set.of("attendees",
      "attendee", "present", "absent", "guests", "participants", "invitees", "invited", "cc",
      "bcc", "speakers", "panelists", "signatories", "witnesses", "excused", "mourners",
      "chaperones", "pallbearers", "godparents", "bridesmaids", "groomsmen", "roommates");

  /**
   * The people of a list after a people label and a colon ("Attendees: Ana Ruiz, Berg and
   * Okafor", "GUEST LIST: X, Y"): names separated by commas, semicolons, "and" or "&", up to the
   * end of the line or sentence. Spans {@code [from, to)} in text order; the caller drops items
   * that are plain words.
   */
  public static List<int[]> listed(Tokens t) {
    List<int[]> out = new ArrayList<>(0);
    int n = t.size();
    for (int i = 0; i + 2 < n; i++) {
      if (!t.token(i + 1).equals(":")) {
        continue;
      }
      String label = t.token(i).toLowerCase(java.util.Locale.ROOT);
      boolean guestList = label.equals("list") && i > 0
          && t.token(i - 1).equalsIgnoreCase("guest");
      if (!(LIST_LABELS.contains(label) || guestList)) {
        continue;
      }
      int j = i + 2;
      while (j < n && (j == i + 2 || !t.lineBreakBefore(j))) {
        if (j > i + 2 && t.lineBreakBefore(j)) {
          break;
        }
        if (j < n && Lexicon.isTitle(t.token(j))) {
          j = skip(t, j + 1, ".");
        }
        int end = readName(t, j);
        if (end == j) {
          break;
        }
        out.add(new int[] {j, end});
        j = end;
        if (j < n && !t.lineBreakBefore(j) && isOneOf(t.token(j), ",", ";", "&", "and")) {
          j++;
          if (j < n && !t.lineBreakBefore(j) && t.token(j).equals("and")) {
            j++; // "A, B, and C"
          }
        } else {
          break;
        }
      }
    }
    return out;
  }

  /** Person nouns before an apposition: "my neighbour, Ana Ruiz, said ...". */
  private static final java.util.Set<String> PERSON_NOUNS = java.util.Set.of("neighbour",
      "neighbor", "manager", "colleague", "landlord", "landlady", "sister", "brother", "son",
      "daughter", "mother", "father", "mom", "dad", "husband", "wife", "partner", "friend",
      "boss", "cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter",
      "grandmother", "grandfather", "teacher", "accountant", "lawyer", "attorney", "plaintiff",
      "defendant", "beneficiary", "guarantor", "executor", "trustee", "borrower", "donor",
      "recipient", "witness", "driver", "owner", "buyer", "seller", "supervisor", "coworker",
      "co-worker", "roommate", "fiancé", "fiancée", "fiance", "fiancee", "stepson",
      "stepdaughter", "guardian", "caregiver", "therapist", "dentist", "surgeon", "physician",
      "pharmacist", "assistant", "interpreter", "author", "sender", "agent", "representative");
  private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "my", "our",
      "his", "her", "their", "your");

  /**
   * A name in apposition to a person noun, between commas: "The beneficiary, Ana Ruiz, will
   * ...", "my sister, Ilse, said ...". Spans {@code [from, to)} in text order.
   */
  public static List<int[]> appositions(Tokens t) {
    List<int[]> out = new ArrayList<>(0);
    int n = t.size();
    for (int i = 1; i + 3 < n; i++) {
      if (!t.token(i + 1).equals(",") || !DETERMINERS.contains(t.token(i - 1)
          .toLowerCase(java.util.Locale.ROOT))
          || !PERSON_NOUNS.contains(t.token(i).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int j = i + 2;
      if (Lexicon.isTitle(t.token(j))) {
        j = skip(t, j + 1, ".");
      }
      int end = readName(t, j);
      if (end > j && end < n && t.token(end).equals(",")) {
        out.add(new int[] {j, end});
      }
    }
    return out;
  }

  /** Family and household relations a person has ("Zenon's wife", "Ana Ruiz's son"). */
  private static final java.util.Set<String> RELATIONS = java.util.Set.of("wife", "husband",
      "son", "daughter", "mother", "father", "mom", "mum", "dad", "sister", "brother", "partner",
      "girlfriend", "boyfriend", "fiancé", "fiancée", "fiance", "fiancee", "stepson",
      "stepdaughter", "stepmother", "stepfather", "cousin", "uncle", "aunt", "nephew", "niece",
      "grandson", "granddaughter", "grandmother", "grandfather", "grandma", "grandpa", "kids",
      "children", "parents", "widow", "widower", "spouse", "twin");

  /**
   * A name before a possessive and a family relation: "per Zenon's wife", "Ana Ruiz’s son". The
   * name is one to three capitalized words (no title) ending right before the apostrophe. Spans
   * {@code [from, to)} in text order.
   */
  public static List<int[]> possessives(Tokens t) {
    List<int[]> out = new ArrayList<>(0);
    int n = t.size();
    for (int k = 1; k + 2 < n; k++) {
      String apostrophe = t.token(k);
      if (!(apostrophe.equals("'") || apostrophe.equals("\u2019")) || !t.joined(k - 1)
          || !t.joined(k) || !t.token(k + 1).equals("s")
          || !RELATIONS.contains(t.token(k + 2).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int from = k;
      while (from > 0 && k - from < 3 && isCapWord(t.token(from - 1))
          && !Lexicon.isTitle(t.token(from - 1))
          && (from == k || !t.joined(from - 1))) {
        from--;
      }
      if (from < k) {
        out.add(new int[] {from, k});
      }
    }
    return out;
  }

  /**
   * Reads a person name starting at token {@code j}: capitalized words, initials ("J."), lower
   * case particles between capitalized words ("van der Berg") and apostrophe or hyphen joins
   * written without spaces ("O'Donnell", "Smith-Jones"). Returns the end index, or {@code j}.
   */
  public static int readName(Tokens t, int j) {
    int n = t.size();
    int i = j;
    int words = 0;
    int end = j;
    while (i < n && words < MAX_NAME_TOKENS) {
      if (i > j && t.lineBreakBefore(i)) {
        break;
      }
      String tok = t.token(i);
      boolean apostrophePrefix = tok.length() == 1 && Character.isUpperCase(tok.charAt(0))
          && i + 2 < n && t.joined(i) && t.joined(i + 1) && isOneOf(t.token(i + 1), "'", "’")
          && isCapWord(t.token(i + 2)); // O'Donnell, D'Angelo
      if (apostrophePrefix || (isCapWord(tok) && !Lexicon.isNotName(tok))) {
        i += apostrophePrefix ? 3 : 1;
        words++;
        // O'Donnell, Smith-Jones: a joiner glued to capitalized words on both sides
        while (i + 1 < n && t.joined(i - 1) && t.joined(i) && isOneOf(t.token(i), "'", "-", "’")
            && isCapWord(t.token(i + 1))) {
          i += 2;
        }
        end = i;
      } else if (tok.length() == 1 && Character.isUpperCase(tok.charAt(0)) && i + 1 < n
          && t.token(i + 1).equals(".") && t.joined(i)) {
        i += 2;
        words++;
        end = i;
      } else if (Lexicon.isParticle(tok)) {
        int k = i;
        while (k < n && Lexicon.isParticle(t.token(k)) && k - i < 3) {
          k++; // "van der", "de la"
        }
        if (k == i || k >= n || !isCapWord(t.token(k))) {
          break;
        }
        i = k;
      } else {
        break;
      }
    }
    return end;
  }

  /** A capitalized word: an upper case letter, then letters only (e.g. "Hope", "DE", "McKay"). */
  public static boolean isCapWord(String tok) {
    if (tok.length() < 2 || !Character.isUpperCase(tok.charAt(0))) {
      return false;
    }
    for (int k = 1; k < tok.length(); k++) {
      if (!Character.isLetter(tok.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSignOffLine(Tokens t, int i) {
    // the sign-off must start its line and the line must end after at most 3 tokens
    int s = i;
    while (s > 0 && !t.lineBreakBefore(s)) {
      s--;
    }
    if (i - s > 1) {
      return false;
    }
    int e = i + 1;
    while (e < t.size() && !t.lineBreakBefore(e)) {
      e++;
    }
    return e < t.size() && e - s <= 4;
  }

  private static int nextLineStart(Tokens t, int i) {
    for (int k = i + 1; k < t.size(); k++) {
      if (t.lineBreakBefore(k)) {
        return k;
      }
    }
    return -1;
  }

  private static int skip(Tokens t, int j, String s) {
    return j < t.size() && t.token(j).equals(s) ? j + 1 : j;
  }

  private static int skipAny(Tokens t, int j, String... s) {
    while (j < t.size() && isOneOf(t.token(j), s)) {
      j++;
    }
    return j;
  }

  private static boolean isOneOf(String tok, String... options) {
    for (String o : options) {
      if (o.equals(tok)) {
        return true;
      }
    }
    return false;
  }
}
