package dev.veil.internal.policy;

import dev.veil.DataCategory;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.policy.Selector;
import java.util.List;

/** Whether a finding is data about a person; see {@link Selector}. */
final class PersonalData {
  private PersonalData() {}

  static boolean isIdentifier(EntityType t) {
    return t.isIn(DataCategory.HIPAA_IDENTIFIER) || t.isIn(DataCategory.GDPR_PERSONAL_DATA);
  }

  static boolean anyIdentifier(List<Finding> findings) {
    for (Finding f : findings) {
      if (isIdentifier(f.type())) {
        return true;
      }
    }
    return false;
  }

  static boolean isAboutPerson(Finding f, boolean textHasIdentifier) {
    if (isIdentifier(f.type()) || textHasIdentifier) {
      return true;
    }
    String subject = f.attributes().get(Selector.SUBJECT);
    return "self".equals(subject) || "other".equals(subject);
  }
}
