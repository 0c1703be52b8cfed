package dev.veil.detectors.ner.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.StringList;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.DictionarySerializer;

/**
 * Feature generator for the name finder's XML descriptor: emits {@code gz=<prefix>} when the
 * lower-cased token is in a one-word gazetteer stored in the model zip. OpenNLP's own dictionary
 * feature gives every dictionary the same feature name, so first names, surnames and places could
 * not be told apart; this one takes a prefix. Usage:
 * {@code <generator class="dev.veil.detectors.ner.internal.GazetteerFeatureGeneratorFactory">
 * <str name="dict">gaz-first</str><str name="prefix">fn</str></generator>}.
 */
public final class GazetteerFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String dictName = getStr("dict");
    String feature = "gz=" + getStr("prefix");
    Object resource = resourceManager == null ? null : resourceManager.getResource(dictName);
    if (!(resource instanceof Dictionary dict)) {
      throw new InvalidFormatException("gazetteer resource missing from model: " + dictName);
    }
    Set<String> words = new HashSet<>(dict.size() * 2);
    for (StringList entry : dict) {
      if (entry.size() == 1) {
        words.add(entry.getToken(0).toLowerCase(Locale.ROOT));
      }
    }
    return new Generator(Set.copyOf(words), feature);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping()
      throws InvalidFormatException {
    Map<String, ArtifactSerializer<?>> mapping = new HashMap<>();
    mapping.put(getStr("dict"), new DictionarySerializer());
    return mapping;
  }

  private record Generator(Set<String> words, String feature) implements AdaptiveFeatureGenerator {
    @Override
    public void createFeatures(List<String> features, String[] tokens, int index,
        String[] previousOutcomes) {
      if (words.contains(tokens[index].toLowerCase(Locale.ROOT))) {
        features.add(feature);
      }
    }
  }
}
