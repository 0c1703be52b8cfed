package dev.veil.detectors.secret;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Scan;
import dev.veil.detectors.internal.Windows;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords and secrets assigned to a key: {@code password=hunter2}, {@code "api_key": "..."},
 * {@code DB_PASSWORD: s3cr3t}, "mein Passwort ist Sommer2024", "mot de passe : ...". The span is the
 * value without quotes. Placeholders ({@code ***}, {@code <password>}, {@code ${DB_PASS}}, "none")
 * are not reported.
 */
public final class PasswordAssignmentDetector extends PatternDetector {
  private static final String[] KEYS = {"pass", "pwd", "secret", "api_key", "apikey", "api-key", "token",
      "credential", "kennwort", "mot de passe", "mdp", "contraseña", "clave", "wachtwoord", "private_key"};
  private static final dev.veil.detectors.internal.Keywords KEY_SET = dev.veil.detectors.internal.Keywords.of(KEYS);
  private static final Set<String> PLACEHOLDERS = Set.of("none", "null", "nil", "empty", "redacted", "hidden",
      "required", "true", "false", "undefined", "changeit", "your_password", "yourpassword", "password", "secret",
      "xxx", "xxxx", "xxxxxx", "xxxxxxxx", "example", "string", "is", "was", "the", "and", "for", "reset",
      "expired", "incorrect", "wrong", "protected", "policy", "manager", "field", "ist", "est", "es");

  public PasswordAssignmentDetector() {
    super("password-assignment", EntityType.SECRET, "(?i)"
        + "\\b(?:(?:[a-z0-9]+[_.-])*(?:password|passwd|passphrase|pwd|pass|secret|api[_-]?key|access[_-]?token|auth[_-]?token"
        + "|client[_-]?secret|token|credentials?|private[_-]?key|passwort|kennwort|mot de passe|mdp|contraseña"
        + "|clave|parola d'ordine|wachtwoord)(?:[_.-][a-z0-9]+)*)"
        + "[\"']?\\s*(?:=>|:=|=|:|\\s(?:is|ist|est|es|è|is:))\\s*"
        + "(\"[^\"\\n]{3,200}\"|'[^'\\n]{3,200}'|`[^`\\n]{3,200}`|[^\\s\"'`,;<>(){}\\[\\]]{3,200})");
  }

  @Override
  protected boolean mayContain(String text) {
    return Scan.of(text).containsAny(KEY_SET);
  }

  @Override
  protected int[] windows(String text) {
    return Windows.aroundWords(text, 40, 220, KEY_SET);
  }

  @Override
  protected Finding score(String text, Match m) {
    int s = m.start(1);
    int e = m.end(1);
    char q = text.charAt(s);
    if (q == '"' || q == '\'' || q == '`') {
      s++;
      e--;
    }
    while (e > s && ".,;:!?".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    String v = text.substring(s, e);
    if (e - s < 4 || isPlaceholder(v)) {
      return null;
    }
    boolean assignment = m.group().contains("=") || m.group().contains(":");
    if (!assignment && v.chars().allMatch(Character::isLetter)) {
      return null; // "the token is valid"
    }
    return finding(s, e, assignment ? 0.9 : 0.75).withAttribute("kind", "assignment");
  }

  private static boolean isPlaceholder(String v) {
    String l = v.toLowerCase(Locale.ROOT);
    if (PLACEHOLDERS.contains(l) || l.startsWith("${") || l.startsWith("{{") || l.startsWith("<")
        || l.startsWith("%(") || l.startsWith("$") || l.startsWith("process.env") || l.startsWith("os.environ")
        || l.startsWith("env[") || l.startsWith("getenv")) {
      return true;
    }
    boolean allMask = true;
    for (int i = 0; i < l.length(); i++) {
      char c = l.charAt(i);
      if (c != '*' && c != 'x' && c != '.' && c != '•' && c != '#' && c != '-') {
        allMask = false;
        break;
      }
    }
    return allMask;
  }
}
