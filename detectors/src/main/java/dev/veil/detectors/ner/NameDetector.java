package dev.veil.detectors.ner;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.internal.StreetTypes;
import dev.veil.detectors.ner.internal.Lexicon;
import dev.veil.detectors.ner.internal.NameMentions;
import dev.veil.detectors.ner.internal.NameRules;
import dev.veil.detectors.ner.internal.NameWords;
import dev.veil.detectors.ner.internal.OpenNlpTagger;
import dev.veil.detectors.ner.internal.Roster;
import dev.veil.detectors.ner.internal.SentenceTagger;
import dev.veil.detectors.ner.internal.Tokens;
import dev.veil.detectors.ner.internal.VeilNameModel;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Finds {@link EntityType#PERSON person names}, {@link EntityType#LOCATION places} and {@link
 * EntityType#ORGANIZATION organizations} with an OpenNLP maximum-entropy/perceptron name finder,
 * plus rules that catch names the context gives away (titles, "patient ...", salutations,
 * signature lines) and an optional roster of names that must always be found (for example the
 * patients in the current record).
 *
 * <p>The no-argument constructor (used by {@link java.util.ServiceLoader}) loads the model bundled
 * in this jar, trained by this repository on generated text (see {@code docs/evaluation-ner.md}
 * for its measured precision and recall; Veil's own format: OpenNLP-trained weights over a
 * hand-written feature extractor with a Viterbi decoder). {@link #builder()} plugs in another
 * model file — a plain OpenNLP {@code TokenNameFinderModel} (as written by OpenNLP's
 * {@code TokenNameFinderTrainer}) or a model in Veil's format — and a roster. The model's entity types {@code person}, {@code location}
 * (or {@code place}, {@code gpe}) and {@code organization} (or {@code org}) are mapped to Veil's
 * types; others are ignored.
 *
 * <p><b>Thread safety and cost.</b> Instances are immutable and thread-safe: the bundled model's
 * decoder keeps no state between calls; with an OpenNLP model each thread gets its own decoder
 * over the shared model, and its adaptive data is cleared after every sentence. The model is read
 * once, at construction (the bundled model once per class loader). Detection is linear in the
 * text's length (well under a millisecond per 2 KB with the bundled model; an OpenNLP model with
 * its default feature generators is one to two orders of magnitude slower).
 */
public final class NameDetector implements Detector {
  /** The id in findings and audit events. */
  public static final String ID = "ner-names";

  static final String BUNDLED_MODEL = "/dev/veil/detectors/ner/en-veil-names.bin";
  private static final double RULE_SCORE = 0.85;
  private static final double ROSTER_SCORE = 0.95;

  private final SentenceTagger tagger;
  private final NameWords words;
  private final NameMentions mentions;
  private final Roster roster;
  private final boolean rules;
  private final double minScore;

  /** Loads the bundled model, with rules on and an empty roster. */
  public NameDetector() {
    this(BundledModel.get(), new Roster(List.of()), true, 0.0);
  }

  private NameDetector(SentenceTagger tagger, Roster roster, boolean rules, double minScore) {
    this.tagger = tagger;
    this.words = tagger instanceof VeilNameModel m
        ? new NameWords(m.features()) : null;
    this.mentions = words != null ? new NameMentions(words) : null;
    this.roster = roster;
    this.rules = rules;
    this.minScore = minScore;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION);
  }

  /** The longest token run handed to the model at once; longer "sentences" are cut. */
  static final int MAX_SENTENCE_TOKENS = 200;

  /**
   * The sentences worth decoding: runs without a single letter (tables of numbers, hex dumps) cannot
   * hold a name and are skipped; sentences longer than {@link #MAX_SENTENCE_TOKENS} tokens (text
   * without punctuation) are cut, so decoding stays linear in the text — the model's cost grows
   * faster than linearly with sentence length.
   */
  private static List<int[]> boundedSentences(Tokens t) {
    List<int[]> out = new ArrayList<>(t.sentenceCount());
    for (int k = 0; k < t.sentenceCount(); k++) {
      int from = t.sentenceFrom(k);
      int to = t.sentenceTo(k);
      if (!hasLetter(t, from, to)) {
        continue;
      }
      for (int f = from; f < to; f += MAX_SENTENCE_TOKENS) {
        out.add(new int[] {f, Math.min(to, f + MAX_SENTENCE_TOKENS)});
      }
    }
    return out;
  }

  private static boolean hasLetter(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      String tok = t.token(i);
      for (int k = 0; k < tok.length(); k++) {
        if (Character.isLetter(tok.charAt(k))) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public List<Finding> detect(DetectorInput input) {
    String text = input.text();
    if (text.isEmpty()) {
      return List.of();
    }
    Tokens t = Tokens.of(text);
    List<Candidate> candidates = new ArrayList<>();
    for (int[] s : roster.find(t)) {
      candidates.add(new Candidate(EntityType.PERSON, s[0], s[1], ROSTER_SCORE, 3));
    }
    if (rules) {
      for (int[] s : postalCities(t)) {
        candidates.add(new Candidate(EntityType.LOCATION, s[0], s[1], RULE_SCORE, 2));
      }
      boolean[] uniform = null;
      for (int[] s : NameRules.find(t)) {
        int from = s[0];
        int to = s[1];
        if (words != null) {
          if (uniform == null) {
            uniform = uniformCaseByToken(t);
          }
          while (from < to && words.isPlainWord(t.token(from), uniform[from])) {
            from++;
          }
          while (to > from && words.isPlainWord(t.token(to - 1), uniform[to - 1])
              && !afterParticle(t, from, to - 1)) {
            to--;
          }
        }
        if (from < to && !(words != null && from > 0 && Lexicon.isPatientWord(t.token(from - 1))
            && allPlainWords(t, from, to))) {
          candidates.add(new Candidate(EntityType.PERSON, from, to, RULE_SCORE, 2));
        }
      }
      // lists of people and appositions; an item made only of plain words is not a name
      for (List<int[]> found : List.of(NameRules.listed(t), NameRules.appositions(t),
          possessives(t))) {
        for (int[] s : found) {
          if (words == null || !allPlainWords(t, s[0], s[1])) {
            candidates.add(new Candidate(EntityType.PERSON, s[0], s[1], RULE_SCORE, 2));
          }
        }
      }
    }
    {
      for (int[] sentence : boundedSentences(t)) {
        Span[] spans = tagger.find(t, sentence[0], sentence[1]);
        boolean uniform = uniformCase(t, sentence);
        boolean recased = words != null && (uniform || startsLowerCase(t, sentence))
            && !looksLikeCode(t, sentence) && letterWords(t, sentence) >= MIN_RECASED_WORDS;
        boolean code = holdsAny(t, sentence[0], sentence[1], OPERATORS);
        if (recased) {
          spans = withTruecased(spans, t, sentence, uniform);
        }
        for (Span s : spans) {
          EntityType type = typeOf(s.getType());
          double p = Math.max(0.0, Math.min(1.0, s.getProb()));
          int from = sentence[0] + s.getStart();
          int to = sentence[0] + s.getEnd();
          // trim punctuation the model sometimes includes (". le Roux")
          while (from < to && !Character.isLetterOrDigit(t.token(from).charAt(0))) {
            from++;
          }
          while (to > from && !Character.isLetterOrDigit(t.token(to - 1).charAt(0))) {
            to--;
          }
          // in a sentence that has capitals, a model span does not start or end with a
          // lower-case word other than a name particle ("contacting Sylvester Healthcare")
          if (!recased && hasCapitals(t, sentence)
              && !(words != null && unknownLowerWords(t, from, to))) {
            while (from < to && isLowerWord(t.token(from))) {
              from++;
            }
            while (to > from && isLowerWord(t.token(to - 1))) {
              to--;
            }
          }
          if (type == EntityType.PERSON) {
            // a title or role word before a name is not part of it ("Passenger Lebsack")
            while (to - from >= 2 && isRoleWord(t.token(from))) {
              from++;
              if (from < to && t.token(from).equals(".") && t.joined(from - 1)) {
                from++;
              }
            }
          }
          if (type == EntityType.PERSON && words != null) {
            // a person span does not start or end with a common word that is no known name:
            // "adriano tolerated", "yeah ladislau", "LØKEN REVIEWED", "Passenger Lebsack"
            while (from < to && words.isPlainWord(t.token(from), uniform)) {
              from++;
            }
            while (to > from && words.isPlainWord(t.token(to - 1), uniform)
                && !afterParticle(t, from, to - 1)) {
              to--;
            }
            int[] widened = acrossInitial(t, sentence, uniform, from, to);
            from = widened[0];
            to = widened[1];
          }
          if (type == EntityType.PERSON) {
            to = cutAtFreePunctuation(t, from, to);
          }
          // "Your Monthly Statement Is Ready": in a title-case line, a person made only of
          // common words that are no known names is a heading word
          if (type == EntityType.PERSON && words != null && from < to
              && NameWords.titleCaseLine(t, from) && allPlainWords(t, from, to)) {
            continue;
          }
          if (from == to || (code && allLowerCase(t, from, to))) {
            continue; // beside operators a lower-case word is an identifier ("cfg == null")
          }
          // the tokenizer cuts "Tekin-Müller" and "O'Donnell" apart; the name is the whole word
          while (to + 1 < t.size() && t.joined(to - 1) && t.joined(to)
              && isJoiner(t.token(to)) && NameRules.isCapWord(t.token(to + 1))) {
            to += 2;
          }
          while (from >= 2 && t.joined(from - 1) && t.joined(from - 2)
              && isJoiner(t.token(from - 1)) && Character.isUpperCase(t.token(from - 2).charAt(0))) {
            from -= 2;
          }
          type = repairType(t, from, to, type);
          if (type == null || p < minScore || onlyInitials(t, from, to) || onlyLabels(t, from, to)
              || startsWithLabel(t, from) || inCodeGroups(t, from, to)
              || holdsAny(t, from, to, CODE_TOKENS)
              || gluedToCode(t, from, to)
              || (type == EntityType.PERSON && isEponym(t, to))
              || (type != EntityType.ORGANIZATION && isStreetName(t, from, to))) {
            continue;
          }
          candidates.add(new Candidate(type, from, to, p, 1));
        }
      }
    }
    if (mentions != null) {
      addRepeats(t, candidates);
    }
    return resolve(t, candidates);
  }


  private static final Set<String> CODE_TOKENS = Set.of("=", "==", "!=", "{", "}", ";", "->", "=>",
      "(", ")", "[", "]", "<", ">", "+", "*", "|", "||", "&&");

  private static final Set<String> OPERATORS = Set.of("=", "==", "!=", "{", "}", "->", "=>",
      "||", "&&"); // not ";", which prose uses too

  /**
   * A token of {@code set} among {@code [from, to)}: a name, place or organization never holds
   * one of {@link #CODE_TOKENS} ("cfg == null"); a sentence with one of {@link #OPERATORS} is code
   * (brackets, bars and ";" also occur in prose).
   */
  private static boolean holdsAny(Tokens t, int from, int to, Set<String> set) {
    for (int i = from; i < to; i++) {
      if (set.contains(t.token(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A line of code ("o -> o.dueDate", "return user_name", "if (x == null) {", "log(msg)"): its
   * lower-case identifiers are not names written in lower case, so it is not read again
   * capitalized.
   */
  private static boolean looksLikeCode(Tokens t, int[] sentence) {
    for (int i = sentence[0]; i < sentence[1]; i++) {
      String tok = t.token(i);
      if (tok.equals("{") || tok.equals("}") || tok.equals("=")
          || tok.equals("->") || tok.equals("=>") || tok.equals("==") || tok.indexOf('_') >= 0
          || (tok.equals(".") && i > sentence[0] && i + 1 < sentence[1] && t.joined(i - 1)
              && t.joined(i) && Character.isLetter(t.token(i + 1).charAt(0)))
          || (tok.equals("(") && i > sentence[0] && t.joined(i - 1)
              && Character.isLetterOrDigit(t.token(i - 1).charAt(t.token(i - 1).length() - 1)))) {
        return true;
      }
      for (int k = 1; k < tok.length(); k++) {
        if (Character.isUpperCase(tok.charAt(k)) && Character.isLowerCase(tok.charAt(k - 1))) {
          return true; // camelCase
        }
      }
    }
    return false;
  }

  /**
   * The fewest words a sentence needs to be read again capitalized: a lone key or label ("ssn",
   * "mail", a JSON key the HTTP integration guards by itself) has no context, and capitalized
   * alone any word the lexicon lacks reads as a name.
   */
  static final int MIN_RECASED_WORDS = 3;

  private static int letterWords(Tokens t, int[] sentence) {
    int n = 0;
    for (int i = sentence[0]; i < sentence[1]; i++) {
      if (Character.isLetter(t.token(i).charAt(0))) {
        n++;
      }
    }
    return n;
  }

  /** The sentence's first word starts with a lower-case letter ("is Kelvin coming on Friday?"). */
  private static boolean startsLowerCase(Tokens t, int[] sentence) {
    for (int i = sentence[0]; i < sentence[1]; i++) {
      String tok = t.token(i);
      if (Character.isLetter(tok.charAt(0))) {
        return Character.isLowerCase(tok.charAt(0));
      }
    }
    return false;
  }

  /**
   * A sentence written in one case ("UGH LAIMDOTA STILL HASNT PAID ME BACK") or starting in lower
   * case as chat does ("is kelvin coming to the poltar office on Friday?") hides the capitals the
   * model reads most: it is read a second time as it would be written in mixed case, its first word
   * and every word the common-word lexicon lacks capitalized, its other words lower case (in a
   * sentence that mixes cases only the lower-case words are rewritten). The second reading's spans
   * (token spans of the same sentence) stand; a span of the first reading that none of them
   * overlaps is kept too. The cost is a second decoding of such sentences only; mixed-case prose
   * is read once.
   */
  private Span[] withTruecased(Span[] plain, Tokens t, int[] sentence, boolean uniform) {
    int n = sentence[1] - sentence[0];
    String[] cased = new String[n];
    boolean changed = false;
    for (int k = 0; k < n; k++) {
      String tok = t.token(sentence[0] + k);
      String c = recased(t, sentence[0] + k, sentence, uniform);
      changed |= !c.equals(tok);
      cased[k] = c;
    }
    if (!changed) {
      return plain;
    }
    Span[] again = tagger.find(cased);
    // the plain reading's spans that the second reading does not overlap are kept
    List<Span> out = new ArrayList<>(java.util.Arrays.asList(again));
    for (Span p : plain) {
      boolean overlaps = false;
      for (Span a : again) {
        overlaps |= p.getStart() < a.getEnd() && a.getStart() < p.getEnd();
      }
      if (!overlaps) {
        out.add(p);
      }
    }
    return out.toArray(new Span[0]);
  }

  /** Token {@code i} as the second reading writes it. */
  private String recased(Tokens t, int i, int[] sentence, boolean uniform) {
    String tok = t.token(i);
    // in a sentence that mixes cases only its lower-case words are read again
    return uniform || isLowerCase(tok) ? truecase(tok, i == sentence[0]) : tok;
  }

  private String truecase(String tok, boolean first) {
    if (tok.length() < 2 || !isLetters(tok)) {
      return tok;
    }
    String lower = tok.toLowerCase(Locale.ROOT);
    if ((first || !words.isCommon(lower)) && !Lexicon.isParticle(lower)) {
      return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }
    return lower;
  }

  private static boolean allLowerCase(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isLowerCase(t.token(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerCase(String tok) {
    for (int k = 0; k < tok.length(); k++) {
      if (Character.isUpperCase(tok.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetters(String tok) {
    for (int k = 0; k < tok.length(); k++) {
      if (!Character.isLetter(tok.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** {@link NameRules#possessives}, without a single word the gazetteers know only as a place. */
  private List<int[]> possessives(Tokens t) {
    List<int[]> found = NameRules.possessives(t);
    if (words != null) {
      found.removeIf(s -> s[1] - s[0] == 1 && words.isOnlyPlace(t.token(s[0])));
    }
    return found;
  }

  /** Score at or above which a model PERSON span counts as named confidently ({@link NameMentions}). */
  static final double REPEAT_SOURCE_SCORE = 0.0;

  /**
   * Document-level consistency ({@link NameMentions}): the other mentions of a person found by a
   * rule, the roster or confidently by the model are persons too; a model span of another type on
   * such a mention is dropped when the name came from a rule or the roster, or when its score is
   * lower than the name's.
   */
  private void addRepeats(Tokens t, List<Candidate> candidates) {
    List<Candidate> sources = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.type() == EntityType.PERSON && (c.priority() >= 2 || c.score() >= REPEAT_SOURCE_SCORE)
          && !droppedByResolve(t, c.from(), c.to())) {
        sources.add(c);
      }
    }
    List<int[]> spans = new ArrayList<>(sources.size());
    for (Candidate c : sources) {
      spans.add(new int[] {c.from(), c.to()});
    }
    for (int[] m : mentions.repeats(t, spans)) {
      if (droppedByResolve(t, m[0], m[1])) {
        continue;
      }
      Candidate source = sources.get(m[2]);
      candidates.removeIf(c -> c.priority() == 1 && c.type() != EntityType.PERSON
          && c.from() < m[1] && m[0] < c.to()
          && (source.priority() >= 2 || c.score() < source.score()));
      candidates.add(new Candidate(EntityType.PERSON, m[0], m[1], source.score(), 1));
    }
  }

  /** The checks {@link #resolve} applies to every candidate below the roster's priority. */
  private static boolean droppedByResolve(Tokens t, int from, int to) {
    return gluedToCode(t, from, to) || inStreetLine(t, from, to) || holdsDigits(t, from, to);
  }

  /**
   * "ID MOU377421100": the tokenizer cuts letters from digits, but a span that ends (or starts) inside
   * a run of letters and digits is part of a code, not a name.
   */
  private static boolean gluedToCode(Tokens t, int from, int to) {
    boolean after = to < t.size() && t.joined(to - 1) && Character.isLetterOrDigit(t.token(to).charAt(0));
    boolean before = from > 0 && t.joined(from - 1)
        && Character.isLetterOrDigit(t.token(from - 1).charAt(t.token(from - 1).length() - 1));
    return after || before || inEmailAddress(t, from, to) || inUrl(t, from, to)
        || inCode(t, from, to) || hyphenNumber(t, to);
  }

  /** "GLP-1", "COVID-19", "ICD-10": a word joined by a hyphen to a number is a code's name. */
  private static boolean hyphenNumber(Tokens t, int to) {
    return to + 1 < t.size() && t.joined(to - 1) && t.token(to).equals("-") && t.joined(to)
        && Character.isDigit(t.token(to + 1).charAt(0));
  }

  /**
   * "https://patient.clinic-rheinland.de/share/...": a word inside a URL is part of the URL, which
   * the URL detector reports whole; a name found there would split it.
   */
  private static boolean inUrl(Tokens t, int from, int to) {
    String run = gluedRun(t, from, to);
    return run.contains("://") || run.contains("www.") || run.contains("WWW.");
  }

  /** Tokens {@code [from, to)} with the tokens glued to them on either side, as one string. */
  private static String gluedRun(Tokens t, int from, int to) {
    int a = from;
    while (a > 0 && t.joined(a - 1)) {
      a--;
    }
    int b = to;
    while (b < t.size() && t.joined(b - 1)) {
      b++;
    }
    StringBuilder run = new StringBuilder();
    for (int i = a; i < b; i++) {
      run.append(t.token(i));
    }
    return run.toString();
  }

  /**
   * "System.out.println(names[i])": a lower-case span glued to a following call or index
   * bracket, or to a preceding member-access point, is an identifier in code, not a name.
   */
  private static boolean inCode(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      String s = t.token(i);
      if (!s.equals(s.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    boolean call = to < t.size() && t.joined(to - 1)
        && (t.token(to).equals("(") || t.token(to).equals("["));
    boolean member = from > 1 && t.joined(from - 1) && t.token(from - 1).equals(".")
        && t.joined(from - 2)
        && Character.isLetterOrDigit(t.token(from - 2).charAt(t.token(from - 2).length() - 1));
    return call || member;
  }

  /**
   * "john@example.com": the local part (glued to a following "@") or a domain label (glued to a
   * preceding "@" and a following ".") of an e-mail address is not a name; the e-mail detector
   * reports the address. A chat mention ("@Zelka please...") is not glued to a point.
   */
  private static boolean inEmailAddress(Tokens t, int from, int to) {
    // the run of tokens without whitespace around the span, made of address characters
    int a = from;
    while (a > 0 && t.joined(a - 1) && isAddressToken(t.token(a - 1))) {
      a--;
    }
    int b = to;
    while (b < t.size() && t.joined(b - 1) && isAddressToken(t.token(b))) {
      b++;
    }
    for (int i = a + 1; i < b; i++) { // an "@" with something before it
      if (t.token(i).equals("@")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAddressToken(String tok) {
    char c = tok.charAt(0);
    return Character.isLetterOrDigit(c) || tok.equals("@") || tok.equals(".") || tok.equals("_")
        || tok.equals("-") || tok.equals("+");
  }

  /**
   * A person's name holds no punctuation that stands free between spaces ("Anna Berg - Oncology",
   * "Berg | Leeds"): only joined marks such as the point of an initial or the apostrophe in
   * "O'Neil". Returns the end of the span cut before the first free mark.
   */
  private static int cutAtFreePunctuation(Tokens t, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      String tok = t.token(i);
      if (!Character.isLetterOrDigit(tok.charAt(0)) && !t.joined(i - 1) && !t.joined(i)) {
        return i;
      }
    }
    return to;
  }

  private static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT",
      "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI",
      "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
      "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR");

  /**
   * The city of a postal address is a place whatever the model says: "42 Willow Lane, Brookline,
   * MA 02446" (a span before a comma, a state code and a ZIP code, or after a street type and a
   * comma).
   */
  private static EntityType repairType(Tokens t, int from, int to, EntityType type) {
    if (type == EntityType.LOCATION && to < t.size() && !t.joined(to - 1)
        && (t.token(to).equalsIgnoreCase("who") || t.token(to).equalsIgnoreCase("whom"))) {
      return EntityType.PERSON; // "looping in Brum who owns ...": a place is no "who"
    }
    if (type == null || type == EntityType.LOCATION || from == to) {
      return type;
    }
    boolean stateZip = to + 2 < t.size() && t.token(to).equals(",")
        && US_STATES.contains(t.token(to + 1)) && isZip(t.token(to + 2));
    boolean afterStreet = from >= 2 && t.token(from - 1).equals(",")
        && isStreetType(t.token(from - 2)) && from >= 3 && isCapitalized(t.token(from - 3));
    // "Münchner Str. 23, Köln", "Frankfurter Weg 70, Hamburg": street type, house number, comma
    boolean afterHouseNumber = from >= 3 && t.token(from - 1).equals(",")
        && isHouseNumber(t.token(from - 2))
        && (isStreetTypeOrStr(t.token(from - 3))
            || from >= 4 && t.token(from - 3).equals(".") && isStreetTypeOrStr(t.token(from - 4)));
    return stateZip || afterStreet || afterHouseNumber ? EntityType.LOCATION : type;
  }

  private static boolean isStreetTypeOrStr(String token) {
    return isStreetType(token) || token.equalsIgnoreCase("str");
  }

  private static final Set<String> ROLE_WORDS = Set.of("passenger", "guest", "visitor",
      "driver", "owner", "student", "user", "agent", "caller", "client", "member", "resident",
      "patient", "pt", "employee", "customer", "tenant", "applicant", "witness", "candidate");

  private static boolean isRoleWord(String tok) {
    return Lexicon.isTitle(tok) || ROLE_WORDS.contains(tok.toLowerCase(Locale.ROOT));
  }

  /**
   * The city of a US postal address, "..., Brookline, MA 02446": one to three capitalized words
   * between a comma (or a line start) and ", <state code> <ZIP code>".
   */
  private static List<int[]> postalCities(Tokens t) {
    List<int[]> out = new ArrayList<>(0);
    for (int k = 2; k + 1 < t.size(); k++) {
      if (t.token(k).length() != 2 || !US_STATES.contains(t.token(k)) || !isZip(t.token(k + 1))
          || !t.token(k - 1).equals(",")) {
        continue;
      }
      int to = k - 1;
      int from = to;
      while (from > 0 && to - from < 3 && isCapitalized(t.token(from - 1))
          && Character.isLetter(t.token(from - 1).charAt(0))) {
        from--;
      }
      boolean bounded = from == 0 || t.token(from - 1).equals(",") || t.lineBreakBefore(from);
      if (from < to && bounded) {
        out.add(new int[] {from, to});
      }
    }
    return out;
  }

  private static boolean isZip(String tok) {
    if (tok.length() != 5) {
      return false;
    }
    for (int i = 0; i < 5; i++) {
      if (!Character.isDigit(tok.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCapitalized(String tok) {
    return !tok.isEmpty() && Character.isUpperCase(tok.charAt(0));
  }

  /**
   * "Patient Education", "Customer Service", "Member Portal": after a patient word, capitalized
   * common words that are no known names make a compound noun, not a name.
   */
  private boolean allPlainWords(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!words.isPlainWord(t.token(i), true)) {
        return false;
      }
    }
    return true;
  }

  /** For each token, whether its sentence is written in one case ({@link #uniformCase}). */
  private static boolean[] uniformCaseByToken(Tokens t) {
    boolean[] out = new boolean[t.size()];
    for (int k = 0; k < t.sentenceCount(); k++) {
      int[] s = {t.sentenceFrom(k), t.sentenceTo(k)};
      java.util.Arrays.fill(out, s[0], s[1], uniformCase(t, s));
    }
    return out;
  }

  /** True when no word of the sentence mixes with words of the other case (all lower or all upper). */
  private static boolean uniformCase(Tokens t, int[] sentence) {
    boolean lower = false;
    boolean upper = false;
    for (int i = sentence[0]; i < sentence[1]; i++) {
      String tok = t.token(i);
      for (int k = 0; k < tok.length(); k++) {
        char c = tok.charAt(k);
        lower |= Character.isLowerCase(c);
        upper |= Character.isUpperCase(c);
      }
      if (lower && upper) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasCapitals(Tokens t, int[] sentence) {
    for (int i = sentence[0]; i < sentence[1]; i++) {
      if (Character.isUpperCase(t.token(i).charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "ola da silva", "van der berg": the word after a name particle is the surname the particle
   * belongs to, even when it is also a common word ("silva", "berg"); trimming it would leave a
   * name that ends with its particle.
   */
  private static boolean afterParticle(Tokens t, int from, int i) {
    return i - 1 >= from && Lexicon.isParticle(t.token(i - 1));
  }

  /**
   * A name the model cut at an initial: "Maurice [Q. Satria]", "[emilia] u. siwek", "l. [marini]".
   * A person span right after an initial (of the same case) takes it; one that starts with an
   * initial takes the name word right before it; one that ends right before an initial and a name
   * word takes both. A name word is written like the words of the
   * span, is no title, role or greeting word, and is no common word that no gazetteer knows as a
   * name unless it is capitalized inside a sentence that mixes cases ("for Maurice Q. Satria":
   * there the capital says more than the lexicon, which has "maurice" as a word).
   */
  private int[] acrossInitial(Tokens t, int[] sentence, boolean uniform, int from, int to) {
    boolean mixed = !uniform;
    if (from - 2 >= sentence[0] && isInitialAt(t, from - 2, from) && !t.joined(from - 1)
        && Character.isUpperCase(t.token(from - 2).charAt(0))
            == Character.isUpperCase(t.token(from).charAt(0))
        && (from - 3 < sentence[0] || !t.joined(from - 3))) {
      from -= 2; // "[w. kristensen]", "[l. marini]"
    }
    if (to - from >= 1 && isInitialAt(t, from, to) && from - 1 >= sentence[0]
        && isNameWord(t, from - 1, t.token(from), mixed && from - 1 > sentence[0])
        && !t.joined(from - 1)) {
      from--;
    }
    if (to + 2 < sentence[1] && isInitialAt(t, to, sentence[1])
        && isNameWord(t, to + 2, t.token(to - 1), mixed) && !gluedToWord(t, to + 2)) {
      to += 3;
    }
    return new int[] {from, to};
  }

  /** Token {@code i} is glued to a following letter or digit ("siwek-2", not "siwek,"). */
  private static boolean gluedToWord(Tokens t, int i) {
    return i + 1 < t.size() && t.joined(i) && Character.isLetterOrDigit(t.token(i + 1).charAt(0));
  }

  /** Token {@code i} is one letter and the next token is a point glued to it ("Q."). */
  private static boolean isInitialAt(Tokens t, int i, int end) {
    String tok = t.token(i);
    return tok.length() == 1 && Character.isLetter(tok.charAt(0)) && i + 1 < end
        && t.joined(i) && t.token(i + 1).equals(".");
  }

  /**
   * Token {@code i} could be a name word beside an initial written like {@code caseOf};
   * {@code capitalSays} when a capital letter is evidence (mixed case, not the sentence's start).
   */
  private boolean isNameWord(Tokens t, int i, String caseOf, boolean capitalSays) {
    String tok = t.token(i);
    if (tok.length() < 2 || isRoleWord(tok) || Lexicon.isParticle(tok)
        || Lexicon.isGreeting(tok.toLowerCase(Locale.ROOT))
        || (words.isPlainWord(tok, true) && !(capitalSays && Character.isUpperCase(tok.charAt(0))))) {
      return false;
    }
    if (!isLetters(tok)) {
      return false;
    }
    boolean upperInitial = Character.isUpperCase(caseOf.charAt(0));
    return upperInitial == Character.isUpperCase(tok.charAt(0))
        && (caseOf.length() == 1 || isAllUpper(caseOf) == isAllUpper(tok));
  }

  private static boolean isAllUpper(String tok) {
    for (int k = 0; k < tok.length(); k++) {
      if (Character.isLowerCase(tok.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when every token of {@code [from, to)} is a lower-case word the common-word lexicon
   * lacks: a name written in lower case in chat-like text whose other words are capitalized
   * ("thanks so much morris!! see you Tuesday"), which the lower-case trimming would erase.
   */
  private boolean unknownLowerWords(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      String tok = t.token(i);
      if (!isLowerWord(tok) || words.isCommon(tok)) {
        return false;
      }
    }
    // a word inside a longer run of characters ("async/await", "fe80::62ce:cefc:de34") is part
    // of a term, an address or a hash, not a name: it must stand alone, at most followed by
    // punctuation that ends there ("maura!!", "tomasz,")
    boolean gluedBefore = from > 0 && t.joined(from - 1);
    boolean gluedAfter = to < t.size() && t.joined(to - 1)
        && (Character.isLetterOrDigit(t.token(to).charAt(0)) || t.token(to).equals("/")
            || (to + 1 < t.size() && t.joined(to)));
    return from < to && !gluedBefore && !gluedAfter;
  }

  private static boolean isLowerWord(String token) {
    if (Lexicon.isParticle(token)) {
      return false;
    }
    for (int k = 0; k < token.length(); k++) {
      if (!Character.isLowerCase(token.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isJoiner(String token) {
    return token.equals("-") || token.equals("'") || token.equals("’");
  }

  /** "B." or "J. K.": a span without a single word of two letters names nobody. */
  private static boolean onlyInitials(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      String tok = t.token(i);
      if (tok.length() >= 2 && Character.isLetter(tok.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Upper-case abbreviations that label identifiers or clinical facts ("Patient X, SSN ...",
   * "DOB", "MRN"): a span made only of them is a label, not a name, place or organization.
   */
  private static final Set<String> LABELS = Set.of("SSN", "MRN", "DOB", "NHS", "NPI", "DEA", "ITIN", "EIN", "TIN",
      "IBAN", "BIC", "SWIFT", "VIN", "IMEI", "IP", "URL", "ID", "PIN", "CVV", "CVC", "ZIP", "BSN", "NIR", "NINO",
      "PESEL", "MBI", "ICD", "CPT", "BMI", "BP", "HR", "ICU", "ED", "ER", "GP", "DX", "RX", "HX", "PT", "EHR", "EMR");

  /**
   * "IT05 M002 8308 471V WSUT HZAA PF8": capital-letter groups between letter-and-digit groups are
   * part of a code (an IBAN or reference printed in groups), not a name.
   */
  private static boolean inCodeGroups(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      String tok = t.token(i);
      if (tok.length() > 4 || !isAllUpper(tok)) {
        return false;
      }
    }
    // the neighbouring group, glued tokens and all ("471" + "V")
    return (from > 0 && !t.joined(from - 1) && lettersAndDigits(gluedRun(t, from - 1, from)))
        || (to < t.size() && !t.joined(to - 1) && lettersAndDigits(gluedRun(t, to, to + 1)));
  }

  private static boolean lettersAndDigits(String tok) {
    boolean letter = false;
    boolean digit = false;
    for (int k = 0; k < tok.length(); k++) {
      letter |= Character.isLetter(tok.charAt(k));
      digit |= Character.isDigit(tok.charAt(k));
    }
    return letter && digit;
  }

  /** "BIC IASDESCBXXX": a span that starts with a label is the label and its value. */
  private static boolean startsWithLabel(Tokens t, int from) {
    return LABELS.contains(t.token(from));
  }

  private static boolean onlyLabels(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      String tok = t.token(i);
      if (Character.isLetterOrDigit(tok.charAt(0)) && !LABELS.contains(tok)) {
        return false;
      }
    }
    return true;
  }

  /** Street types beyond the English ones of {@link StreetTypes} (German spellings). */
  private static final Set<String> OTHER_STREET_TYPES = Set.of("strasse", "straße", "weg", "allee");
  private static final Set<String> STREET_WORDS = Set.of("street", "avenue", "road", "boulevard", "lane", "drive",
      "terrace", "parkway", "highway", "crescent", "mews");

  /**
   * "8775 Lincoln Boulevard", "12 Kennedy Street": a name after a house number and before (or
   * ending in) a street type names the street; the street address detector reports the whole line,
   * house number included; a PERSON or LOCATION span here would take the street name from it.
   */
  private static boolean isStreetName(Tokens t, int from, int to) {
    String last = t.token(to - 1).toLowerCase(Locale.ROOT);
    if (STREET_WORDS.contains(last)) {
      return true;
    }
    boolean typeFollows = to < t.size() && isStreetType(t.token(to));
    boolean numberBefore = from > 0 && isHouseNumber(t.token(from - 1));
    return numberBefore && (typeFollows || isStreetType(last)) || inStreetLine(t, from, to);
  }

  /** Street types of the European address forms, written before the name, capitalized ("Via Roma 10", "Calle Mayor 5"). */
  private static final Set<String> TYPES_BEFORE_NAME = Set.of("via", "viale", "piazza", "corso", "vicolo", "largo",
      "calle", "avenida", "avda", "paseo", "plaza", "carrer", "rua", "apartado", "casella", "postfach", "postbus");
  /** French street types, lower case before the name ("12 rue de la Paix", "118 bis, impasse Jean Jaurès"). */
  private static final Set<String> FRENCH_TYPES = Set.of("rue", "avenue", "boulevard", "allée", "chemin", "impasse",
      "quai", "place", "route", "cours");
  /** German and Dutch street types ending a compound name ("Karl-Marx-Ring", "Dorpsweg"). */
  private static final String[] COMPOUND_TYPES = {"straße", "strasse", "weg", "gasse", "platz", "allee", "ring",
      "damm", "straat", "laan", "gracht", "plein", "kade", "singel", "dijk"};

  /**
   * A name inside a street line: "12538 Old Mill Road" and "2243 Grand Trail SE Apt. 107" (a house
   * number, at most two capitalized words, then the span holding or followed by an English street
   * type other than "Dr" and "St"); "Avda. del Prado 125", "Via Roma 10" (a capitalized Spanish or
   * Italian type at most three tokens before or at the start of the span, a house number at most
   * four tokens after it); "118 bis, impasse Jean Jaurès" (a house number, then a French type);
   * "Karl-Marx-Ring 107a" (a compound ending in a German or Dutch type, then a number). The street
   * address detector reports these lines whole.
   */
  private static boolean inStreetLine(Tokens t, int from, int to) {
    int n = t.size();
    if (germanStreet(t, from, to) || poBox(t, from, to)) {
      return true;
    }
    for (int i = from; i < Math.min(n, to + 3); i++) {
      String lower = t.token(i).toLowerCase(Locale.ROOT);
      boolean abbreviation = lower.equals("dr") || lower.equals("st");
      if (StreetTypes.isEnglish(lower) && (!abbreviation || i == to - 1 || i == to)) {
        int k = from - 1;
        int words = 0;
        while (k >= 0 && words < 2 && Character.isUpperCase(t.token(k).charAt(0))) {
          k--;
          words++;
        }
        if (k >= 0 && isLooseHouseNumber(t.token(k))) {
          return true;
        }
        break;
      }
    }
    for (int i = Math.max(0, from - 4); i < Math.min(n, to); i++) {
      String tok = t.token(i);
      String lower = tok.toLowerCase(Locale.ROOT);
      boolean spanishC = tok.equals("C") && i + 1 < n && t.token(i + 1).equals("/");
      if ((TYPES_BEFORE_NAME.contains(lower) || spanishC) && Character.isUpperCase(tok.charAt(0))) {
        for (int k = to; k < Math.min(n, to + 4); k++) {
          if (isLooseHouseNumber(t.token(k))) {
            return true;
          }
        }
      }
      if (FRENCH_TYPES.contains(lower) && i < from) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
          if (isLooseHouseNumber(t.token(k))) {
            return true;
          }
        }
      }
    }
    for (int i = from; i < Math.min(n, to); i++) {
      if (endsWithCompoundType(t, i)) {
        for (int k = i + 1; k < Math.min(n, to + 5); k++) {
          if (isLooseHouseNumber(t.token(k))) {
            return true;
          }
          if (k >= to && Character.isLetterOrDigit(t.token(k).charAt(0)) && !endsWithCompoundType(t, k)) {
            break;
          }
        }
      }
    }
    return false;
  }

  /** {@link StreetTypes#GERMAN_HEADS}, split into their words. */
  private static final List<String[]> GERMAN_HEADS =
      StreetTypes.GERMAN_HEADS.stream().map(h -> h.split(" ")).collect(Collectors.toUnmodifiableList());

  /**
   * The German two-word street forms of the street address pattern ({@link StreetTypes}), so that a
   * span dropped here is one the address detector reports: "Frankfurter Weg 70", "Münchner Str. 23"
   * (a type of {@link StreetTypes#GERMAN_SEPARATE} inside or right after the span, then a house
   * number); "Zum Brunnen 156", "An der Linde 111" (a head of {@link StreetTypes#GERMAN_HEADS}, one
   * name word, then a house number right after the span).
   */
  private static boolean germanStreet(Tokens t, int from, int to) {
    int n = t.size();
    for (int i = from; i < Math.min(n, to + 1); i++) {
      boolean dotted = i + 1 < n && t.token(i + 1).equals(".")
          && StreetTypes.GERMAN_SEPARATE.contains(t.token(i) + ".");
      if (dotted || StreetTypes.GERMAN_SEPARATE.contains(t.token(i))) {
        int k = dotted ? i + 2 : i + 1;
        if (k < n && isLooseHouseNumber(t.token(k))) {
          return true;
        }
      }
    }
    if (to >= n || !isLooseHouseNumber(t.token(to))) {
      return false;
    }
    for (String[] head : GERMAN_HEADS) {
      int h = to - 1 - head.length;
      if (h >= 0 && startsWith(t, h, head)) { // also a span that takes words before the street
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(Tokens t, int at, String[] words) {
    for (int k = 0; k < words.length; k++) {
      if (!t.token(at + k).equals(words[k])) {
        return false;
      }
    }
    return true;
  }

  /** Words that end "P.O.", "PO", "P. O." or "Post Office" right before "Box", as the address pattern's PO box reads them. */
  private static final Set<String> BOX_PREFIX_ENDS = Set.of(".", "o", "po", "office");

  /** "P.O. Box 65639", "PO Box 12": a span ending in "Box" after a post-office prefix and before a number. */
  private static boolean poBox(Tokens t, int from, int to) {
    return to >= 2 && to < t.size() && t.token(to - 1).equalsIgnoreCase("box") && isLooseHouseNumber(t.token(to))
        && BOX_PREFIX_ENDS.contains(t.token(to - 2).toLowerCase(Locale.ROOT));
  }

  /** "Dorpsweg", or "Ring" after a hyphen ("Karl-Marx-Ring"). */
  private static boolean endsWithCompoundType(Tokens t, int i) {
    String lower = t.token(i).toLowerCase(Locale.ROOT);
    for (String e : COMPOUND_TYPES) {
      if (lower.length() > e.length() + 2 && lower.endsWith(e) || lower.equals(e) && i > 0 && t.token(i - 1).equals("-")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person's or a place's name has no digits: a span such as "Reisepass Y93550852" is a label and
   * an identifier, which the pattern detectors report (organizations keep them: "3M", "7-Eleven").
   */
  private static boolean holdsDigits(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      String tok = t.token(i);
      for (int k = 0; k < tok.length(); k++) {
        if (Character.isDigit(tok.charAt(k))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "12", "221B", "31bis", "114b". */
  private static boolean isLooseHouseNumber(String tok) {
    int digits = 0;
    while (digits < tok.length() && Character.isDigit(tok.charAt(digits))) {
      digits++;
    }
    return digits >= 1 && digits <= 6 && tok.length() - digits <= 3;
  }

  private static boolean isStreetType(String token) {
    return StreetTypes.isEnglish(token) || OTHER_STREET_TYPES.contains(token.toLowerCase(Locale.ROOT));
  }

  private static boolean isHouseNumber(String tok) {
    int digits = 0;
    for (int i = 0; i < tok.length(); i++) {
      if (Character.isDigit(tok.charAt(i))) {
        digits++;
      } else if (i < tok.length() - 1 || !Character.isLetter(tok.charAt(i))) {
        return false;
      }
    }
    return digits >= 1 && digits <= 6;
  }

  /** "Parkinson's disease", "Down syndrome", "Foley catheter": a surname naming a thing. */
  private static boolean isEponym(Tokens t, int end) {
    int k = end;
    if (k + 1 < t.size() && (t.token(k).equals("'") || t.token(k).equals("’"))
        && t.token(k + 1).equalsIgnoreCase("s")) {
      k += 2;
    } else if (k < t.size() && (t.token(k).equals("'") || t.token(k).equals("’"))) {
      k += 1;
    }
    return k < t.size() && Lexicon.isEponymHead(t.token(k));
  }

  private static EntityType typeOf(String modelType) {
    if (modelType == null) {
      return null;
    }
    switch (modelType.toLowerCase(Locale.ROOT)) {
      case "person":
      case "per":
        return EntityType.PERSON;
      case "location":
      case "loc":
      case "place":
      case "gpe":
        return EntityType.LOCATION;
      case "organization":
      case "organisation":
      case "org":
        return EntityType.ORGANIZATION;
      default:
        return null;
    }
  }

  /**
   * Roster beats rules beats model; an overlap of the same type widens the accepted span, an
   * overlap of another type drops the weaker candidate.
   */
  private List<Finding> resolve(Tokens t, List<Candidate> candidates) {
    candidates.removeIf(c -> c.priority() < 3 && (gluedToCode(t, c.from(), c.to())
        || inStreetLine(t, c.from(), c.to())
        || c.type() != EntityType.ORGANIZATION && holdsDigits(t, c.from(), c.to())));
    candidates.sort(Comparator.comparingInt(Candidate::priority).reversed()
        .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
        .thenComparingInt(Candidate::from));
    List<Candidate> accepted = new ArrayList<>();
    outer:
    for (Candidate c : candidates) {
      for (int i = 0; i < accepted.size(); i++) {
        Candidate a = accepted.get(i);
        if (c.from < a.to && a.from < c.to) {
          if (a.type == c.type) {
            accepted.set(i, new Candidate(a.type, Math.min(a.from, c.from), Math.max(a.to, c.to),
                Math.max(a.score, c.score), a.priority));
          }
          continue outer;
        }
      }
      accepted.add(c);
    }
    List<Finding> out = new ArrayList<>(accepted.size());
    for (Candidate c : accepted) {
      out.add(Finding.of(c.type, t.start(c.from), t.end(c.to - 1), c.score, ID));
    }
    return out;
  }

  private record Candidate(EntityType type, int from, int to, double score, int priority) {
    int length() {
      return to - from;
    }
  }

  @Override
  public String toString() {
    return "NameDetector[rules=" + rules + ", roster=" + roster.size() + "]";
  }

  /** Reads Veil's own model format, or else a plain OpenNLP {@link TokenNameFinderModel}. */
  private static SentenceTagger read(InputStream in, String source) {
    try (InputStream raw = in) {
      if (raw == null) {
        throw new IOException("not found");
      }
      BufferedInputStream s = new BufferedInputStream(raw, 1 << 16);
      if (VeilNameModel.isVeilModel(s)) {
        return VeilNameModel.read(s);
      }
      return new OpenNlpTagger(new TokenNameFinderModel(s));
    } catch (IOException | RuntimeException e) {
      throw new NameModelException("cannot read name-finder model " + source + ": "
          + e.getClass().getSimpleName(), e);
    }
  }

  /** The bundled model, read on first use and shared by all detectors of this class loader. */
  private static final class BundledModel {
    private static final SentenceTagger MODEL =
        read(NameDetector.class.getResourceAsStream(BUNDLED_MODEL), "(bundled)");

    static SentenceTagger get() {
      return MODEL;
    }
  }

  /** Configures a {@link NameDetector}. Not thread-safe; {@link #build()} may be called again. */
  public static final class Builder {
    private Path modelPath;
    private List<String> roster = List.of();
    private boolean rules = true;
    private double minScore = 0.0;

    private Builder() {}

    /**
     * Uses this model file instead of the bundled one: a plain OpenNLP {@code
     * TokenNameFinderModel} file, or a file in Veil's own format (recognized by its header).
     */
    public Builder model(Path path) {
      this.modelPath = Objects.requireNonNull(path, "path");
      return this;
    }

    /**
     * Names that are always reported as {@link EntityType#PERSON}, matched case-insensitively on
     * whole tokens (a multi-word name's surname is matched on its own too).
     */
    public Builder roster(List<String> names) {
      Objects.requireNonNull(names, "names");
      for (String n : names) {
        Objects.requireNonNull(n, "roster entry");
      }
      this.roster = List.copyOf(names);
      return this;
    }

    /** Turns the title/patient/salutation/signature rules on (default) or off. */
    public Builder rules(boolean enabled) {
      this.rules = enabled;
      return this;
    }

    /** Drops model spans whose probability is below this (default 0: keep all). */
    public Builder minScore(double score) {
      if (!(score >= 0.0 && score <= 1.0)) {
        throw new IllegalArgumentException("minScore must be in [0, 1]");
      }
      this.minScore = score;
      return this;
    }

    /**
     * Reads the model and builds the detector.
     *
     * @throws NameModelException if the model file cannot be read or is not a name-finder model
     */
    public NameDetector build() {
      SentenceTagger model;
      if (modelPath == null) {
        model = BundledModel.get();
      } else {
        InputStream in;
        try {
          in = Files.newInputStream(modelPath);
        } catch (IOException e) {
          throw new NameModelException("cannot open name-finder model file "
              + modelPath.getFileName() + ": " + e.getClass().getSimpleName(), e);
        }
        model = read(in, "file " + modelPath.getFileName());
      }
      return new NameDetector(model, new Roster(roster), rules, minScore);
    }
  }
}
