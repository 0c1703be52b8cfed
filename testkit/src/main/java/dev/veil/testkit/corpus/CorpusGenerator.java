package dev.veil.testkit.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Generates labelled documents from one split's templates.
 *
 * <pre>{@code
 * List<LabelledDocument> docs = CorpusGenerator.builder()
 *     .split(Split.HELDOUT).seed(20261129L).obfuscationRate(0.25).build()
 *     .generate(2000);
 * }</pre>
 *
 * <p>Document {@code i} depends only on the split, the seed, the rate and {@code i}: the same
 * arguments give the same documents on every run and machine. A generator is immutable and
 * thread-safe.
 */
public final class CorpusGenerator {
  private static final List<Obfuscation> VALUE_OBFUSCATIONS = List.of(Obfuscation.FULLWIDTH_DIGITS,
      Obfuscation.ZERO_WIDTH, Obfuscation.NBSP, Obfuscation.SPACED_DIGITS, Obfuscation.LINE_BREAK,
      Obfuscation.SPELLED_EMAIL, Obfuscation.DIGITS_AS_WORDS, Obfuscation.CONFUSABLE_LETTERS,
      Obfuscation.JSON_ESCAPED);
  private static final String JSON_PREFIX = "{\"role\":\"user\",\"content\":\"";

  private final Split split;
  private final long seed;
  private final double obfuscationRate;
  private final List<Template> templates;

  private CorpusGenerator(Builder b) {
    this.split = b.split;
    this.seed = b.seed;
    this.obfuscationRate = b.obfuscationRate;
    this.templates = TemplateLoader.load(split);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Split split() {
    return split;
  }

  public long seed() {
    return seed;
  }

  /** Number of templates in the split. */
  public int templateCount() {
    return templates.size();
  }

  /** The first {@code count} documents. */
  public List<LabelledDocument> generate(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    List<LabelledDocument> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(document(i));
    }
    return out;
  }

  /** Document number {@code index}. */
  public LabelledDocument document(int index) {
    RandomGenerator r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + split.ordinal());
    // cycle through the templates so every frame is used equally; the random draw varies the values
    Template t = templates.get(Math.floorMod(index, templates.size()));
    Obfuscation obf = r.nextDouble() < obfuscationRate
        ? VALUE_OBFUSCATIONS.get(r.nextInt(VALUE_OBFUSCATIONS.size()))
        : null;
    return render(t, r, obf, split.folder() + "-" + seed + "-" + index);
  }

  private static LabelledDocument render(Template t, RandomGenerator r, Obfuscation obf, String id) {
    boolean json = obf == Obfuscation.JSON_ESCAPED;
    StringBuilder out = new StringBuilder();
    List<GoldSpan> spans = new ArrayList<>();
    EnumSet<Obfuscation> applied = EnumSet.noneOf(Obfuscation.class);
    for (Object part : t.parts()) {
      if (part instanceof String literal) {
        out.append(json ? Obfuscator.jsonEscape(literal) : literal);
        continue;
      }
      Slots.Slot slot = (Slots.Slot) part;
      String value = slot.values().apply(r);
      String shown = value;
      if (obf != null && !json && slot.type() != null) {
        String disguised = Obfuscator.apply(obf, slot.type(), value, r);
        if (disguised != null) {
          shown = disguised;
          applied.add(obf);
        }
      }
      if (json) {
        shown = Obfuscator.jsonEscape(shown);
      }
      int start = out.length();
      out.append(shown);
      if (slot.type() != null) {
        spans.add(new GoldSpan(slot.type(), start, out.length(), slot.country(), slot.name(), value,
            !shown.equals(value)));
      }
    }
    String text = out.toString();
    if (json) {
      applied.add(Obfuscation.JSON_ESCAPED);
      text = JSON_PREFIX + text + "\"}";
      spans.replaceAll(s -> s.shift(JSON_PREFIX.length()));
    }
    if (t.isMarkdownTable()) {
      applied.add(Obfuscation.MARKDOWN_TABLE);
    }
    return new LabelledDocument(id, text, spans, t.split(), t.id(), t.register(), t.language(), t.phoneRegion(),
        applied);
  }

  /** Builder; not thread-safe. */
  public static final class Builder {
    private Split split = Split.DEV;
    private long seed = 20261129L;
    private double obfuscationRate = 0.25;

    private Builder() {}

    public Builder split(Split value) {
      this.split = Objects.requireNonNull(value, "split");
      return this;
    }

    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** Share of documents drawn with a disguise, in {@code [0, 1]}; 0.25 by default. */
    public Builder obfuscationRate(double value) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("obfuscationRate must be in [0, 1]");
      }
      this.obfuscationRate = value;
      return this;
    }

    /**
     * @throws IllegalStateException if the split's templates are missing or name an unknown slot
     */
    public CorpusGenerator build() {
      return new CorpusGenerator(this);
    }
  }
}
