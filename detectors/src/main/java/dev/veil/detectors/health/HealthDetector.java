package dev.veil.detectors.health;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.internal.AhoCorasick;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Health information: conditions, symptoms, procedures ({@link EntityType#HEALTH_CONDITION}),
 * medicines and dosing ({@link EntityType#MEDICATION}) and genetic data ({@link
 * EntityType#GENETIC_DATA}), from bundled lexicons (English, and German, French, Spanish, Italian
 * and Dutch for the commonest terms), generic drug-name stems, ICD-10 codes next to a
 * diagnosis/code word, lab values with units, and clinical abbreviations.
 *
 * <p>Every finding carries the attributes {@code subject} ({@code self}/{@code other}/{@code
 * none}, see {@link SubjectResolver}), {@code doc_category} ({@code clinical}/{@code
 * financial}/{@code general}, see {@link DocumentCategorizer}) and {@code kind}. A term said about a
 * person scores higher than a general mention; ambiguous terms ("stroke", "depression") are
 * reported only about a person or in a clinical text.
 *
 * <p>Immutable and thread-safe; the lexicon pass is one automaton scan (linear in the text). The
 * public no-argument constructor (for {@link java.util.ServiceLoader}) uses the bundled lexicons;
 * {@link #builder()} adds the caller's terms.
 */
public final class HealthDetector implements Detector {

  /** The detector id in findings and audit events. */
  public static final String ID = "health";

  static final double PERSON_SCORE = 0.85;
  static final double GENERAL_SCORE = 0.45;
  static final double AMBIGUOUS_PERSON_SCORE = 0.7;

  private final Lexicon lexicon;
  private final boolean categorize;

  /** The bundled lexicons and the bundled document categorizer. */
  public HealthDetector() {
    this(builder());
  }

  private HealthDetector(Builder b) {
    // the bundled instance, when it is the same, so that the document categorizer's count of
    // health terms reuses this detector's look-up of the same text (Lexicon caches the last text)
    this.lexicon = b.customTerms() ? b.lexicon().build() : HealthLexicon.bundled();
    this.categorize = b.categorize();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The bundled health lexicon (conditions, symptoms, procedures, medicines, genetic terms). */
  static Lexicon.Builder bundledLexicon() {
    Lexicon.Builder b = Lexicon.builder();
    Class<?> a = HealthDetector.class;
    b.addResource(EntityType.HEALTH_CONDITION, "condition", a, "conditions.txt");
    b.addResource(EntityType.HEALTH_CONDITION, "symptom", a, "symptoms.txt");
    b.addResource(EntityType.HEALTH_CONDITION, "procedure", a, "procedures.txt");
    b.addResource(EntityType.MEDICATION, "drug", a, "medications.txt");
    b.addResource(EntityType.GENETIC_DATA, "genetic", a, "genetic.txt");
    for (String line : Lexicon.resourceLines(a, "abbreviations.txt")) {
      int tab = line.indexOf('\t');
      b.add(EntityType.parse(line.substring(0, tab)), "abbreviation", line.substring(tab + 1));
    }
    b.excludeResource(a, "exclusions.txt");
    return b;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.HEALTH_CONDITION, EntityType.MEDICATION, EntityType.GENETIC_DATA);
  }

  @Override
  public List<Finding> detect(DetectorInput input) {
    String text = input.text();
    List<Lexicon.Match> terms = lexicon.find(text);
    List<ClinicalPatterns.Hit> patterns = ClinicalPatterns.find(text);
    List<int[]> drugs = morphology(text, terms);
    if (terms.isEmpty() && patterns.isEmpty() && drugs.isEmpty()) {
      return List.of();
    }
    DocCategory doc = categorize ? DocumentCategorizer.bundled().categorize(text).category()
        : DocCategory.GENERAL;
    boolean clinical = doc == DocCategory.CLINICAL;
    List<Finding> out = new ArrayList<>(terms.size() + patterns.size() + drugs.size());
    for (Lexicon.Match m : terms) {
      Subject s = SubjectResolver.resolve(text, m.start(), m.end(), clinical);
      if (m.ambiguous() && !s.isPerson() || isCurrencyOrRegion(text, m)) {
        continue;
      }
      double score = !s.isPerson() ? GENERAL_SCORE
          : m.ambiguous() ? AMBIGUOUS_PERSON_SCORE : PERSON_SCORE;
      out.add(finding(m.type(), m.start(), m.end(), score, m.kind(), s, doc));
    }
    for (int[] d : drugs) {
      Subject s = SubjectResolver.resolve(text, d[0], d[1], clinical);
      out.add(finding(EntityType.MEDICATION, d[0], d[1], s.isPerson() ? 0.8 : 0.4,
          "drug-morphology", s, doc));
    }
    for (ClinicalPatterns.Hit h : patterns) {
      if (!h.confirmed() && !clinical) {
        continue;
      }
      Subject s = SubjectResolver.resolve(text, h.start(), h.end(), clinical);
      double score = h.kind().equals("lab")
          ? (s.isPerson() ? 0.85 : 0.5)
          : (h.confirmed() ? (s.isPerson() ? 0.9 : 0.6) : 0.5);
      out.add(finding(EntityType.HEALTH_CONDITION, h.start(), h.end(), score, h.kind(), s, doc));
    }
    return out;
  }

  /** Abbreviations that are also currency or region codes: "CHF 2,100", "CAD 500", "CA 94107". */
  private static final Set<String> CODE_LIKE = Set.of("CHF", "CAD", "CA");

  private static boolean isCurrencyOrRegion(String text, Lexicon.Match m) {
    if (!m.kind().equals("abbreviation") || !CODE_LIKE.contains(text.substring(m.start(), m.end()))) {
      return false;
    }
    int after = m.end();
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    int before = m.start();
    while (before > 0 && text.charAt(before - 1) == ' ') {
      before--;
    }
    return after < text.length() && Character.isDigit(text.charAt(after))
        || before > 0 && (Character.isDigit(text.charAt(before - 1)) || text.charAt(before - 1) == ',');
  }

  /** Words that look like generic drug names and are not already lexicon matches. */
  static List<int[]> morphology(String text, List<Lexicon.Match> terms) {
    int[] wordEnds = stemWordEnds(text);
    if (wordEnds.length == 0) {
      return List.of();
    }
    List<int[]> out = List.of();
    int n = text.length();
    int t = 0;
    for (int i : wordEnds) {
      int b = i;
      while (b > 0 && Chars.isLetter(text.charAt(b - 1))) {
        b--;
      }
      if (i - b < 6 || (i < n && Character.isDigit(text.charAt(i)))
          || (b > 0 && Character.isDigit(text.charAt(b - 1)))) {
        continue;
      }
      while (t < terms.size() && terms.get(t).end() <= b) {
        t++;
      }
      if (t < terms.size() && terms.get(t).start() < i) {
        continue;
      }
      // only a word that ends like a stem (or like one plus "s") can be a drug name: tell without copying it
      if (!DrugMorphology.mayEndWithStem(AhoCorasick.fold(text.charAt(i - 3)), AhoCorasick.fold(text.charAt(i - 2)),
          AhoCorasick.fold(text.charAt(i - 1)))
          && !(AhoCorasick.fold(text.charAt(i - 1)) == 's' && DrugMorphology.mayEndWithStem(
              AhoCorasick.fold(text.charAt(i - 4)), AhoCorasick.fold(text.charAt(i - 3)),
              AhoCorasick.fold(text.charAt(i - 2))))) {
        continue;
      }
      int end = i;
      if (end + 1 < n && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
          && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S')) {
        end += 2;
      }
      String w = AhoCorasick.fold(text.substring(b, i));
      String stem = w.endsWith("s") && !DrugMorphology.looksLikeDrug(w) ? w.substring(0, w.length() - 1) : w;
      if (DrugMorphology.looksLikeDrug(stem)) {
        if (out.isEmpty()) {
          out = new ArrayList<>();
        }
        out.add(new int[] {b, end});
      }
    }
    return out;
  }

  /**
   * Ends of the words (letter runs) that end with a drug stem, or with one plus {@code s}, in
   * increasing order: only they can be drug names ({@link DrugMorphology#looksLikeDrug} accepts a
   * word only if it ends with a stem), and the shared scan of the bundled lexicons finds the stems
   * already, so no per-word pass over the text is needed.
   */
  private static int[] stemWordEnds(String text) {
    Lexicon.Hits hits = BundledLexicons.scan().hits(text);
    int first = BundledLexicons.stemOffset();
    int stems = DrugMorphology.suffixes().size();
    int n = text.length();
    int[] ends = null;
    int size = 0;
    for (int k = 0; k < hits.size; k++) {
      int p = hits.patterns[k] - first;
      if (p < 0 || p >= stems) {
        continue;
      }
      int e = hits.ends[k];
      int end;
      if (e == n || !Chars.isLetter(text.charAt(e))) {
        end = e;
      } else if (AhoCorasick.fold(text.charAt(e)) == 's' && (e + 1 == n || !Chars.isLetter(text.charAt(e + 1)))) {
        end = e + 1;
      } else {
        continue;
      }
      if (ends == null) {
        ends = new int[8];
      } else if (size == ends.length) {
        ends = java.util.Arrays.copyOf(ends, size * 2);
      }
      // hits come by end offset, so the word ends arrive nearly sorted: insert, skipping repeats
      int j = size;
      while (j > 0 && ends[j - 1] > end) {
        j--;
      }
      if (j > 0 && ends[j - 1] == end) {
        continue;
      }
      System.arraycopy(ends, j, ends, j + 1, size - j);
      ends[j] = end;
      size++;
    }
    return ends == null ? new int[0] : java.util.Arrays.copyOf(ends, size);
  }

  private Finding finding(EntityType type, int start, int end, double score, String kind,
      Subject subject, DocCategory doc) {
    return new Finding(type, new dev.veil.Span(start, end), score, ID, java.util.Map.of(
        HealthAttributes.KIND, kind,
        HealthAttributes.SUBJECT, subject.value(),
        HealthAttributes.DOC_CATEGORY, doc.value()));
  }

  @Override
  public String toString() {
    return "HealthDetector[terms=" + lexicon.size() + "]";
  }

  /**
   * Configures a {@link HealthDetector}: the bundled lexicons plus the caller's terms and files.
   * Not thread-safe.
   */
  public static final class Builder extends LexiconDetectorBuilder<Builder, HealthDetector> {
    private Builder() {
      super(bundledLexicon());
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public HealthDetector build() {
      return new HealthDetector(this);
    }

    @Override
    protected String kindOf(EntityType type) {
      requireHealthType(type);
      return switch (type) {
        case MEDICATION -> "drug";
        case GENETIC_DATA -> "genetic";
        default -> "condition";
      };
    }

    private static void requireHealthType(EntityType type) {
      Objects.requireNonNull(type, "type");
      if (type != EntityType.HEALTH_CONDITION && type != EntityType.MEDICATION
          && type != EntityType.GENETIC_DATA) {
        throw new dev.veil.VeilException("health lexicon terms must be HEALTH_CONDITION, MEDICATION"
            + " or GENETIC_DATA, not " + type);
      }
    }
  }
}
