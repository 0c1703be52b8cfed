package dev.veil.detectors.ner.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.datafaker.Faker;

/**
 * English words that are not names, for training only: every word written in lower case in
 * datafaker's English data files (its word, verb, job, food, medical and quote lists and the
 * running text of its other English files). A word someone wrote in lower case inside a phrase
 * is a common word, not a proper noun; about 20,000 of them, with their plural forms. They extend the common-word lexicon
 * stored in the model and fill the capitalized non-name headings of the phrase grammar
 * ("Monthly Wound Care Checklist"), so that a capitalized word the templates never used is not
 * taken for a name just because it is capitalized.
 */
final class Vocabulary {
  private Vocabulary() {}

  private static final class Holder {
    static final List<String> WORDS = load();
  }

  /** The words, lower case, sorted (so that corpus generation is reproducible). */
  static List<String> words() {
    return Holder.WORDS;
  }

  private static List<String> load() {
    Set<String> out = new TreeSet<>();
    try (ZipFile jar = new ZipFile(Path.of(Faker.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI()).toFile())) {
      Enumeration<? extends ZipEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (!e.getName().startsWith("en/") || !e.getName().endsWith(".yml")) {
          continue;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(jar.getInputStream(e),
            StandardCharsets.UTF_8))) {
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            String l = line.trim();
            if (l.startsWith("- ")) { // values only, not keys
              addLowerWords(l, out);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    // plurals and third persons ("caregivers", "tokens"): the lists hold mostly base forms
    Set<String> inflected = new TreeSet<>(out);
    for (String w : out) {
      if (w.length() < 3) {
        continue;
      }
      if (w.endsWith("y") && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
        inflected.add(w.substring(0, w.length() - 1) + "ies");
      } else if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) {
        inflected.add(w + "es");
      } else {
        inflected.add(w + "s");
      }
    }
    return List.copyOf(new ArrayList<>(inflected));
  }

  /** Runs of ASCII letters, at least 2 long, written entirely in lower case. */
  private static void addLowerWords(String line, Set<String> out) {
    int i = 0;
    while (i < line.length()) {
      int j = i;
      while (j < line.length() && isAsciiLetter(line.charAt(j))) {
        j++;
      }
      if (j > i) {
        // a word glued to a template marker ("#{first_name}") or inside a code is not prose
        boolean glued = (i > 0 && (line.charAt(i - 1) == '{' || line.charAt(i - 1) == '_'
            || line.charAt(i - 1) == '#')) || (j < line.length() && (line.charAt(j) == '_'
            || line.charAt(j) == '}'));
        String w = line.substring(i, j);
        if (!glued && w.length() >= 2 && w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
          out.add(w);
        }
        i = j;
      } else {
        i++;
      }
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
