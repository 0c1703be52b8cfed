package dev.veil.detectors.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written tokenizer against OpenNLP's SimpleTokenizer, which trained models saw. */
class TokensTest {
  /** Texts from letters, digits, punctuation runs, every kind of space and odd Unicode. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("Anna", "berg", "O'Neil", "J.", "Dr.", "...", "--",
        "-", "—", "'", "’", "2024", "12b", "a1b2", " ", "  ", "\t", "\n", "\r\n", "\u00a0",
        "\u2003", "\u2028", "\u200b", "\ufeff", "Müller", "ǅ", "Ⅻ", "İ", "李四", "𝐀𝐧𝐧𝐚", "\ud835",
        "\udc00", "٣٤", "①", "½", "e\u0301", "ﬁ", "@", "://", "(", "[", "!", "?", ",", ".", ":",
        "$", "€", "%", "\u0000", "\u001f", "\u0085", "\u180e", "x");
    Arbitrary<String> joined = pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    return Arbitraries.oneOf(joined, Arbitraries.strings().ofMaxLength(60),
        Arbitraries.strings().all().ofMaxLength(30));
  }

  @Property(tries = 2000, seed = "20261129")
  void cutsLikeSimpleTokenizer(@ForAll("texts") String text) {
    Span[] expected = SimpleTokenizer.INSTANCE.tokenizePos(text);
    Tokens t = Tokens.of(text);
    assertEquals(expected.length, t.size());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i].getStart(), t.start(i));
      assertEquals(expected[i].getEnd(), t.end(i));
      assertEquals(expected[i].getCoveredText(text).toString(), t.token(i));
    }
  }

  @Property(tries = 1000, seed = "20261129")
  void sentenceAccessorsMatchTheSentenceList(@ForAll("texts") String text) {
    Tokens t = Tokens.of(text);
    List<int[]> list = t.sentences();
    assertEquals(list.size(), t.sentenceCount());
    List<int[]> again = new ArrayList<>();
    int end = 0;
    for (int k = 0; k < t.sentenceCount(); k++) {
      again.add(new int[] {t.sentenceFrom(k), t.sentenceTo(k)});
      assertEquals(end, t.sentenceFrom(k)); // contiguous, non-empty, cover every token
      end = t.sentenceTo(k);
      assertEquals(true, end > t.sentenceFrom(k));
    }
    assertEquals(t.size(), end);
    for (int k = 0; k < list.size(); k++) {
      assertArrayEquals(list.get(k), again.get(k));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "Dr. Anna Berg.\nJ. Smith!", "a...b", "x\u2028y", "Ölçer—ÖZ"})
  void examples(String text) {
    Span[] expected = SimpleTokenizer.INSTANCE.tokenizePos(text);
    Tokens t = Tokens.of(text);
    assertEquals(expected.length, t.size());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i].getStart(), t.start(i));
      assertEquals(expected[i].getEnd(), t.end(i));
    }
  }

  /**
   * A capital initial does not end a sentence; a lower-case one does (as when the name model was
   * trained: a tokenizer change moves the sentences the model was trained on).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Seen by J. Smith today.|1",
      "according to emilia u. kowalczyk, the pain started.|2",
      "we met at 5 p. Then we left.|2",
      "ok. see you|2",
      "plan b. start now|2",
  })
  void initialsDoNotEndSentences(String text, int sentences) {
    assertEquals(sentences, Tokens.of(text).sentenceCount(), text);
  }
}
