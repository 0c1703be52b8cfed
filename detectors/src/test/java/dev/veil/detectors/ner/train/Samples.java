package dev.veil.detectors.ner.train;

import dev.veil.detectors.ner.internal.Tokens;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/** Turns labeled texts into OpenNLP name samples, cut into tokens and sentences as at run time. */
final class Samples {
  private Samples() {}

  static List<NameSample> toSamples(List<Labeled> texts) {
    List<NameSample> out = new ArrayList<>();
    for (Labeled l : texts) {
      Tokens t = Tokens.of(l.text());
      boolean first = true;
      for (int[] s : t.sentences()) {
        List<Span> names = new ArrayList<>();
        for (Labeled.Gold g : l.gold()) {
          int from = -1;
          int to = -1;
          for (int k = s[0]; k < s[1]; k++) {
            if (from < 0 && t.start(k) == g.start()) {
              from = k;
            }
            if (t.end(k) == g.end()) {
              to = k + 1;
            }
          }
          if (from >= 0 && to > from) {
            names.add(new Span(from - s[0], to - s[0], g.type()));
          }
        }
        out.add(new NameSample(t.slice(s[0], s[1]), names.toArray(new Span[0]), first));
        first = false;
      }
    }
    return out;
  }
}
