package dev.veil.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.veil.EntityType;
import dev.veil.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * The invariants of transforming and restoring.
 *
 * <p>Texts are generated as filler, value, filler, value, ...: the filler never contains an ASCII
 * letter or digit (it is drawn from Greek letters, spaces, line breaks and punctuation), and each
 * value is flagged by a finding and separated from the filler by a space. So "a value that also
 * appears unflagged elsewhere" cannot happen by construction, and each property holds exactly.
 */
class TransformPropertiesTest {
  static final KeyRing RING = KeyRing.of(VeilKey.of("p", 1, OperatorsTest.bytes(16, 5)));
  static final EntityType[] TYPES = {EntityType.PERSON, EntityType.EMAIL_ADDRESS, EntityType.PHONE_NUMBER,
      EntityType.DATE, EntityType.US_SSN, EntityType.CREDIT_CARD, EntityType.MEDICAL_RECORD_NUMBER,
      EntityType.LOCATION};

  record Piece(EntityType type, String value, int operator) {}

  record Doc(String text, List<Finding> findings, List<Integer> operators) {}

  static Arbitrary<String> filler() {
    return Arbitraries.strings().withChars(" \n\t.,;:!?()-*_'\"<>[]αβγδλμ").ofMaxLength(12);
  }

  static Arbitrary<String> value() {
    return Arbitraries.oneOf(
        Arbitraries.of("Jane Roe", "Roe", "Dr. Jane Roe", "Maria de la Cruz", "jane@roe.io", "(212) 555-0199",
            "212.555.0142", "536-22-8119", "4111 1111 1111 1111", "2021-03-04", "March 4, 2021",
            "03/04/2021", "MRN-AB123456", "Boston", "<PERSON_1>", "PERSON_2", "ANOUK ABERNETHY", "12"),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(14).filter(s -> !s.isBlank()),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(16));
  }

  static Arbitrary<Doc> docs(int operators) {
    Arbitrary<Piece> piece = Combinators.combine(Arbitraries.of(TYPES), value(),
        Arbitraries.integers().between(0, operators - 1)).as(Piece::new);
    return Combinators.combine(filler().list().ofMinSize(1).ofMaxSize(8), piece.list().ofMaxSize(7))
        .as((fillers, pieces) -> {
          StringBuilder b = new StringBuilder(fillers.get(0));
          List<Finding> fs = new ArrayList<>();
          List<Integer> ops = new ArrayList<>();
          for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            b.append(' ');
            fs.add(Finding.of(p.type(), b.length(), b.length() + p.value().length(), 0.9, "gen"));
            ops.add(p.operator());
            b.append(p.value()).append(' ');
            b.append(fillers.get((i + 1) % fillers.size()));
          }
          return new Doc(b.toString(), fs, ops);
        });
  }

  static String transform(Doc d, List<Operator> choices, TransformSession s) {
    Map<Finding, Operator> byFinding = new IdentityHashMap<>();
    for (int i = 0; i < d.findings().size(); i++) {
      byFinding.put(d.findings().get(i), choices.get(d.operators().get(i)));
    }
    return Transformer.apply(d.text(), d.findings(), byFinding::get, s);
  }

  static final List<Operator> REVERSIBLE =
      List.of(Operators.tag(), Operators.surrogate(), Operators.dateShift(), Operators.fpe(RING));

  @Property(tries = 400)
  void restoreInvertsPseudonymization(@ForAll("reversibleDocs") Doc d) {
    TransformSession s = TransformSession.create();
    String sent = transform(d, REVERSIBLE, s);
    assertEquals(d.text(), Restorer.of(s).restore(sent));
  }

  @Provide
  Arbitrary<Doc> reversibleDocs() {
    return docs(REVERSIBLE.size());
  }

  static final List<Operator> ONE_WAY = List.of(Operators.redact(), Operators.tag(), Operators.hmac(RING));

  /**
   * No detected value survives redaction, tagging or keyed hashing. Values here contain a lower-case
   * letter and a digit and have at least six characters, so they cannot occur in the filler nor
   * inside a tag, and a chance match inside a 43-character hash is below 2^-30.
   */
  @Property(tries = 400)
  void noDetectedValueSurvivesOneWayOperators(@ForAll("oneWayDocs") Doc d) {
    String out = transform(d, ONE_WAY, TransformSession.create());
    for (Finding f : d.findings()) {
      String v = f.valueIn(d.text());
      assertFalse(out.contains(v), () -> "a detected value survived in " + out.length() + " chars");
    }
  }

  @Provide
  Arbitrary<Doc> oneWayDocs() {
    Arbitrary<String> v = Combinators.combine(Arbitraries.chars().range('a', 'z'), Arbitraries.chars().numeric(),
        Arbitraries.strings().ofMinLength(4).ofMaxLength(18)).as((l, d, rest) -> l + rest + d);
    Arbitrary<Piece> piece = Combinators.combine(Arbitraries.of(TYPES), v, Arbitraries.integers().between(0, 2))
        .as(Piece::new);
    return Combinators.combine(filler().list().ofMinSize(1).ofMaxSize(6), piece.list().ofMaxSize(6))
        .as((fillers, pieces) -> {
          StringBuilder b = new StringBuilder(fillers.get(0));
          List<Finding> fs = new ArrayList<>();
          List<Integer> ops = new ArrayList<>();
          for (int i = 0; i < pieces.size(); i++) {
            b.append(' ');
            fs.add(Finding.of(pieces.get(i).type(), b.length(), b.length() + pieces.get(i).value().length(), 0.9, "g"));
            ops.add(pieces.get(i).operator());
            b.append(pieces.get(i).value()).append(' ').append(fillers.get((i + 1) % fillers.size()));
          }
          return new Doc(b.toString(), fs, ops);
        });
  }

  /** For any split of a model's answer into chunks, streaming restore equals batch restore. */
  @Property(tries = 250)
  void streamingEqualsBatchForEveryChunking(@ForAll("answers") Tuple2<Doc, List<Integer>> in) {
    Doc d = in.get1();
    TransformSession s = TransformSession.create();
    String answer = perturb(transform(d, REVERSIBLE, s));
    Restorer r = Restorer.of(s);
    String batch = r.restore(answer);
    StreamingRestorer stream = r.streaming();
    StringBuilder out = new StringBuilder();
    int pos = 0;
    for (int cut : in.get2()) {
      int end = Math.min(answer.length(), pos + cut);
      out.append(stream.accept(answer.substring(pos, end)));
      pos = end;
      assertFalse(stream.pending() > r.holdBack() + cut, "held back more than the bound");
    }
    out.append(stream.accept(answer.substring(pos)));
    out.append(stream.finish());
    assertEquals(batch, out.toString());
  }

  /** What a model does to surrogates: lower-cases some text and puts spaces or line breaks into tags. */
  static String perturb(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '<' && i % 3 == 0) {
        b.append("< ");
      } else if (c == '_' && i % 2 == 0) {
        b.append("_\n");
      } else if (i % 7 == 0) {
        b.append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  @Provide
  Arbitrary<Tuple2<Doc, List<Integer>>> answers() {
    return Combinators.combine(docs(REVERSIBLE.size()), Arbitraries.integers().between(0, 9).list().ofMaxSize(40))
        .as(Tuple::of);
  }

  /** Within a conversation, equal (type, value) get equal tags; different ones different tags. */
  @Property(tries = 300)
  void tagsAreConsistentWithinAConversation(
      @ForAll("typedValues") List<Tuple2<EntityType, String>> values) {
    TransformSession s = TransformSession.create();
    Map<Tuple2<EntityType, String>, String> first = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Tuple2<EntityType, String> tv : values) {
      String tag = s.tagFor(tv.get1(), tv.get2());
      String before = first.putIfAbsent(tv, tag);
      if (before != null) {
        assertEquals(before, tag);
      } else {
        assertFalse(seen.contains(tag), "a tag was reused for a different value");
        seen.add(tag);
      }
      assertEquals(tv.get2(), s.originalOf(tag).orElseThrow());
    }
  }

  @Provide
  Arbitrary<List<Tuple2<EntityType, String>>> typedValues() {
    return Combinators.combine(Arbitraries.of(EntityType.PERSON, EntityType.DATE, EntityType.US_SSN),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3)).as(Tuple::of).list().ofMaxSize(40);
  }

  /** FPE keeps every non-digit in place and the digit count, and decrypts with the key it names. */
  @Property(tries = 300)
  void fpeKeepsTheFormatAndDecrypts(@ForAll("identifiers") String value) {
    String out = Operators.fpe(RING).apply(value, Finding.of(EntityType.ACCOUNT_NUMBER, 0, value.length(), 1, "g"),
        TransformSession.create());
    assertEquals(value.length(), out.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      assertEquals(c >= '0' && c <= '9', out.charAt(i) >= '0' && out.charAt(i) <= '9');
      if (c < '0' || c > '9') {
        assertEquals(c, out.charAt(i));
      }
    }
    assertEquals(value, Operators.fpeDecrypt(RING, "pv1", EntityType.ACCOUNT_NUMBER, out));
  }

  @Provide
  Arbitrary<String> identifiers() {
    return Combinators.combine(Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(24),
        Arbitraries.strings().withChars("-. /ABCxyz").ofMaxLength(6), Arbitraries.integers().between(0, 6))
        .as((digits, other, at) -> digits.substring(0, Math.min(at, digits.length())) + other
            + digits.substring(Math.min(at, digits.length())));
  }
}
