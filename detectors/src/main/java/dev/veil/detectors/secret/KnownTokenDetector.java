package dev.veil.detectors.secret;

import com.google.re2j.Pattern;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Scan;
import dev.veil.detectors.internal.Windows;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Credentials with a published format: AWS access key ids, Google API keys, Azure storage account
 * keys and client secrets, GitHub, GitLab and Slack tokens, Slack webhooks, Stripe secret keys,
 * and JSON Web Tokens. Each format has a literal prefix; its pattern runs only around that prefix.
 * The {@code kind} attribute names the format.
 */
public final class KnownTokenDetector extends PatternDetector {
  private record Format(String kind, dev.veil.detectors.internal.Keywords literals, Pattern pattern, double score) {}

  private static final List<Format> FORMATS = List.of(
      f("aws-access-key-id", "akia,asia,abia,acca,aida,aroa,aipa,anpa,anva,apka", "\\b(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[0-9A-Z]{16}\\b", 0.95),
      f("gcp-api-key", "aiza", "\\bAIza[0-9A-Za-z_-]{35}", 0.95),
      f("gcp-oauth-secret", "gocspx-", "\\bGOCSPX-[0-9A-Za-z_-]{28}", 0.95),
      f("azure-storage-key", "accountkey=", "(?i)AccountKey=[A-Za-z0-9+/]{86}==", 0.97),
      f("azure-client-secret", "q~", "\\b[A-Za-z0-9_~.-]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}", 0.9),
      f("azure-sas-signature", "sig=", "\\bsig=[A-Za-z0-9%+/]{30,}(?:%3D|=)*", 0.9),
      f("github-token", "ghp_,gho_,ghu_,ghs_,ghr_", "\\bgh[pousr]_[A-Za-z0-9]{36,255}\\b", 0.97),
      f("github-pat", "github_pat_", "\\bgithub_pat_[A-Za-z0-9_]{60,255}\\b", 0.97),
      f("gitlab-token", "glpat-,gldt-,glrt-,glptt-,glcbt-,gloas-,glft-,glimt-,glagent-,glsoat-", "\\bgl(?:pat|dt|rt|ptt|cbt|oas|ft|imt|agent|soat)-[A-Za-z0-9_-]{20,64}\\b", 0.97),
      f("slack-token", "xox", "\\bxox[abeoprs]-[A-Za-z0-9-]{10,250}", 0.95),
      f("slack-webhook", "hooks.slack.com", "https://hooks\\.slack\\.com/(?:services|workflows)/[A-Za-z0-9/_+-]{20,}",
          0.95),
      f("stripe-secret-key", "_live_", "\\b(?:sk|rk)_live_[A-Za-z0-9]{20,99}\\b", 0.95),
      f("jwt", "eyj", "\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}", 0.95));

  private static Format f(String kind, String literal, String regex, double score) {
    return new Format(kind, dev.veil.detectors.internal.Keywords.of(literal.split(",")), Pattern.compile(regex), score);
  }

  public KnownTokenDetector() {
    super("known-token", EntityType.SECRET, "$^");
  }

  @Override
  protected Finding score(String text, Match m) {
    return null;
  }

  @Override
  public List<Finding> detect(DetectorInput input) {
    String text = input.text();
    Scan scan = Scan.of(text);
    List<Finding> out = new ArrayList<>();
    for (Format fm : FORMATS) {
      if (!scan.containsAny(fm.literals())) {
        continue;
      }
      int[] w = Windows.aroundWords(text, 40, 300, fm.literals());
      forEachMatch(fm.pattern(), text, w, input.context(), m -> out.add(
          finding(m.start(), m.end(), fm.score()).withAttribute("kind", fm.kind())));
    }
    return out;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.SECRET);
  }

  /** For tests: the kinds of token this detector knows. */
  static List<String> kinds() {
    return FORMATS.stream().map(Format::kind).toList();
  }
}
