package dev.veil.detectors.ner.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Fills templates with pool values and records where each entity landed. Texts are sometimes two
 * sentences joined (with a space or a line break), and sometimes entirely lower or upper case, the
 * way people type into chat boxes and old systems print letters.
 */
final class CorpusGenerator {
  private static final String[] TITLES = {
      "Dr.", "Dr", "Dr.", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Prof.", "Nurse",
      "Doctor", "Mx."};
  private static final String[] PARTICLE_FIRST_SEP = {" "};

  private final Pools pools;
  private final boolean heldOut;
  private final Random r;
  private double lowerShare = 0.07;
  private double upperShare = 0.05;
  private double slotShare = 0.0;

  CorpusGenerator(Pools pools, boolean heldOut, long seed) {
    this.pools = pools;
    this.heldOut = heldOut;
    this.r = new Random(seed);
  }

  /** Shares of texts written entirely in lower case and in upper case (defaults 7% and 5%). */
  CorpusGenerator recasing(double lower, double upper) {
    this.lowerShare = lower;
    this.upperShare = upper;
    return this;
  }

  /**
   * Share of the phrase-grammar texts drawn from {@link SlotGrammar} instead of
   * {@link TrainingTemplates#composed} (default 0).
   */
  CorpusGenerator slotShare(double share) {
    this.slotShare = share;
    return this;
  }

  private String grammarText() {
    if (slotShare > 0 && r.nextDouble() < slotShare) {
      // two passes: {HEAD} expands to words, {word} to a vocabulary word
      return TrainingTemplates.expand(TrainingTemplates.expand(SlotGrammar.sentence(r), r), r);
    }
    return TrainingTemplates.composed(r);
  }

  /** {@code n} texts, a share {@code noEntityShare} of them from the no-entity templates. */
  List<Labeled> generate(List<String> withEntities, List<String> noEntities, int n,
      double noEntityShare) {
    return generate(withEntities, noEntities, n, noEntityShare, 0.0);
  }

  /** As above; a share {@code grammarShare} comes from the training phrase grammar. */
  List<Labeled> generate(List<String> withEntities, List<String> noEntities, int n,
      double noEntityShare, double grammarShare) {
    List<Labeled> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      Labeled one = r.nextDouble() < grammarShare ? fill(grammarText())
          : fill(pick(r.nextDouble() < noEntityShare ? noEntities : withEntities));
      if (r.nextDouble() < 0.25) {
        Labeled two = fill(pick(r.nextBoolean() ? noEntities : withEntities));
        one = join(one, two, r.nextDouble() < 0.3 ? "\n" : " ");
      }
      double c = r.nextDouble();
      if (c < lowerShare) {
        one = recase(one, false);
      } else if (c < lowerShare + upperShare) {
        one = recase(one, true);
      }
      out.add(one);
    }
    return out;
  }

  Labeled fill(String template) {
    StringBuilder sb = new StringBuilder();
    List<Labeled.Gold> gold = new ArrayList<>();
    String lastFirst = null;
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        sb.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0 || !template.substring(open + 1, close).matches("[A-Za-z]+(:[A-Za-z]+)?")) {
        sb.append(template, i, open + 1); // a literal brace, e.g. in code
        i = open + 1;
        continue;
      }
      sb.append(template, i, open);
      String slot = template.substring(open + 1, close);
      boolean lower = Character.isLowerCase(slot.charAt(0));
      boolean upper = slot.endsWith(":U"); // a value in upper case: {FIRST:U}
      if (upper) {
        slot = slot.substring(0, slot.length() - 2);
      }
      String key = slot.toUpperCase(Locale.ROOT);
      String fixedFirst = null;
      if (key.startsWith("NAMED:")) {
        fixedFirst = slot.substring(6); // a first name that is also a word: {NAMED:Bill}
        key = "NAMED";
      }
      String type = null;
      String value;
      switch (key) {
        case "PER": value = person(); type = "person"; break;
        case "FIRST":
          // a repeated {FIRST} in one template mostly refers to the same person
          value = lastFirst != null && r.nextDouble() < 0.7 ? lastFirst : first();
          lastFirst = value;
          type = "person";
          break;
        case "LAST": value = last(); type = "person"; break;
        case "INIT": value = (char) ('A' + r.nextInt(26)) + "."; type = "person"; break;
        case "NAMED": value = fixedFirst + " " + last(); type = "person"; break;
        case "TITLE": value = pick(TITLES); break;
        case "LOC": value = pick(heldOut && r.nextBoolean() ? pools.placeHeld : pools.placeTrain);
          type = "location"; break;
        case "ORG": value = pick(heldOut && r.nextBoolean() ? pools.orgHeld : pools.orgTrain);
          type = "organization"; break;
        case "DRUG": value = pick(pools.drugs); break;
        case "DIS": value = pick(pools.diseases); break;
        case "MONTH": value = pick(Pools.MONTHS); break;
        case "DAY": value = pick(Pools.DAYS); break;
        case "NUM": value = Integer.toString(1 + r.nextInt(r.nextBoolean() ? 100 : 99999)); break;
        case "DATE": value = (1 + r.nextInt(12)) + "/" + (1 + r.nextInt(28)) + "/" + (1940 + r.nextInt(85)); break;
        case "TIME": value = (1 + r.nextInt(12)) + ":" + (r.nextBoolean() ? "00" : "30") + (r.nextBoolean() ? " pm" : " am"); break;
        case "PROD": value = pick(Pools.PRODUCTS); break;
        case "DEPT": value = pick(Pools.DEPTS); break;
        default: throw new IllegalArgumentException("unknown slot " + slot);
      }
      if (lower) {
        value = value.toLowerCase(Locale.ROOT);
      } else if (upper) {
        value = value.toUpperCase(Locale.ROOT);
      }
      int start = sb.length();
      sb.append(value);
      if (type != null) {
        gold.add(new Labeled.Gold(type, start, sb.length()));
      }
      i = close + 1;
    }
    return new Labeled(sb.toString(), mergeAdjacent(sb, gold));
  }

  /** "{FIRST} {LAST}" is one person: merge person spans separated by a single space. */
  private static List<Labeled.Gold> mergeAdjacent(CharSequence text, List<Labeled.Gold> gold) {
    List<Labeled.Gold> out = new ArrayList<>();
    for (Labeled.Gold g : gold) {
      if (!out.isEmpty()) {
        Labeled.Gold prev = out.get(out.size() - 1);
        if (prev.type().equals("person") && g.type().equals("person")
            && g.start() == prev.end() + 1 && text.charAt(prev.end()) == ' ') {
          out.set(out.size() - 1, new Labeled.Gold("person", prev.start(), g.end()));
          continue;
        }
      }
      out.add(g);
    }
    return out;
  }

  private String first() {
    return pick(heldOut && r.nextBoolean() ? pools.firstHeld : pools.firstTrain);
  }

  private String last() {
    if (r.nextDouble() < 0.05) {
      return pick(Pools.particleLast());
    }
    return pick(heldOut && r.nextBoolean() ? pools.lastHeld : pools.lastTrain);
  }

  private String person() {
    double p = r.nextDouble();
    if (p < 0.50) {
      return first() + " " + last();
    } else if (p < 0.58) {
      return first() + " " + (char) ('A' + r.nextInt(26)) + ". " + last();
    } else if (p < 0.64) {
      return (char) ('A' + r.nextInt(26)) + ". " + last();
    } else if (p < 0.68) {
      return first() + " " + last() + "-" + last();
    } else if (p < 0.76) {
      return first() + " " + first() + " " + last();
    } else if (p < 0.88) {
      return first();
    } else if (p < 0.96) {
      return last();
    }
    return first() + PARTICLE_FIRST_SEP[0] + pick(Pools.particleLast());
  }

  private static Labeled join(Labeled a, Labeled b, String sep) {
    List<Labeled.Gold> gold = new ArrayList<>(a.gold());
    int shift = a.text().length() + sep.length();
    for (Labeled.Gold g : b.gold()) {
      gold.add(new Labeled.Gold(g.type(), g.start() + shift, g.end() + shift));
    }
    return new Labeled(a.text() + sep + b.text(), gold);
  }

  private static Labeled recase(Labeled l, boolean upper) {
    String t = upper ? l.text().toUpperCase(Locale.ROOT) : l.text().toLowerCase(Locale.ROOT);
    return t.length() == l.text().length() ? new Labeled(t, l.gold()) : l;
  }

  private String pick(List<String> list) {
    return list.get(r.nextInt(list.size()));
  }

  private String pick(String[] list) {
    return list[r.nextInt(list.length)];
  }
}
