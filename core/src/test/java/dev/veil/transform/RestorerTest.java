package dev.veil.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RestorerTest {

  static Restorer restorer() {
    TransformSession s = TransformSession.restoreFrom(List.of(
        new Pseudonym(EntityType.PERSON, "tag", "<PERSON_1>", "Jane Roe"),
        new Pseudonym(EntityType.CREDIT_CARD, "tag", "<CREDIT_CARD_1>", "4111 1111 1111 1111"),
        new Pseudonym(EntityType.PERSON, "surrogate", "Anouk Abernethy", "Maria Lopez"),
        new Pseudonym(EntityType.PERSON, "surrogate", "Lindqvist", "Smith"),
        new Pseudonym(EntityType.PHONE_NUMBER, "surrogate", "(345) 555-0123", "(212) 555-0199"),
        new Pseudonym(EntityType.EMAIL_ADDRESS, "surrogate", "dagny.okonkwo@example.org", "mlopez@corp.io")),
        0, 100);
    return Restorer.of(s);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Hello <PERSON_1>. | Hello Jane Roe.",
      "Hello <person_1>! | Hello Jane Roe!",
      "Hello < PERSON_1 >, | Hello Jane Roe,",
      "Hello PERSON_1's file | Hello Jane Roe's file",
      "**<PERSON_1>** | **Jane Roe**",
      "[PERSON_1] | Jane Roe",
      "(<PERSON_1>) | (Jane Roe)",
      "<PERSON_2> | <PERSON_2>",
      "<PERSONX_1> | <PERSONX_1>",
      "XPERSON_1 | XPERSON_1",
      "PERSON_10 | PERSON_10",
      "Anouk Abernethy's chart | Maria Lopez's chart",
      "ANOUK ABERNETHY | Maria Lopez",
      "anouk abernethy | Maria Lopez",
      "_Anouk Abernethy_ | _Maria Lopez_",
      "Anouk Abernethyx | Maria Abernethyx",
      "Dr. Lindqvist said | Dr. Smith said",
      "Ms. Abernethy called | Ms. Lopez called",
      "Hi Anouk! | Hi Maria!",
      "Anoukx | Anoukx",
      "call (345) 555-0123 now | call (212) 555-0199 now",
      "call 345-555-0123 now | call 212-555-0199 now",
      "call 3455550123 now | call 2125550199 now",
      "call 13455550123 now | call 13455550123 now",
      "mail dagny.okonkwo@example.org. | mail mlopez@corp.io.",
      "card <CREDIT_CARD_1> | card 4111 1111 1111 1111",
  })
  void restoresWhatModelsDoToSurrogates(String answer, String expected) {
    assertEquals(expected, restorer().restore(answer));
  }

  @Test
  void restoresTagsSplitAcrossLinesAndNamesWrappedOnTwoLines() {
    assertEquals("Hi Jane Roe", restorer().restore("Hi <PERSON_\n1>"));
    assertEquals("Hi Jane Roe", restorer().restore("Hi <\nPERSON_1\n>"));
    assertEquals("Hi Jane Roe", restorer().restore("Hi PERSON\n_1"));
    assertEquals("Hi Maria Lopez.", restorer().restore("Hi Anouk\nAbernethy."));
    assertEquals("Hi Maria Lopez.", restorer().restore("Hi Anouk  Abernethy."));
  }

  @Test
  void streamingHoldsBackAtMostTheBound() {
    Restorer r = restorer();
    StreamingRestorer s = r.streaming();
    StringBuilder out = new StringBuilder();
    String text = "Dear <PERSON_1>, ".repeat(20);
    for (int i = 0; i < text.length(); i++) {
      out.append(s.accept(text.substring(i, i + 1)));
      org.junit.jupiter.api.Assertions.assertTrue(s.pending() <= r.holdBack(), "pending " + s.pending());
    }
    out.append(s.finish());
    assertEquals(r.restore(text), out.toString());
  }

  @Test
  void ambiguousNamePartsStayAsTheyAre() {
    TransformSession s = TransformSession.restoreFrom(List.of(
        new Pseudonym(EntityType.PERSON, "surrogate", "Anouk Abernethy", "Maria Lopez"),
        new Pseudonym(EntityType.PERSON, "surrogate", "Anouk Lindqvist", "Jane Roe")), 0, 10);
    assertEquals("Anouk, Maria Lopez, Roe", Restorer.of(s).restore("Anouk, Anouk Abernethy, Lindqvist"));
  }

  @Test
  void aTagShapedSurrogateOfNoRealTypeIsRestoredExactly() {
    TransformSession s = TransformSession.restoreFrom(List.of(new Pseudonym(EntityType.OTHER_ID, "surrogate",
        "<TWHRRY_1>", "<PERSON_1>")), 0, 10);
    assertEquals("a <PERSON_1> b", Restorer.of(s).restore("a <TWHRRY_1> b"));
  }

  @Test
  void holdBackBoundsAsDocumented() {
    TransformSession tags = TransformSession.create();
    tags.tagFor(EntityType.PERSON, "Jane Roe");
    assertEquals(50, Restorer.of(tags).holdBack()); // longest type name (24) + brackets, spaces, number
    TransformSession card = TransformSession.restoreFrom(List.of(new Pseudonym(EntityType.CREDIT_CARD,
        "surrogate", "4929 1234 5678 9012", "4111 1111 1111 1111")), 0, 10);
    assertEquals(16 + 15 * 2 + 4 + 1, Restorer.of(card).holdBack());
    assertEquals(0, Restorer.of(TransformSession.create()).holdBack());
  }
}
