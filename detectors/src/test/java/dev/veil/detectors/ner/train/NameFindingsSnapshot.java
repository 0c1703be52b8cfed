package dev.veil.detectors.ner.train;

import dev.veil.Finding;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.ner.NameDetector;
import dev.veil.detectors.ner.internal.SentenceTagger;
import dev.veil.detectors.ner.internal.Tokens;
import dev.veil.detectors.ner.internal.BundledModel;
import dev.veil.detectors.ner.internal.VeilNameModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Writes a canonical listing of what the bundled name model finds on the evaluation texts: the
 * detector's findings (with and without rules) and the decoder's raw spans per sentence, over the
 * held-out set, both development sets, the hand-written prompts, the name-free texts and a sample
 * of generated training texts. One line per finding (set, text index, start, end, type, exact
 * score), never the text itself. A speed change that must not change findings writes the listing
 * before and after and compares the files ({@code cmp}).
 *
 * <pre>
 * java -cp detectors/target/test-classes:detectors/target/classes:$(deps) \
 *   dev.veil.detectors.ner.train.NameFindingsSnapshot OUT_FILE
 * </pre>
 */
public final class NameFindingsSnapshot {
  private NameFindingsSnapshot() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: NameFindingsSnapshot OUT_FILE");
    }
    NameDetector withRules = new NameDetector();
    NameDetector modelOnly = NameDetector.builder().rules(false).build();
    VeilNameModel model = BundledModel.read();
    Pools pools = new Pools(TrainNameModel.SEED);
    List<String> trainWith = new ArrayList<>();
    List<String> trainNo = new ArrayList<>();
    List<String> devWith = new ArrayList<>();
    List<String> devNo = new ArrayList<>();
    everyFifth(TrainingTemplates.WITH_ENTITIES, trainWith, devWith);
    everyFifth(TrainingTemplates.NO_ENTITIES, trainNo, devNo);
    List<String> sets = List.of("heldout", "dev", "freshdev", "hand", "noname", "train");
    List<List<String>> texts = List.of(
        texts(EvaluateNames.heldOutSet(pools)),
        texts(new CorpusGenerator(pools, true, TrainNameModel.SEED + 1).generate(devWith, devNo,
            2000, 0.4)),
        texts(TrainNameModel.freshDevSet(pools)),
        texts(EvaluateNames.handWritten()),
        EvaluateNames.lines("no-name-texts.txt").stream().map(s -> s.replace("\\n", "\n")).toList(),
        texts(new CorpusGenerator(pools, false, TrainNameModel.SEED).recasing(0.14, 0.07)
            .generate(trainWith, trainNo, 3000, 0.5, 0.45)));
    long lines = 0;
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]),
        StandardCharsets.UTF_8))) {
      for (int k = 0; k < sets.size(); k++) {
        List<String> set = texts.get(k);
        for (int i = 0; i < set.size(); i++) {
          String text = set.get(i);
          String id = sets.get(k) + "/" + i;
          for (Finding f : withRules.detect(DetectorInput.of(text))) {
            w.println(id + " rules " + describe(f));
            lines++;
          }
          for (Finding f : modelOnly.detect(DetectorInput.of(text))) {
            w.println(id + " model " + describe(f));
            lines++;
          }
          lines += rawSpans(model, id, text, w);
        }
      }
    }
    System.out.println(lines + " lines written to " + args[0]);
  }

  private static long rawSpans(SentenceTagger model, String id, String text, PrintWriter w) {
    Tokens t = Tokens.of(text);
    long lines = 0;
    for (int[] s : t.sentences()) {
      for (Span span : model.find(t.slice(s[0], s[1]))) {
        w.println(id + " raw " + s[0] + " " + span.getStart() + " " + span.getEnd() + " "
            + span.getType() + " " + span.getProb());
        lines++;
      }
    }
    return lines;
  }

  private static String describe(Finding f) {
    return f.span().start() + " " + f.span().end() + " " + f.type() + " " + f.score();
  }

  private static void everyFifth(List<String> all, List<String> train, List<String> dev) {
    for (int i = 0; i < all.size(); i++) {
      (i % 5 == 0 ? dev : train).add(all.get(i));
    }
  }

  private static List<String> texts(List<Labeled> labeled) {
    return labeled.stream().map(Labeled::text).toList();
  }
}
