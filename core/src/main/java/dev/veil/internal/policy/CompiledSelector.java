package dev.veil.internal.policy;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.veil.DataCategory;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.policy.PolicyException;
import dev.veil.policy.Selector;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link Selector} with its patterns compiled (RE2/J) and its sets as EnumSets. */
final class CompiledSelector {
  private final EnumSet<EntityType> types = EnumSet.noneOf(EntityType.class);
  private final boolean personalOnly;
  private final double minScore;
  private final Pattern detector;
  private final Map<String, Pattern> attributes = new LinkedHashMap<>();

  CompiledSelector(Selector s, String ruleId, String field) {
    if (s.anyFinding()) {
      types.addAll(EnumSet.allOf(EntityType.class));
    }
    types.addAll(s.types());
    for (EntityType t : EntityType.values()) {
      for (DataCategory c : s.categories()) {
        if (t.isIn(c)) {
          types.add(t);
        }
      }
    }
    this.personalOnly = s.personalOnly();
    this.minScore = s.minScore();
    this.detector = s.detectorPattern() == null ? null : compile(s.detectorPattern(), ruleId, field + ".detector");
    s.attributePatterns().forEach((k, v) -> attributes.put(k, compile(v, ruleId, field + ".attributes." + k)));
  }

  static Pattern compile(String regex, String ruleId, String field) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new PolicyException("rule '" + ruleId + "': " + field + " is not a valid RE2/J pattern: "
          + e.getDescription());
    }
  }

  boolean selects(Finding f, boolean textHasIdentifier) {
    if (!types.contains(f.type()) || f.score() < minScore) {
      return false;
    }
    if (personalOnly && !PersonalData.isAboutPerson(f, textHasIdentifier)) {
      return false;
    }
    if (detector != null && !detector.matches(f.detector())) {
      return false;
    }
    if (attributes.isEmpty()) {
      return true; // most selectors: no iterator to make
    }
    for (Map.Entry<String, Pattern> e : attributes.entrySet()) {
      String v = f.attributes().get(e.getKey());
      if (v == null || !e.getValue().matches(v)) {
        return false;
      }
    }
    return true;
  }
}
