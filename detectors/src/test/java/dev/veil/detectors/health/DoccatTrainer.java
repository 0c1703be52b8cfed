package dev.veil.detectors.health;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the bundled document categorizer on generated examples and writes {@code doccat.bin} and
 * {@code doccat.manifest.properties} into the detectors' main resources. Not part of the build:
 *
 * <pre>
 * ./mvnw -q -B -pl detectors -am test-compile exec:java \
 *   -Dexec.mainClass=dev.veil.detectors.health.DoccatTrainer -Dexec.classpathScope=test
 * </pre>
 */
public final class DoccatTrainer {
  static final long SEED = 20261129L;
  static final int TRAIN_PER_CATEGORY = 3000;
  static final int HELDOUT_PER_CATEGORY = 600;

  private DoccatTrainer() {}

  public static void main(String[] args) throws IOException {
    Path dir = resourceDir();
    CorpusGenerator gen = new CorpusGenerator(SEED);
    List<CorpusGenerator.Doc> train = gen.generate(CorpusGenerator.Split.TUNE, TRAIN_PER_CATEGORY);
    List<CorpusGenerator.Doc> heldout =
        new CorpusGenerator(SEED + 1).generate(CorpusGenerator.Split.HELDOUT, HELDOUT_PER_CATEGORY);

    long t0 = System.nanoTime();
    DoccatModel model = train(train);
    long trainMillis = (System.nanoTime() - t0) / 1_000_000;

    DocumentCategorizerME me = new DocumentCategorizerME(model);
    int correct = 0;
    java.util.Map<String, Integer> confusion = new java.util.TreeMap<>();
    for (CorpusGenerator.Doc d : heldout) {
      String best = me.getBestCategory(me.categorize(DocumentCategorizer.tokenize(d.text())));
      if (DocCategory.of(best) == d.category()) {
        correct++;
      }
      confusion.merge(d.topic() + " -> " + best, 1, Integer::sum);
    }
    confusion.forEach((k, v) -> System.out.println("  " + k + ": " + v));
    double accuracy = (double) correct / heldout.size();

    Path bin = dir.resolve("doccat.bin");
    try (OutputStream out = Files.newOutputStream(bin)) {
      model.serialize(out);
    }
    Properties p = new Properties();
    p.setProperty("model", "doccat.bin");
    p.setProperty("labels", "clinical,financial,general");
    p.setProperty("opennlp.version", opennlp.tools.util.Version.currentVersion().toString());
    p.setProperty("algorithm", "MAXENT, 100 iterations, cutoff 2");
    p.setProperty("features", "bag of words + word bigrams over DocumentCategorizer.tokenize");
    p.setProperty("generator", "dev.veil.detectors.health.CorpusGenerator (test scope), split TUNE");
    p.setProperty("seed", Long.toString(SEED));
    p.setProperty("corpus.size", Integer.toString(train.size()));
    p.setProperty("heldout.size", Integer.toString(heldout.size()));
    p.setProperty("heldout.split", "HELDOUT templates, seed " + (SEED + 1));
    p.setProperty("heldout.accuracy", String.format(java.util.Locale.ROOT, "%.4f", accuracy));
    p.setProperty("training.millis", Long.toString(trainMillis));
    p.setProperty("model.bytes", Long.toString(Files.size(bin)));
    p.setProperty("trained.at", Instant.now().toString());
    try (Writer w = Files.newBufferedWriter(dir.resolve("doccat.manifest.properties"),
        StandardCharsets.UTF_8)) {
      p.store(w, "Veil doccat model manifest, written by DoccatTrainer");
    }
    System.out.printf(java.util.Locale.ROOT,
        "trained on %d docs in %d ms; held-out accuracy %.4f on %d docs; model %d bytes -> %s%n",
        train.size(), trainMillis, accuracy, heldout.size(), Files.size(bin), bin);
  }

  static DoccatModel train(List<CorpusGenerator.Doc> docs) throws IOException {
    List<DocumentSample> samples = docs.stream()
        .map(d -> new DocumentSample(d.category().value(), DocumentCategorizer.tokenize(d.text())))
        .toList();
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, 100);
    params.put(TrainingParameters.CUTOFF_PARAM, 2);
    DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
        new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
    return DocumentCategorizerME.train("mul", new CollectionObjectStream<>(samples), params, factory);
  }

  private static Path resourceDir() throws IOException {
    Path fromRoot = Path.of("detectors/src/main/resources/dev/veil/detectors/health");
    Path fromModule = Path.of("src/main/resources/dev/veil/detectors/health");
    Path dir = Files.isDirectory(fromRoot) ? fromRoot : fromModule;
    if (!Files.isDirectory(dir)) {
      throw new IOException("run from the repository root or the detectors module");
    }
    return dir;
  }
}
