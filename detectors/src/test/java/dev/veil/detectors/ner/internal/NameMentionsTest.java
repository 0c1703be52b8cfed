package dev.veil.detectors.ner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMentionsTest {
  private static final NameFeatures FEATURES = new NameFeatures(Set.of("will", "anna", "ilse"),
      Set.of("berg", "baker"), Set.of("leeds"),
      Set.of("will", "baker", "hope", "the", "called", "said", "de"));
  private static final NameMentions MENTIONS = new NameMentions(new NameWords(FEATURES));

  /** The repeats of the name written in brackets (brackets removed before tokenizing). */
  private static String repeats(String marked) {
    int open = marked.indexOf('[');
    int close = marked.indexOf(']');
    String text = (marked.substring(0, open) + marked.substring(open + 1, close)
        + marked.substring(close + 1)).replace("\\n", "\n");
    Tokens t = Tokens.of(text);
    int from = -1;
    int to = -1;
    for (int i = 0; i < t.size(); i++) {
      if (t.start(i) == open) {
        from = i;
      }
      if (t.end(i) == close - 1) {
        to = i + 1;
      }
    }
    List<String> out = new ArrayList<>();
    for (int[] r : MENTIONS.repeats(t, List.<int[]>of(new int[] {from, to}))) {
      out.add(text.substring(t.start(r[0]), t.end(r[1] - 1)) + "@" + t.start(r[0]));
    }
    return String.join(";", out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "I spoke with [Ilse]; Ilse will bring the records.|Ilse@19",
      "[Anna Berg] called. Berg said Anna was fine.|Berg@18;Anna@28",
      "[Anna Berg] called. later anna said ANNA BERG was fine|anna@24;ANNA BERG@34",
      "[Anna Berg] called. Berg's dog is fine.|Berg@18",
      "[Anna Berg] called. Anna Kowalski came too.|", // part of a longer name
      "[Anna Berg] called. Smith-Berg came too.|", // part of a hyphenated name
      "[Will Baker] called. Will you call Baker?|Baker@33", // a common word at a sentence start
      "[Will Baker] called. Ask Will and will.|Will@23", // as written, not in another case
      "[Hope Berg] called. Hope it is fine.|", // a common word no gazetteer knows
      "[Ilse] called. Ilsemarie came.|", // inside another word
      "[Anna Berg] called.|",
      "[Anna Berg] called.\\nBERG AGREES, ANNA TOO.|BERG@18;ANNA@31", // upper-case neighbours
      "[Anna Berg] called.\\nBERG SMITH AGREES.|BERG@18",
  })
  void findsOtherMentionsOfAConfidentName(String marked, String expected) {
    assertEquals(expected == null ? "" : expected, repeats(marked));
  }
}
