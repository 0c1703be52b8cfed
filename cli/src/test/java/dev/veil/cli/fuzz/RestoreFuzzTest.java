package dev.veil.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.veil.EntityType;
import dev.veil.transform.Pseudonym;
import dev.veil.transform.Restorer;
import dev.veil.transform.StreamingRestorer;
import dev.veil.transform.TransformSession;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes restoration with arbitrary mappings and arbitrary model answers. Properties: no exception
 * of any kind; streaming restoration in arbitrary chunks equals restoring the whole text; and a
 * value whose mapping is not in the session never appears in the output unless the answer itself
 * contained it (restoring must not fetch values from anywhere but the session).
 */
class RestoreFuzzTest {
  private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.EMAIL_ADDRESS, EntityType.US_SSN,
      EntityType.PHONE_NUMBER, EntityType.CREDIT_CARD, EntityType.DATE};
  private static final String[] OPERATORS = {"tag", "surrogate", "fpe:k1v1"};
  /** Mapped in a different conversation: its surrogate may appear in answers, its value never. */
  private static final Pseudonym FOREIGN =
      new Pseudonym(EntityType.PERSON, "tag", "<PERSON_1>", "Quarrington Zebediah");
  private static final Pseudonym FOREIGN_NUMBER =
      new Pseudonym(EntityType.US_SSN, "surrogate", "123-45-6789", "536-22-8119");

  @FuzzTest(maxDuration = "60s")
  void restoreNeverThrowsNeverLeaksForeignValuesAndStreamsLikeWhole(FuzzedDataProvider data) {
    List<Pseudonym> mappings = new ArrayList<>();
    int n = data.consumeInt(0, 5);
    for (int i = 0; i < n; i++) {
      EntityType type = data.pickValue(TYPES);
      String operator = data.pickValue(OPERATORS);
      String surrogate = data.consumeString(24);
      String original = data.consumeString(24);
      if (!surrogate.isEmpty() && !original.isEmpty()) {
        mappings.add(new Pseudonym(type, operator, surrogate, original));
      }
    }
    // a realistic mapping too, so tag-shaped answers exercise the tolerant matcher
    if (data.consumeBoolean()) {
      mappings.add(new Pseudonym(EntityType.PERSON, "tag", "<PERSON_2>", "Margaret O'Donnell"));
    }
    int[] cuts = new int[data.consumeInt(0, 6)];
    for (int i = 0; i < cuts.length; i++) {
      cuts[i] = data.consumeInt(0, 64);
    }
    String answer = data.consumeRemainingAsString();

    TransformSession session = TransformSession.restoreFrom(mappings, 0, 100);
    Restorer restorer = Restorer.of(session);
    String whole = restorer.restore(answer);

    for (Pseudonym foreign : List.of(FOREIGN, FOREIGN_NUMBER)) {
      boolean mapped = mappings.stream().anyMatch(p -> p.original().contains(foreign.original()));
      if (!mapped && !answer.contains(foreign.original())) {
        assertFalse(whole.contains(foreign.original()), "a value not in the session appeared in the restored text");
      }
    }

    StreamingRestorer streaming = restorer.streaming();
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int cut : cuts) {
      int to = Math.min(answer.length(), from + cut);
      out.append(streaming.accept(answer.substring(from, to)));
      from = to;
    }
    out.append(streaming.accept(answer.substring(from)));
    out.append(streaming.finish());
    assertEquals(whole, out.toString(), "streaming restoration differs from restoring the whole text");
  }
}
