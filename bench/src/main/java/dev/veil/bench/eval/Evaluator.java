package dev.veil.bench.eval;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.detect.Detector;
import dev.veil.testkit.corpus.GoldSpan;
import dev.veil.testkit.corpus.LabelledDocument;
import dev.veil.testkit.corpus.Obfuscation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a guard's findings against gold spans.
 *
 * <p>Exact match: same type, same start, same end. Relaxed match: same type and overlapping spans,
 * each gold span and each finding used at most once. Types detected by the NER and lexicon
 * detectors ({@link #UNSCORED}) are evaluated elsewhere and dropped from both sides, so a name in a
 * template never counts as a false positive here.
 */
public final class Evaluator {

  /** Types this evaluation does not score. */
  public static final Set<EntityType> UNSCORED = EnumSet.of(EntityType.PERSON, EntityType.LOCATION,
      EntityType.ORGANIZATION, EntityType.HEALTH_CONDITION, EntityType.MEDICATION, EntityType.GENETIC_DATA,
      EntityType.BIOMETRIC_DATA, EntityType.RACIAL_ETHNIC_ORIGIN, EntityType.POLITICAL_OPINION,
      EntityType.RELIGIOUS_BELIEF, EntityType.TRADE_UNION_MEMBERSHIP, EntityType.SEX_LIFE_ORIENTATION);

  private final Guard guard;

  public Evaluator(Guard guard) {
    this.guard = guard;
  }

  /** The union of {@link Detector#entityTypes()} of the guard's detectors. */
  public Set<EntityType> claimedTypes() {
    Set<EntityType> s = EnumSet.noneOf(EntityType.class);
    for (Detector d : guard.detectors()) {
      s.addAll(d.entityTypes());
    }
    return s;
  }

  /** Result of one run. */
  public record Result(Map<EntityType, TypeScore> byType, Map<String, TypeScore> nationalIdByCountry,
      Map<Obfuscation, TypeScore> claimedByObfuscation, TypeScore claimedPlain, int documents, long nanos,
      List<String> errors) {

    public TypeScore of(EntityType type) {
      return byType.getOrDefault(type, new TypeScore(0, 0, 0, 0, 0));
    }
  }

  public Result evaluate(List<LabelledDocument> docs) {
    Set<EntityType> claimed = claimedTypes();
    Map<EntityType, TypeScore> byType = new EnumMap<>(EntityType.class);
    Map<String, TypeScore> byCountry = new TreeMap<>();
    Map<Obfuscation, TypeScore> byObf = new EnumMap<>(Obfuscation.class);
    TypeScore plain = new TypeScore(0, 0, 0, 0, 0);
    List<String> errors = new ArrayList<>();
    long t0 = System.nanoTime();
    for (LabelledDocument doc : docs) {
      GuardContext ctx = GuardContext.builder().language(doc.language()).phoneRegion(doc.phoneRegion()).build();
      List<Finding> found = new ArrayList<>();
      for (Finding f : guard.inspect(doc.text(), ctx)) {
        if (!UNSCORED.contains(f.type())) {
          found.add(f);
        }
      }
      List<GoldSpan> gold = doc.spans().stream().filter(g -> !UNSCORED.contains(g.type())).toList();
      boolean[] goldHit = new boolean[gold.size()];
      boolean[] goldExact = new boolean[gold.size()];
      boolean[] foundHit = new boolean[found.size()];
      boolean[] foundExact = new boolean[found.size()];
      for (int g = 0; g < gold.size(); g++) {
        GoldSpan gs = gold.get(g);
        for (int p = 0; p < found.size(); p++) {
          Finding f = found.get(p);
          if (!foundExact[p] && f.type() == gs.type() && f.start() == gs.start() && f.end() == gs.end()) {
            goldExact[g] = foundExact[p] = true;
            goldHit[g] = foundHit[p] = true;
            break;
          }
        }
      }
      for (int g = 0; g < gold.size(); g++) {
        GoldSpan gs = gold.get(g);
        for (int p = 0; p < found.size() && !goldHit[g]; p++) {
          Finding f = found.get(p);
          if (!foundHit[p] && f.type() == gs.type() && f.start() < gs.end() && gs.start() < f.end()) {
            goldHit[g] = foundHit[p] = true;
          }
        }
      }
      for (int g = 0; g < gold.size(); g++) {
        GoldSpan gs = gold.get(g);
        TypeScore s = new TypeScore(1, 0, goldExact[g] ? 1 : 0, goldHit[g] ? 1 : 0, 0);
        if (!goldExact[g] && claimed.contains(gs.type())) {
          errors.add("MISS " + gs.type() + " " + doc.templateId() + " " + doc.obfuscations() + " "
              + quote(doc.text(), gs.start(), gs.end()));
        }
        byType.merge(gs.type(), s, TypeScore::plus);
        if (gs.type() == EntityType.NATIONAL_ID) {
          byCountry.merge(gs.country(), s, TypeScore::plus);
        }
        if (claimed.contains(gs.type())) {
          if (doc.isObfuscated()) {
            for (Obfuscation o : doc.obfuscations()) {
              byObf.merge(o, s, TypeScore::plus);
            }
          } else {
            plain = plain.plus(s);
          }
        }
      }
      for (int p = 0; p < found.size(); p++) {
        TypeScore s = new TypeScore(0, 1, 0, 0, foundHit[p] ? 1 : 0);
        if (!foundExact[p]) {
          Finding f = found.get(p);
          errors.add("FALSE " + f.type() + " " + doc.templateId() + " " + doc.obfuscations() + " "
              + quote(doc.text(), f.start(), f.end()));
        }
        byType.merge(found.get(p).type(), s, TypeScore::plus);
        if (doc.isObfuscated()) {
          for (Obfuscation o : doc.obfuscations()) {
            byObf.merge(o, s, TypeScore::plus);
          }
        } else {
          plain = plain.plus(s);
        }
      }
    }
    return new Result(byType, byCountry, byObf, plain, docs.size(), System.nanoTime() - t0, errors);
  }

  /** The span in brackets with some context, escaped to one line (the corpus is synthetic). */
  private static String quote(String text, int start, int end) {
    String s = text.substring(Math.max(0, start - 25), start) + "[[" + text.substring(start, end) + "]]"
        + text.substring(end, Math.min(text.length(), end + 15));
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0x2000 && c <= 0x206F) || c == 0xFEFF || c == 0xAD
          ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return sb.toString();
  }
}
