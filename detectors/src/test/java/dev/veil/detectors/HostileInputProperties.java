package dev.veil.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Decision;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.GuardResult;
import dev.veil.policy.Policies;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Structured hostile input through a guard with every detector (issue 10): texts assembled from
 * lone surrogates, bidirectional overrides, combining marks, invisible and control characters,
 * long lines and digit noise, with real identifiers planted between the pieces. Whatever the
 * pieces, the guard answers (no exception), findings stay inside the text, and a planted
 * identifier is found and never leaves in the safe text.
 */
class HostileInputProperties {
  private static final Guard GUARD = Guard.builder().discoverDetectors().policy(Policies.redactAll()).build();

  /** Valid identifiers, each with the type it must be found as. */
  private static final List<Tuple.Tuple2<String, EntityType>> PLANTED = List.of(
      Tuple.of("536-22-8119", EntityType.US_SSN),
      Tuple.of("4111 1111 1111 1111", EntityType.CREDIT_CARD),
      Tuple.of("DE89 3704 0044 0532 0130 00", EntityType.IBAN),
      Tuple.of("jane.roe@example.org", EntityType.EMAIL_ADDRESS),
      Tuple.of("192.168.14.201", EntityType.IP_ADDRESS));

  @Provide
  Arbitrary<String> hostilePiece() {
    return Arbitraries.oneOf(
        Arbitraries.of("\uD800", "\uDC00", "\uDBFF\uDBFF", "\uDFFF\uD800"), // lone and reversed surrogates
        Arbitraries.of("\u202E", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200F", "\u061C"), // bidi
        Arbitraries.strings().withCharRange('\u0300', '\u036F').ofMinLength(1).ofMaxLength(40), // combining
        Arbitraries.strings().withChars('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD')
            .ofMinLength(1).ofMaxLength(20),
        Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMinLength(1).ofMaxLength(10), // controls
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30),
        Arbitraries.strings().withChars('-', '.', '@', '/', ':', '%', '=', '|', '\\', '"').ofMaxLength(10),
        Arbitraries.strings().alpha().ofMinLength(1000).ofMaxLength(20_000), // a long line
        Arbitraries.strings().all().ofMaxLength(30));
  }

  @Provide
  Arbitrary<List<String>> hostileText() {
    return hostilePiece().list().ofMaxSize(12);
  }

  @Property(tries = 150, seed = "20261129")
  void anyHostileTextIsAnsweredWithFindingsInBounds(@ForAll("hostileText") List<String> pieces) {
    String text = String.join("", pieces);
    GuardResult r = GUARD.check(text, GuardContext.defaults());
    for (Finding f : r.findings()) {
      assertTrue(f.start() >= 0 && f.start() < f.end() && f.end() <= text.length(), f.toString());
    }
    assertTrue(r.decision() != Decision.BLOCK || r.safeText().isEmpty());
  }

  @Property(tries = 150, seed = "20261129")
  void aPlantedIdentifierAmongHostilePiecesIsFoundAndNeverLeaves(
      @ForAll("hostileText") List<String> before, @ForAll("hostileText") List<String> after,
      @ForAll("planted") Tuple.Tuple2<String, EntityType> id) {
    String prefix = String.join("", before) + " value ";
    String text = prefix + id.get1() + " . " + String.join("", after);
    int start = prefix.length();
    int end = start + id.get1().length();
    GuardResult r = GUARD.check(text, GuardContext.defaults());
    assertTrue(r.findings().stream().anyMatch(f -> f.type() == id.get2() && f.start() < end && f.end() > start),
        () -> id.get2() + " not found; findings " + r.findings());
    assertNotEquals(Decision.ALLOW, r.decision());
    r.safeText().ifPresent(safe -> assertTrue(!safe.contains(id.get1()), "planted value left in the safe text"));
  }

  @Provide
  Arbitrary<Tuple.Tuple2<String, EntityType>> planted() {
    return Arbitraries.of(PLANTED);
  }

  @Test
  void tenThousandIdentifiersInOneTextAreAllFound() {
    StringBuilder b = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      Tuple.Tuple2<String, EntityType> id = PLANTED.get(i % PLANTED.size());
      b.append("row ").append(i).append(": ");
      spans.add(new int[] {b.length(), b.length() + id.get1().length(), i % PLANTED.size()});
      b.append(id.get1()).append(i % 7 == 0 ? '\n' : ';').append(' ');
    }
    String text = b.toString();
    GuardResult r = GUARD.check(text, GuardContext.defaults());
    assertEquals(Decision.TRANSFORM, r.decision());
    int found = 0;
    int k = 0;
    List<Finding> findings = r.findings();
    for (int[] s : spans) {
      EntityType want = PLANTED.get(s[2]).get2();
      while (k < findings.size() && findings.get(k).end() <= s[0]) {
        k++;
      }
      for (int j = k; j < findings.size() && findings.get(j).start() < s[1]; j++) {
        if (findings.get(j).type() == want) {
          found++;
          break;
        }
      }
    }
    assertEquals(10_000, found);
    String safe = r.safeText().orElseThrow();
    for (Tuple.Tuple2<String, EntityType> id : PLANTED) {
      assertTrue(!safe.contains(id.get1()), id.get2() + " left in the safe text");
    }
  }
}
