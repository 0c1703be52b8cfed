package dev.veil.detectors.ner.train;

import dev.veil.detectors.ner.internal.NameFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Training-only context dropout: for a share {@code p} of the token events, the features that
 * describe the neighbouring words (their lower forms, gazetteer/common-word flags, cue classes,
 * name-likeness bins) are left out and only the token's own evidence is kept, so that the weights
 * of that evidence must carry a name alone, as they have to in a sentence frame never seen in
 * training. The choice of an event is a pure function of the corpus seed, the sentence's index
 * and the token's position (no shared random state), so the training command stays
 * byte-reproducible. The run-time feature extractor is untouched: the model reads every
 * template at run time as before. Immutable and thread-safe.
 */
final class ContextDropout {
  /** Where dropout applies. */
  enum Mode {
    /** Any token event, entity or not, replaced by its context-free copy. */
    ALL,
    /** Only events of tokens inside a gold entity. */
    ENTITY,
    /** Events unchanged; a context-free copy of each chosen sentence with an entity is added. */
    DUPLICATE;

    static Mode parse(String s) {
      try {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown context-dropout mode " + s
            + " (all, entity, duplicate)", e);
      }
    }
  }

  /**
   * The template groups that can be dropped, by name prefix of {@link NameFeatures#TEMPLATES}
   * (names, not ids: ids past the legacy ones may move when templates are appended).
   */
  static final Map<String, List<String>> GROUPS = groups();

  private static Map<String, List<String>> groups() {
    Map<String, List<String>> g = new LinkedHashMap<>();
    // neighbouring words, also those given the current shape ("w-1|Cap=")
    g.put("words", List.of("w-1=", "w-2=", "w+1=", "w+2=", "w-1|", "w+1|"));
    // cue classes of the neighbours (title, greeting, preposition, ...)
    g.put("cues", List.of("k-1=", "k+1=", "k-2=", "k+2="));
    // gazetteer, common-word and name-likeness flags of the neighbours
    g.put("flags", List.of("g-1=", "g+1=", "cw-1=", "cw+1=", "nl-1=", "nl+1="));
    // the neighbours' shapes and the shape bigrams with them
    g.put("shapes", List.of("s-1=", "s+1=", "s-2=", "s+2=", "s-1s0=", "s0s+1="));
    return java.util.Collections.unmodifiableMap(g);
  }

  /** The first groups tried (round 6 a20/a35); the trainer's default is {@code words} alone. */
  static final List<String> WORDS_CUES_FLAGS = List.of("words", "cues", "flags");

  static final ContextDropout NONE = new ContextDropout(0, Mode.ALL, WORDS_CUES_FLAGS, 0);

  private final double p;
  private final Mode mode;
  private final List<String> groupNames;
  private final boolean[] dropped; // by template id
  private final int[] offset; // by template id: which neighbour a dropped template reads
  private final long seed;
  private final boolean keepInsideEntity;

  ContextDropout(double p, Mode mode, List<String> groupNames, long seed) {
    this(p, mode, groupNames, seed, false);
  }

  /**
   * @param keepInsideEntity keep a neighbour's features when the neighbour belongs to the same
   *     gold entity as the token ("Barton" keeps w+1 = "inc" in "Barton Inc"): within a name the
   *     neighbour is part of the evidence, not of the frame
   */
  ContextDropout(double p, Mode mode, List<String> groupNames, long seed,
      boolean keepInsideEntity) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("context dropout must be in [0, 1]: " + p);
    }
    this.p = p;
    this.mode = mode;
    this.groupNames = List.copyOf(groupNames);
    this.seed = seed;
    this.keepInsideEntity = keepInsideEntity;
    List<String> prefixes = new ArrayList<>();
    for (String name : groupNames) {
      List<String> g = GROUPS.get(name);
      if (g == null) {
        throw new IllegalArgumentException("unknown context-dropout group " + name + " "
            + GROUPS.keySet());
      }
      prefixes.addAll(g);
    }
    dropped = new boolean[NameFeatures.TEMPLATES.length];
    offset = new int[dropped.length];
    for (int t = 0; t < dropped.length; t++) {
      for (String prefix : prefixes) {
        if (NameFeatures.TEMPLATES[t].startsWith(prefix)) {
          dropped[t] = true;
          offset[t] = offsetOf(NameFeatures.TEMPLATES[t]);
        }
      }
    }
  }

  /** The neighbour a context template reads: "w-2=" -> -2, "s0s+1=" -> +1. */
  static int offsetOf(String template) {
    int k = Math.max(template.indexOf('-'), template.indexOf('+'));
    if (k < 0 || k + 1 >= template.length() || !Character.isDigit(template.charAt(k + 1))) {
      throw new IllegalStateException("not a neighbour template: " + template);
    }
    int d = template.charAt(k + 1) - '0';
    return template.charAt(k) == '-' ? -d : d;
  }

  boolean keepInsideEntity() {
    return keepInsideEntity;
  }

  /**
   * Whether a chosen event of token {@code i} loses template {@code t}; {@code entity[k]} is the
   * index of the gold entity token {@code k} belongs to, or -1.
   */
  boolean drops(int t, int i, int[] entity) {
    if (!drops(t)) {
      return false;
    }
    if (!keepInsideEntity || entity[i] < 0) {
      return true;
    }
    int j = i + offset[t];
    return j < 0 || j >= entity.length || entity[j] != entity[i];
  }

  double p() {
    return p;
  }

  Mode mode() {
    return mode;
  }

  boolean active() {
    return p > 0;
  }

  /** Whether template {@code t} is one this dropout leaves out of a chosen event. */
  boolean drops(int t) {
    return t < dropped.length && dropped[t];
  }

  /** The dropped template names, sorted (for the manifest). */
  Set<String> droppedTemplates() {
    Set<String> out = new TreeSet<>();
    for (int t = 0; t < dropped.length; t++) {
      if (dropped[t]) {
        out.add(NameFeatures.TEMPLATES[t]);
      }
    }
    return out;
  }

  /**
   * Whether the event of token {@code position} of sentence {@code sentence} is chosen: a
   * uniform draw from a 64-bit mix of seed, sentence and position, below {@code p}.
   */
  boolean chosen(int sentence, int position) {
    if (p <= 0) {
      return false;
    }
    long h = mix(seed ^ mix(((long) sentence << 32) ^ (position & 0xFFFFFFFFL)));
    return (h >>> 11) * 0x1.0p-53 < p;
  }

  /** Whether a whole sentence is chosen ({@link Mode#DUPLICATE}); position -1 by convention. */
  boolean chosenSentence(int sentence) {
    return chosen(sentence, -1);
  }

  /** SplitMix64's finalizer: a bijection with good avalanche. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  String describe() {
    if (!active()) {
      return "none";
    }
    return String.format(Locale.ROOT, "p %.2f, mode %s, groups %s%s: %s", p,
        mode.name().toLowerCase(Locale.ROOT), groupNames,
        keepInsideEntity ? ", neighbours inside the same entity kept" : "", droppedTemplates());
  }

  @Override
  public String toString() {
    return "ContextDropout[p=" + p + ", mode=" + mode + ", groups=" + groupNames
        + ", keepInsideEntity=" + keepInsideEntity + "]";
  }

  static List<String> parseGroups(String csv) {
    return Arrays.asList(csv.split(","));
  }
}
