package dev.veil.testkit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.EntityType;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CorpusGeneratorTest {

  @Provide
  Arbitrary<LabelledDocument> anyDocument() {
    return Arbitraries.of(Split.values()).flatMap(split -> Arbitraries.longs().flatMap(seed -> {
      CorpusGenerator g = CorpusGenerator.builder().split(split).seed(seed).build();
      return Arbitraries.integers().between(0, 100_000).map(g::document);
    }));
  }

  @Property(tries = 1000)
  void goldSpansAreInBoundsSortedAndDisjoint(@ForAll("anyDocument") LabelledDocument doc) {
    int previousEnd = 0;
    for (GoldSpan s : doc.spans()) {
      assertTrue(s.start() >= previousEnd && s.end() <= doc.text().length(), doc.id() + " " + s);
      previousEnd = s.end();
    }
  }

  @Property(tries = 1000)
  void plainValuesAreExactlyTheTextAtTheirSpan(@ForAll("anyDocument") LabelledDocument doc) {
    for (GoldSpan s : doc.spans()) {
      if (!s.obfuscated()) {
        assertEquals(s.value(), doc.text().substring(s.start(), s.end()), doc.id());
      }
    }
    if (!doc.isObfuscated()) {
      assertTrue(doc.spans().stream().noneMatch(GoldSpan::obfuscated), doc.id());
    }
  }

  @Property(tries = 1000)
  void obfuscatedValuesStillCarryTheValuesCharacters(@ForAll("anyDocument") LabelledDocument doc) {
    for (GoldSpan s : doc.spans()) {
      if (s.obfuscated()) {
        String shown = undo(doc.text().substring(s.start(), s.end()), doc.obfuscations());
        assertEquals(strip(s.value()), strip(shown), doc.id() + " " + doc.obfuscations());
      }
    }
  }

  /** Cyrillic and Greek look-alikes back to Latin (an independent copy of the confusables used). */
  private static final java.util.Map<Character, Character> LATIN = java.util.Map.ofEntries(
      java.util.Map.entry('\u0410', 'A'), java.util.Map.entry('\u0391', 'A'), java.util.Map.entry('\u0412', 'B'),
      java.util.Map.entry('\u0392', 'B'), java.util.Map.entry('\u0421', 'C'), java.util.Map.entry('\u0415', 'E'),
      java.util.Map.entry('\u0395', 'E'), java.util.Map.entry('\u041D', 'H'), java.util.Map.entry('\u0397', 'H'),
      java.util.Map.entry('\u041A', 'K'), java.util.Map.entry('\u039A', 'K'), java.util.Map.entry('\u041C', 'M'),
      java.util.Map.entry('\u039C', 'M'), java.util.Map.entry('\u041E', 'O'), java.util.Map.entry('\u039F', 'O'),
      java.util.Map.entry('\u0420', 'P'), java.util.Map.entry('\u03A1', 'P'), java.util.Map.entry('\u0422', 'T'),
      java.util.Map.entry('\u03A4', 'T'), java.util.Map.entry('\u0425', 'X'), java.util.Map.entry('\u03A7', 'X'),
      java.util.Map.entry('\u0430', 'a'), java.util.Map.entry('\u0441', 'c'), java.util.Map.entry('\u0435', 'e'),
      java.util.Map.entry('\u043E', 'o'), java.util.Map.entry('\u03BF', 'o'), java.util.Map.entry('\u0440', 'p'),
      java.util.Map.entry('\u0445', 'x'), java.util.Map.entry('\u0443', 'y'));

  /** Reverses the disguises far enough to compare letters and digits. */
  private static String undo(String shown, Set<Obfuscation> obfs) {
    String s = shown;
    if (obfs.contains(Obfuscation.JSON_ESCAPED)) {
      s = s.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
    }
    if (obfs.contains(Obfuscation.SPELLED_EMAIL)) {
      s = s.replace(" dot ", ".").replace(" at ", "@");
    }
    if (obfs.contains(Obfuscation.DIGITS_AS_WORDS)) {
      s = s.replace("plus", "");
      String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
      for (int d = 0; d < 10; d++) {
        s = s.replace(words[d], Integer.toString(d));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c >= '\uFF10' && c <= '\uFF19' ? (char) ('0' + c - '\uFF10') : LATIN.getOrDefault(c, c));
    }
    return sb.toString();
  }

  private static String strip(String s) {
    return s.codePoints().filter(Character::isLetterOrDigit).filter(c -> c < 0x2000 || c > 0x206F)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  @Test
  void generationIsDeterministic() {
    CorpusGenerator a = CorpusGenerator.builder().split(Split.DEV).seed(7).build();
    CorpusGenerator b = CorpusGenerator.builder().split(Split.DEV).seed(7).build();
    assertEquals(a.generate(300), b.generate(300));
    assertFalse(a.generate(50).equals(CorpusGenerator.builder().split(Split.DEV).seed(8).build().generate(50)));
  }

  @Test
  void splitsShareNoTemplate() {
    Set<String> seen = new HashSet<>();
    for (Split split : Split.values()) {
      for (Template t : TemplateLoader.load(split)) {
        String frame = t.parts().stream().map(p -> p instanceof String s ? s : "{" + ((Slots.Slot) p).name() + "}")
            .collect(Collectors.joining());
        assertTrue(seen.add(frame), "template shared between splits: " + t.id());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void everySplitCoversTheCatalogueAndTheDisguises(Split split) {
    List<LabelledDocument> docs = CorpusGenerator.builder().split(split).seed(11).obfuscationRate(0.4).build()
        .generate(3000);
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    Set<String> countries = new HashSet<>();
    Set<Obfuscation> obfs = EnumSet.noneOf(Obfuscation.class);
    Set<Register> registers = EnumSet.noneOf(Register.class);
    Set<String> languages = new HashSet<>();
    long negatives = 0;
    for (LabelledDocument d : docs) {
      d.spans().forEach(s -> types.add(s.type()));
      d.spans().stream().filter(s -> s.type() == EntityType.NATIONAL_ID).forEach(s -> countries.add(s.country()));
      obfs.addAll(d.obfuscations());
      registers.add(d.register());
      languages.add(d.language().getLanguage());
      negatives += d.isNegative() ? 1 : 0;
    }
    assertEquals(EnumSet.of(EntityType.PERSON, EntityType.LOCATION, EntityType.STREET_ADDRESS, EntityType.ZIP_CODE,
        EntityType.DATE, EntityType.AGE, EntityType.PHONE_NUMBER, EntityType.EMAIL_ADDRESS, EntityType.URL,
        EntityType.IP_ADDRESS, EntityType.US_SSN, EntityType.US_ITIN, EntityType.MEDICAL_RECORD_NUMBER,
        EntityType.HEALTH_PLAN_ID, EntityType.CREDIT_CARD, EntityType.IBAN, EntityType.US_BANK_ROUTING,
        EntityType.SWIFT_BIC, EntityType.US_NPI, EntityType.US_DEA, EntityType.VEHICLE_ID, EntityType.DEVICE_ID,
        EntityType.NATIONAL_ID, EntityType.UK_NHS_NUMBER, EntityType.PASSPORT_NUMBER, EntityType.SECRET), types);
    assertEquals(Set.of("DE", "FR", "IT", "ES", "NL", "GB", "PL", "SE"), countries);
    assertEquals(EnumSet.allOf(Obfuscation.class), obfs);
    assertEquals(EnumSet.allOf(Register.class), registers);
    assertEquals(Set.of("en", "de", "fr", "es", "it", "nl", "sv", "pl"), languages);
    assertTrue(negatives > docs.size() / 20, "negatives: " + negatives);
  }

  @Test
  void jsonDocumentsAreJsonStrings() {
    CorpusGenerator g = CorpusGenerator.builder().split(Split.HELDOUT).seed(3).obfuscationRate(1).build();
    long json = g.generate(500).stream().filter(d -> d.obfuscations().contains(Obfuscation.JSON_ESCAPED))
        .peek(d -> {
          assertTrue(d.text().startsWith("{\"role\":\"user\",\"content\":\"") && d.text().endsWith("\"}"));
          String body = d.text().substring(27, d.text().length() - 2);
          assertFalse(body.contains("\n"), d.id());
          assertFalse(body.replace("\\\"", "").replace("\\\\", "").contains("\""), d.id());
        }).count();
    assertTrue(json > 20);
  }

  @Test
  void rejectsBadSettings() {
    assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.builder().obfuscationRate(1.5));
    assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.builder().build().generate(-1));
    assertThrows(IllegalStateException.class, () -> TemplateLoader.parse("x:1", "SSN {NOT_A_SLOT}"));
  }
}
