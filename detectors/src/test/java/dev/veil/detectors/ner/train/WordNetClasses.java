package dev.veil.detectors.ner.train;

import dev.veil.detectors.ner.internal.WordClasses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The word-class table of the name model ({@link WordClasses}), for training only: each common
 * English word gets the WordNet 3.1 lexicographer file of its most frequent sense (the sense with
 * the highest tag count in {@code index.sense}, over all parts of speech), e.g. "spoke", "talked",
 * "told" {@code verb.communication}, "coming", "arrived" {@code verb.motion}, "nurse", "neighbour"
 * {@code noun.person}. Inflected forms take the best sense of their own lemma or of their base
 * form in the inflection's part of speech ("spoke" is a wheel part as a noun, but "speak" is far
 * more frequent), so a past tense or a plural lands with its lemma. Only senses WordNet writes in
 * lower case count (its proper nouns, "Lincoln", "Paris", would give names a class). Function words
 * and punctuation are closed classes, each its own value, and numbers have one.
 */
final class WordNetClasses {
  private WordNetClasses() {}

  /** Whether the model gets the word-class templates (trainer option --word-classes). */
  /**
   * Off by default since the round-6 merge: with the detector's second reading of chat sentences
   * and the per-class PERSON biases, a model trained with the classes scored lower on both
   * development sets than one trained without them (evaluation-ner-notes.md, round 6, merge).
   */
  static boolean enabled = false;

  /** WordNet's lexicographer files by number (lexnames of the WordNet 3.1 database). */
  static final String[] LEXNAMES = {"adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act",
      "noun.animal", "noun.artifact", "noun.attribute", "noun.body", "noun.cognition",
      "noun.communication", "noun.event", "noun.feeling", "noun.food", "noun.group",
      "noun.location", "noun.motive", "noun.object", "noun.person", "noun.phenomenon",
      "noun.plant", "noun.possession", "noun.process", "noun.quantity", "noun.relation",
      "noun.shape", "noun.state", "noun.substance", "noun.time", "verb.body", "verb.change",
      "verb.cognition", "verb.communication", "verb.competition", "verb.consumption",
      "verb.contact", "verb.creation", "verb.emotion", "verb.motion", "verb.perception",
      "verb.possession", "verb.social", "verb.stative", "verb.weather", "adj.ppl"};

  /** Closed classes: each of these words is its own class. */
  static final List<String> FUNCTION_WORDS = List.of((""
      + "i me my mine myself you your yours yourself he him his himself she her hers herself it "
      + "its itself we us our ours ourselves they them their theirs themselves u ur "
      + "a an the this that these those some any no every each all both either neither another "
      + "to with for from of in on at by about into onto over under after before between through "
      + "during without within among against toward towards via per near around across behind "
      + "beside along upon off out up down "
      + "and or but nor so yet if because although though while unless until since than as "
      + "whether "
      + "is am are was were be been being do does did has have had having will would shall "
      + "should can could may might must "
      + "who whom whose what which when where why how "
      + "not very too also just much many more most still even only really here there now then "
      + "again soon ever never always "
      + "yes yeah yep no nope ok okay oh hey hi hello thanks thank please sorry lol").split(" "));

  /** Punctuation tokens, each its own class. */
  static final List<String> PUNCTUATION = List.of(",", ".", "!", "?", ":", ";", "(", ")", "\"",
      "'", "-", "/", "&");

  /** The class of numbers (NameFeatures' lower form of a digit token). */
  static final String NUMBER = "<num>";

  private static final String[] POS = {"noun", "verb", "adj", "adv"};

  /** One sense: part of speech index into POS, lexicographer file, tag count, sense number. */
  private record Sense(int pos, int lexfile, int tags, int number) {
    boolean beats(Sense o) {
      if (tags != o.tags) {
        return tags > o.tags;
      }
      if (number != o.number) {
        return number < o.number;
      }
      return pos < o.pos;
    }
  }

  private static final class Holder {
    static final Map<String, String> TABLE = build();
  }

  /** Lower-case word to class name, every WordNet common word and its inflections. */
  static Map<String, String> table() {
    return Holder.TABLE;
  }

  /** The table as the model stores it, or {@link WordClasses#NONE} when disabled. */
  static WordClasses classes() {
    return enabled ? WordClasses.of(table()) : WordClasses.NONE;
  }

  private static Map<String, String> build() {
    // senses WordNet writes in lower case: "pos offset word"
    Set<String> lowerSenses = new HashSet<>();
    for (int p = 0; p < POS.length; p++) {
      int pos = p;
      WordNetWords.read("data." + POS[p], line -> WordNetWords.synsetLemmas(line, (offset, w) -> {
        if (isWord(w)) {
          lowerSenses.add(pos + " " + offset + " " + w);
        }
      }));
    }
    // every lower-case sense of each lemma, from the sense index (tag counts, sense numbers)
    Map<String, List<Sense>> senses = new HashMap<>();
    WordNetWords.read("index.sense", line -> {
      int pct = line.indexOf('%');
      String lemma = line.substring(0, pct);
      if (!isWord(lemma)) {
        return;
      }
      String[] f = line.split(" ");
      String[] key = f[0].substring(pct + 1).split(":");
      int ssType = Integer.parseInt(key[0]);
      int pos = ssType == 1 ? 0 : ssType == 2 ? 1 : ssType == 4 ? 3 : 2;
      if (!lowerSenses.contains(pos + " " + f[1] + " " + lemma)) {
        return;
      }
      senses.computeIfAbsent(lemma, k -> new ArrayList<>()).add(new Sense(pos,
          Integer.parseInt(key[1]), Integer.parseInt(f[3]), Integer.parseInt(f[2])));
    });
    // forms: the lemma itself, regular inflections, the exception lists' irregular forms
    Map<String, Sense> best = new HashMap<>();
    for (Map.Entry<String, List<Sense>> e : senses.entrySet()) {
      String lemma = e.getKey();
      for (Sense s : e.getValue()) {
        offer(best, lemma, s);
        for (String form : WordNetWords.inflections(lemma, POS[s.pos()])) {
          offer(best, form, s);
        }
      }
    }
    for (int p = 0; p < POS.length; p++) {
      int pos = p;
      WordNetWords.read(POS[p] + ".exc", line -> {
        String[] f = line.split(" ");
        if (f.length < 2 || !isWord(f[0])) {
          return;
        }
        for (int k = 1; k < f.length; k++) {
          for (Sense s : senses.getOrDefault(f[k], List.of())) {
            if (s.pos() == pos) {
              offer(best, f[0], s);
            }
          }
        }
      });
    }
    Map<String, String> out = new TreeMap<>();
    best.forEach((w, s) -> out.put(w, LEXNAMES[s.lexfile()]));
    for (String w : FUNCTION_WORDS) {
      out.put(w, w);
    }
    for (String p : PUNCTUATION) {
      out.put(p, p);
    }
    out.put(NUMBER, NUMBER);
    return out;
  }

  private static void offer(Map<String, Sense> best, String form, Sense s) {
    Sense old = best.get(form);
    if (old == null || s.beats(old)) {
      best.put(form, s);
    }
  }

  private static boolean isWord(String w) {
    if (w.length() < 2) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
