package dev.veil.detectors.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DrugMorphologyTest {
  @ParameterizedTest
  @ValueSource(strings = {"adalimumab", "ramipril", "bisoprolol", "pitavastatin", "ampicillin",
      "irbesartan", "rabeprazole", "itraconazole", "osimertinib", "valacyclovir", "amlodipine",
      "linagliptin", "dulaglutide", "dalteparin", "moxifloxacin", "clarithromycin", "minocycline",
      "rizatriptan", "granisetron", "vardenafil", "zafirlukast", "famotidine", "lorazepam",
      "vortioxetine", "nortriptyline", "paliperidone", "budesonide", "edoxaban", "ticagrelor"})
  void drugs(String w) {
    assertTrue(DrugMorphology.looksLikeDrug(w), w);
  }

  @ParameterizedTest
  @ValueSource(strings = {"april", "cholesterol", "machine", "medicine", "routine", "kremlin",
      "violin", "discipline", "apparel", "squirrel", "marine", "statins", "table", "mab", "viral"})
  void words(String w) {
    assertFalse(DrugMorphology.looksLikeDrug(w), w);
  }
}
