package dev.veil.detectors.special;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.VeilException;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.health.BundledLexicons;
import dev.veil.detectors.health.DocCategory;
import dev.veil.detectors.health.DocumentCategorizer;
import dev.veil.detectors.health.HealthAttributes;
import dev.veil.detectors.health.Lexicon;
import dev.veil.detectors.health.LexiconDetectorBuilder;
import dev.veil.detectors.health.Subject;
import dev.veil.detectors.health.SubjectResolver;
import dev.veil.detectors.internal.AhoCorasick;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Signals for the GDPR Art. 9(1) special categories other than health: racial or ethnic origin,
 * political opinions, religious or philosophical beliefs, trade-union membership, biometric data,
 * and sex life or sexual orientation (genetic data is reported by the health detector).
 *
 * <p>Most of these words are everyday vocabulary ("black box", "the union of two sets", "Christmas
 * market"), so a term marked ambiguous in the lexicon is reported only when it is said about a
 * person <em>and</em> an identity word stands just before it ("I am", "he is", "identifies as",
 * "votes", "a member of"). Unambiguous phrases ("union dues", "sexual orientation") are reported
 * about anyone, with a low score when no person is involved.
 *
 * <p>Attributes: {@code subject}, {@code doc_category}, {@code kind} (as on health findings; see
 * {@link HealthAttributes}). Immutable and thread-safe.
 */
public final class SpecialCategoryDetector implements Detector {

  /** The detector id in findings and audit events. */
  public static final String ID = "special-category";

  private static final Map<EntityType, String[]> FILES = new EnumMap<>(Map.of(
      EntityType.RACIAL_ETHNIC_ORIGIN, new String[] {"racial-ethnic.txt", "ethnic-origin"},
      EntityType.POLITICAL_OPINION, new String[] {"political.txt", "political"},
      EntityType.RELIGIOUS_BELIEF, new String[] {"religious.txt", "religion"},
      EntityType.TRADE_UNION_MEMBERSHIP, new String[] {"trade-union.txt", "trade-union"},
      EntityType.BIOMETRIC_DATA, new String[] {"biometric.txt", "biometric"},
      EntityType.SEX_LIFE_ORIENTATION, new String[] {"sexual.txt", "sexual"}));

  /** Words that, just before an ambiguous term, make it a statement about who someone is. */
  private static final Set<String> IDENTITY_CUES = Set.of(
      "am", "i'm", "im", "is", "are", "was", "were", "he's", "she's", "they're", "we're", "be",
      "being", "been", "identify", "identifies", "identified", "became", "become", "born",
      "raised", "as", "vote", "votes", "voted", "voting", "support", "supports", "supporter",
      "member", "converted", "practising", "practicing", "devout", "openly", "out",
      "bin", "ist", "sind", "war", "wähle", "suis", "est", "sommes", "soy", "es", "somos", "eres",
      "sono", "è", "siamo", "ben", "zijn", "stem");
  private static final int CUE_WINDOW = 4;

  private final Lexicon lexicon;
  private final boolean categorize;

  /** The bundled lexicons and the bundled document categorizer. */
  public SpecialCategoryDetector() {
    this(builder());
  }

  private SpecialCategoryDetector(Builder b) {
    // the bundled terms are scanned in one pass with the health detector's (BundledLexicons)
    this.lexicon = b.custom() ? b.terms().build() : BundledLexicons.special();
    this.categorize = b.categorizes();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The bundled special-category terms and exclusions, unbuilt (for {@link BundledLexicons}, which
   * scans them together with the health terms).
   */
  public static Lexicon.Builder bundledTerms() {
    Lexicon.Builder b = Lexicon.builder();
    for (Map.Entry<EntityType, String[]> e : FILES.entrySet()) {
      b.addResource(e.getKey(), e.getValue()[1], SpecialCategoryDetector.class, e.getValue()[0]);
    }
    b.excludeResource(SpecialCategoryDetector.class, "exclusions.txt");
    return b;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return FILES.keySet();
  }

  @Override
  public List<Finding> detect(DetectorInput input) {
    String text = input.text();
    List<Lexicon.Match> terms = lexicon.find(text);
    if (terms.isEmpty()) {
      return List.of();
    }
    DocCategory doc = categorize ? DocumentCategorizer.bundled().categorize(text).category()
        : DocCategory.GENERAL;
    List<Finding> out = new ArrayList<>(terms.size());
    for (Lexicon.Match m : terms) {
      // the clinical-document default ("a note is about its patient") is for health terms only
      Subject s = selfInTerm(text, m) ? Subject.SELF
          : SubjectResolver.resolve(text, m.start(), m.end(), false);
      double score;
      if (m.ambiguous()) {
        if (!s.isPerson() || !identityCueBefore(text, m.start())) {
          continue;
        }
        score = 0.75;
      } else {
        score = s.isPerson() ? 0.85 : 0.35;
      }
      out.add(new Finding(m.type(), new dev.veil.Span(m.start(), m.end()), score, ID, Map.of(
          HealthAttributes.KIND, m.kind(),
          HealthAttributes.SUBJECT, s.value(),
          HealthAttributes.DOC_CATEGORY, doc.value())));
    }
    return out;
  }

  /** "I voted for", "je vote pour": the phrase itself names its subject. */
  private static boolean selfInTerm(String text, Lexicon.Match m) {
    int sp = text.indexOf(' ', m.start());
    if (sp < 0 || sp >= m.end()) {
      return false;
    }
    String first = AhoCorasick.fold(text.substring(m.start(), sp));
    return first.equals("i") || first.equals("i'm") || first.equals("je") || first.equals("ich");
  }

  private static boolean identityCueBefore(String text, int start) {
    int i = start;
    for (int k = 0; k < CUE_WINDOW && i > 0; k++) {
      int e = i;
      while (e > 0 && !isTokenChar(text.charAt(e - 1))) {
        char c = text.charAt(e - 1);
        if (c == '.' || c == '!' || c == '?' || c == '\n') {
          return false;
        }
        e--;
      }
      int b = e;
      while (b > 0 && isTokenChar(text.charAt(b - 1))) {
        b--;
      }
      if (b == e) {
        return false;
      }
      String tok = AhoCorasick.fold(text.substring(b, e));
      if (IDENTITY_CUES.contains(tok) || tok.endsWith("'s") && k == 0) {
        return true;
      }
      i = b;
    }
    return false;
  }

  private static boolean isTokenChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-';
  }

  @Override
  public String toString() {
    return "SpecialCategoryDetector[terms=" + lexicon.size() + "]";
  }

  /** Configures a {@link SpecialCategoryDetector}; not thread-safe. */
  public static final class Builder extends LexiconDetectorBuilder<Builder, SpecialCategoryDetector> {
    private Builder() {
      super(bundledTerms());
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public SpecialCategoryDetector build() {
      return new SpecialCategoryDetector(this);
    }

    private Lexicon.Builder terms() {
      return lexicon();
    }

    private boolean custom() {
      return customTerms();
    }

    private boolean categorizes() {
      return categorize();
    }

    @Override
    protected String kindOf(EntityType type) {
      Objects.requireNonNull(type, "type");
      String[] f = FILES.get(type);
      if (f == null) {
        throw new VeilException("special-category terms must be one of " + FILES.keySet()
            + ", not " + type);
      }
      return f[1];
    }
  }
}
