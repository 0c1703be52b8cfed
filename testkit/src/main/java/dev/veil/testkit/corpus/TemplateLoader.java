package dev.veil.testkit.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the template files of a split from the class path.
 *
 * <p>Layout: {@code dev/veil/testkit/corpus/templates/<split>/index.txt} lists the files of the
 * split; each file starts with {@code @register}, {@code @language} and {@code @region} lines,
 * then has one template per line ({@code #} starts a comment, {@code \n} is a line break, {@code
 * {SLOT}} is a slot). An unknown slot or directive fails loudly: a typo must not silently produce
 * unlabelled data.
 */
final class TemplateLoader {
  private TemplateLoader() {}

  private static final String ROOT = "/dev/veil/testkit/corpus/templates/";

  /** Parsed templates are immutable, so each split is read once per class loader. */
  private static final java.util.Map<Split, List<Template>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  static List<Template> load(Split split) {
    return CACHE.computeIfAbsent(split, TemplateLoader::read);
  }

  private static List<Template> read(Split split) {
    List<Template> out = new ArrayList<>();
    for (String file : lines(ROOT + split.folder() + "/index.txt")) {
      if (!file.isBlank() && !file.startsWith("#")) {
        out.addAll(parseFile(split, file.trim()));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no templates for split " + split);
    }
    return List.copyOf(out);
  }

  private static List<Template> parseFile(Split split, String file) {
    Register register = null;
    Locale language = Locale.ENGLISH;
    String region = "US";
    List<Template> out = new ArrayList<>();
    List<String> lines = lines(ROOT + split.folder() + "/" + file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = split.folder() + "/" + file + ":" + (i + 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("@")) {
        String[] kv = line.substring(1).trim().split("\\s+", 2);
        switch (kv[0]) {
          case "register" -> register = Register.valueOf(kv[1].trim().toUpperCase(Locale.ROOT));
          case "language" -> language = Locale.forLanguageTag(kv[1].trim());
          case "region" -> region = kv[1].trim();
          default -> throw new IllegalStateException(where + ": unknown directive @" + kv[0]);
        }
        continue;
      }
      if (register == null) {
        throw new IllegalStateException(where + ": template before @register");
      }
      out.add(new Template(where, split, register, language, region, parse(where, line.replace("\\n", "\n"))));
    }
    return out;
  }

  static List<Object> parse(String where, String line) {
    List<Object> parts = new ArrayList<>();
    int at = 0;
    while (at < line.length()) {
      int open = line.indexOf('{', at);
      if (open < 0) {
        parts.add(line.substring(at));
        break;
      }
      int close = line.indexOf('}', open);
      if (close < 0) {
        throw new IllegalStateException(where + ": unclosed slot");
      }
      if (open > at) {
        parts.add(line.substring(at, open));
      }
      String name = line.substring(open + 1, close);
      parts.add(Slots.get(name).orElseThrow(() -> new IllegalStateException(where + ": unknown slot {" + name + "}")));
      at = close + 1;
    }
    return List.copyOf(parts);
  }

  private static List<String> lines(String resource) {
    InputStream in = TemplateLoader.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing template resource " + resource);
    }
    try (BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return br.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
