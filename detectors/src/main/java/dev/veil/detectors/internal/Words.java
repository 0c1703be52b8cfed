package dev.veil.detectors.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Context words by language. A request in language L is checked against the English words plus
 * the words for L (English labels such as "SSN" or "MRN" are common in every language). Words are
 * lower case; phrases may contain spaces. Immutable after {@link #build()}; thread-safe.
 */
public final class Words {
  private final Map<String, String[]> byLanguage;
  private final String[] all;
  private final Map<String, String[]> merged = new ConcurrentHashMap<>();
  private volatile Keywords keywords;

  private Words(Map<String, String[]> byLanguage) {
    this.byLanguage = Map.copyOf(byLanguage);
    Set<String> every = new LinkedHashSet<>();
    byLanguage.values().forEach(ws -> every.addAll(java.util.List.of(ws)));
    this.all = every.toArray(new String[0]);
  }

  public static Builder en(String... words) {
    return new Builder().lang("en", words);
  }

  /** English words plus those of {@code language} (its ISO 639 code). */
  public String[] forLanguage(Locale language) {
    String lang = language.getLanguage();
    if (lang.isEmpty() || lang.equals("en") || !byLanguage.containsKey(lang)) {
      return byLanguage.getOrDefault("en", new String[0]);
    }
    return merged.computeIfAbsent(lang, l -> {
      Set<String> s = new LinkedHashSet<>(java.util.List.of(byLanguage.getOrDefault("en", new String[0])));
      s.addAll(java.util.List.of(byLanguage.get(l)));
      return s.toArray(new String[0]);
    });
  }

  /** Every word of every language (for prefilters). */
  public String[] all() {
    return all.clone();
  }

  String[] allShared() {
    return all;
  }

  /** Every word of every language as a registered {@link Keywords} set (for prefilters and windows); created once. */
  public Keywords keywords() {
    Keywords k = keywords;
    if (k == null) {
      synchronized (this) {
        k = keywords;
        if (k == null) {
          k = Keywords.of(all);
          keywords = k;
        }
      }
    }
    return k;
  }

  /** Builder; not thread-safe. */
  public static final class Builder {
    private final Map<String, String[]> map = new LinkedHashMap<>();

    public Builder lang(String language, String... words) {
      String[] lower = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        lower[i] = words[i].toLowerCase(Locale.ROOT);
      }
      map.put(language, lower);
      return this;
    }

    public Builder de(String... words) {
      return lang("de", words);
    }

    public Builder fr(String... words) {
      return lang("fr", words);
    }

    public Builder es(String... words) {
      return lang("es", words);
    }

    public Builder it(String... words) {
      return lang("it", words);
    }

    public Builder nl(String... words) {
      return lang("nl", words);
    }

    public Builder pl(String... words) {
      return lang("pl", words);
    }

    public Builder sv(String... words) {
      return lang("sv", words);
    }

    public Words build() {
      return new Words(map);
    }
  }
}
