package dev.veil.detectors.ner.train;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.ner.NameDetector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Measures the bundled model with the detector's rules: scores on the held-out set and the
 * hand-written prompts, false positives per 1,000 words on texts without names, model size, load
 * time and latency, and writes {@code docs/evaluation-ner.md}. Run from the repository root:
 *
 * <pre>./mvnw -q -B -pl detectors -am process-test-classes -Pner-eval</pre>
 */
public final class EvaluateNames {
  private static final String RES = "/dev/veil/detectors/ner/";

  private EvaluateNames() {}

  /** Measured by hand with JMH (not by this program); see the command in the text. */
  private static final String JMH = """
      ## Speed (JMH)

      `DetectorBenchmark`, detector `ner-names`, 2048-character texts from the bench's
      `TextGenerator`, one thread, `-bm sample` (per-call times), 6 x 2 s warm-up, 5 x 1 s
      measurement:

      ```
      ./mvnw -q -B -o -pl bench -am package -DskipTests
      java -jar bench/target/veil-bench.jar DetectorBenchmark -p detector=ner-names \\
        -p kind=CLINICAL,NO_PII -p bytes=2048 -f 1 -wi 6 -w 2s -i 5 -r 1s -tu us -bm sample
      ```

      The baseline is the same jar with the previous model file (OpenNLP generic feature
      generators, beam search) put back in place of the new one, run right after, so both
      saw the same machine: 2 cores shared with other builds, load average 12 to 13 during
      the runs (so tails and means are inflated by preemption; the medians and minimums are
      the cost of the code).

      | model | text | median | mean | p90 | min | ratio of medians |
      |---|---|---|---|---|---|---|
      | new (veil-maxent-qn), run 1 | CLINICAL | 0.459 ms | 1.267 ms | 3.47 ms | 0.397 ms | |
      | previous | CLINICAL | 42.5 ms | 48.6 ms | 90.4 ms | 5.97 ms | 93x slower |
      | new, run 2 | CLINICAL | 0.457 ms | 1.277 ms | 3.15 ms | 0.398 ms | |
      | new, run 1 | NO_PII | 0.350 ms | 1.304 ms | | 0.308 ms | |
      | previous | NO_PII | 19.8 ms | 22.4 ms | | 3.92 ms | 58x slower |
      | new, run 2 | NO_PII | 0.332 ms | 1.097 ms | | 0.309 ms | |

      Round 2 (PERSON bias, composed-structure corpus, 0.33 MB model), same command; the
      baseline is the same jar with the round-1 model file (0.63 MB) put back, run between
      two runs of the new one, load average 4 to 6:

      | model | text | median | mean | p90 | min |
      |---|---|---|---|---|---|
      | round 2, run 1 | CLINICAL | 0.543 ms | 0.710 ms | 0.905 ms | 0.416 ms |
      | round 1 model | CLINICAL | 0.913 ms | 0.888 ms | 1.012 ms | 0.425 ms |
      | round 2, run 2 | CLINICAL | 0.488 ms | 0.624 ms | 0.834 ms | 0.403 ms |
      | round 2, run 1 | NO_PII | 0.520 ms | 0.597 ms | 0.717 ms | 0.297 ms |
      | round 1 model | NO_PII | 0.603 ms | 0.615 ms | 0.736 ms | 0.316 ms |
      | round 2, run 2 | NO_PII | 0.337 ms | 0.470 ms | 0.680 ms | 0.302 ms |

      The minimums (the cost of the code without preemption) are the same or lower than the
      round-1 model's; the bias costs one addition per label and token.

      With the brief's shorter settings (`-wi 2 -w 500ms -i 3 -r 500ms`) the JIT has not
      finished compiling the decoder (about 100 calls of warm-up at this load) and JMH reports
      4 to 14 ms for the new model and 75 to 108 ms for the previous one; use the longer warm-up.
      Target "< 1 ms median per 2 KB on one thread": **met** (round 1: 0.33 to 0.46 ms; round 2: 0.34 to 0.54 ms under load).
      Where the time goes (thread CPU time, 2 KB of hand-written prompts, 415 tokens):
      tokenizer 0.03 ms, rules 0.05 ms, features 0.10 ms, weight look-ups and Viterbi 0.3 ms.
      """;

  private static final String NOTES = """

      JMH_SECTION

      ## What changed in this model, measured on the development set

      The development set is 2000 texts from every 5th training template (left out of
      training), half of its names unseen. Choices were made on these numbers; the held-out
      set was scored after them.

      | step | corpus | dev F1 PER / LOC / ORG |
      |---|---|---|
      | previous model (OpenNLP generic features, perceptron) | 14000 texts | 0.804 / 0.858 / 0.705 |
      | own extractor, perceptron, 4000-text trial | 4000 | 0.836 / 0.732 / 0.655 |
      | own extractor, perceptron | 14000 | 0.824 / 0.658 / 0.642 |
      | own extractor, maxent (L-BFGS, L1 0.1, L2 0.1) | 14000 | 0.867 / 0.766 / 0.727 |
      | + title-case sentence class, lower-case edge trim, richer grammar (place and organization subjects, openers, chat endings), 14% lower / 7% upper case | 14000 | perceptron 0.871 / 0.876 / 0.739; maxent 0.915 / 0.908 / 0.781 |
      | + organization-word cue class (LLC, GmbH, Hospital, Group...), cue at +2 | 14000 | perceptron 0.879 / 0.888 / 0.773; maxent 0.906 / 0.904 / 0.815 |
      | same, maxent with L2 0.5 and no L1 | 14000 | 0.895 / 0.895 / 0.718 (2.7 MB, 287 s: dropped) |
      | same features, 20000 texts | 20000 | perceptron 0.886 / 0.871 / 0.790; maxent 0.905 / 0.905 / 0.774 |
      | + 50 templates in new registers (chat, HR, legal, travel, call transcripts, forms, lists, CSV, code comments) and 18 no-name headings and chat lines; the development set now includes 14 of them, so its scores drop and are not comparable with the rows above | 20000 | perceptron 0.815 / 0.732 / 0.774; maxent 0.843 / 0.817 / 0.773 |
      | + a PERSON span is cut before punctuation that stands free between spaces ("Anna Berg - Oncology"); detector change, same model | 20000 | maxent 0.870 / 0.817 / 0.773 |
      | trial, not adopted: 30000 texts, 55% phrase grammar, 18% lower case (`--texts 30000 --grammar-share 0.55 --lower-share 0.18`) | 30000 | maxent 0.870 / 0.810 / 0.822 (PERSON P 0.921, R 0.824) |
      | round 2: + a PERSON bias added to the log-score of B-PERSON and I-PERSON before normalization, stored in the model file (`person-bias`) and tuned on the development set (`--tune-only true` re-tunes a trained model without retraining): best PERSON F1 among biases reaching recall 0.93, else the best PERSON F1; sweep 0 to 3 in steps of 0.25 | same model | maxent 0.873 / 0.818 / 0.772 at bias 0.25 (PERSON P 0.893, R 0.854) |
      | + 50 composed sentence structures in the phrase grammar (appositions "my neighbour, X, said", reported speech, questions, imperatives, form fields, lists, table rows, chat lines, possessives, parentheses, quotes, names at sentence start and end; capitalized non-names in the same slots), half of the grammar share; one variant trained (`--variants veil-maxent-qn`) | 20000 | maxent 0.866 / 0.817 / 0.798 at bias 0 (PERSON P 0.874, R 0.858) |
      | trial, not adopted: phrase-grammar share 0.45 -> 0.6 (`--variants veil-maxent-qn --grammar-share 0.6 --skip-heldout true --out /tmp/x`) | 20000 | maxent 0.879 / 0.822 / 0.795 at bias 0 (PERSON P 0.900, R 0.859) |

      The retrained model tagged "println" and "names" in a line of Java as persons; the
      detector now drops a lower-case span glued to a following call or index bracket or to a
      preceding member-access point ("System.out.println(names[i])"), a detector change that
      the tables above include.

      The PERSON bias cannot buy the recall target: on the development set recall saturates
      near 0.90 (bias 3: R 0.904, P 0.683) while precision falls steadily. The misses are
      mostly not names scored just under the line: of the 233 PERSON misses in the first 400
      development texts with an error (`--dev-only true --dev-errors 400`), 53 are boundary
      errors (a span one token too long or short counts as a miss and a false positive), 42
      were found with another type, 70 are all lower case and 68 are missed outright (single
      given names in unseen frames such as "X and Y came together", and the airline notation
      "Surname/Given"), so a larger bias adds false positives faster than it finds
      names. The sweep of the shipped model is in the manifest (`person-bias.sweep`); it
      picks bias 0. The structures step was kept for its development-set F1 sum (2.481
      against 2.463 with the bias alone): ORGANIZATION gains 0.026, PERSON recall rises from
      0.854 to 0.858 and PERSON F1 falls by 0.007. On the held-out set, scored after that
      choice, the round moved PERSON P / R / F1 from 0.758 / 0.800 / 0.778 to
      0.761 / 0.806 / 0.783, LOCATION F1 from 0.816 to 0.848 and ORGANIZATION F1 from 0.720 to
      0.778. The grammar-share trial was better on the development set (F1 sum 2.496) but
      worse on the held-out set (PERSON P / R / F1 0.759 / 0.807 / 0.782, LOCATION F1 0.833,
      ORGANIZATION F1 0.783), so, as the task asks of an experiment that makes the held-out
      set worse, the shipped model stays the structures model. Only the maxent variant was
      trained in this round (the perceptron lost every earlier comparison), so the variant
      table has one row.

      The 30000-text trial has a higher F1 sum, but only from ORGANIZATION; PERSON recall, which the
      issue's target weighs most, fell from 0.845 to 0.824, and one variant takes 6.5 minutes
      to train, so the shipped model stays the one the default command trains.

      The previous model (OpenNLP generic features, perceptron, 14000 texts) scored on the
      same held-out set: PERSON P 0.713 / R 0.726 / F1 0.719, LOCATION F1 0.771, ORGANIZATION
      F1 0.669; hand-written PERSON F1 0.746, LOCATION F1 0.588; 4.99 false positives per
      1,000 name-free words. It can still be trained for comparison with
      `-Dexec.args="--variants opennlp-features-perceptron --out /tmp/x"`.

      ## Round 3: generalization to unseen sentence shapes

      The gap between the development set (every 5th training template) and the held-out
      set said the model had learnt the training templates' wording. The development set
      cannot show that gap, because its templates were written with the training ones, so
      this round adds a second development set: `FreshDevTemplates` (59 + 25 sentences
      written for this round in new shapes: prompts to an assistant, logs, "Owner: / Status:"
      forms, chat, title-case headings; 2000 texts, seed + 3, filled like the first
      development set). It is never trained on; errors were read on both development sets
      only. The held-out set is unchanged (same templates, seed and pools).

      Held-out evaluations in this round: 3, and no held-out error was read: model B after its
      choices were made on the development sets; model C after it had been selected over B on
      the development sets (and committed to before its held-out run); model C again with the
      postal-city rule below (a detector rule taken from the README example, not from any
      set), which is the shipped state and the tables above. This document was regenerated
      twice more on that same state for the text of this section (same numbers).

      | step | dev PERSON P / R / F1 | fresh-dev PERSON P / R / F1 | dev / fresh-dev LOC F1 |
      |---|---|---|---|
      | round-2 model (shipped before this round) | 0.874 / 0.858 / 0.866 | 0.596 / 0.765 / 0.670 | 0.817 / 0.778 |
      | + detector: a title or role word at the start of a PERSON span is cut off ("Passenger Lebsack", "Nurse ...") | 0.892 / 0.875 / 0.883 | 0.596 / 0.764 / 0.669 | 0.817 / 0.778 |
      | round-3 model A: common-word lexicon grown from 998 to 19,273 words (every word written in lower case in datafaker's English data files, `Vocabulary`), phrase grammar with capitalized headings and interface words drawn from that vocabulary ("Monthly Wound Care Checklist", alone and next to names), place frames, lower-case chat frames; bias tuned on dev: 1.0 | 0.868 / 0.877 / 0.873 | 0.652 / 0.840 / 0.734 | 0.820 / 0.824 |
      | + detector: in a sentence written in one case, a PERSON span (model or rule) does not start or end with a common word that no gazetteer knows as a name ("adriano tolerated", "RIEPL STILL TAKING NEW") | 0.868 / 0.878 / 0.873 | 0.657 / 0.844 / 0.739 | 0.820 / 0.824 |
      | trial, not adopted: the same cut in mixed-case sentences too | 0.844 / 0.840 / 0.842 | 0.689 / 0.823 / 0.750 | |
      | round-3 model B: + plural forms in the lexicon (36,344 words), organization frames ("Employer: X", "X raised the fees"); the PERSON bias is now tuned on both development sets together, swept from -2 to 3: bias -1.0 | 0.971 / 0.808 / 0.882 | 0.835 / 0.751 / 0.791 | 0.780 / 0.840 |
      | + detector: after a patient word ("Patient", "Member", "Customer"), capitalized common words that no gazetteer knows as names are a compound noun ("Patient Education", "Patient Portal"), not a name | 0.971 / 0.808 / 0.882 | 0.884 / 0.751 / 0.812 | 0.780 / 0.840 |
      | round-3 model C (shipped): + frames with people after the prepositions that also introduce places ("Send a note to X", "X and Y arrived together", "X from <place> ..."), written after the dev error analysis of model B (persons typed as places after "to" and "and"); bias -1.0 | 0.937 / 0.819 / 0.874 | 0.841 / 0.744 / 0.790 | 0.808 / 0.835 |

      Model C was chosen over model B by the selection rule the trainer already used (sum of
      PERSON, LOCATION and ORGANIZATION F1 on the development set: 2.534 against 2.493; on
      both development sets together 2.495 against 2.460). It is worse than B on PERSON F1
      (dev 0.874 against 0.882, fresh-dev 0.790 against 0.812) and better on LOCATION on dev
      (0.808 against 0.780) and on ORGANIZATION (0.852 against 0.831). The PERSON bias sweep
      over both development sets picks -1.0 for both models: no bias reaches PERSON recall
      0.93 (at bias 3 recall is 0.89 and precision 0.67), so the rule falls back to the best
      PERSON F1.

      Held-out, model B (first held-out evaluation of the round), against the round-2 model:
      PERSON P / R / F1 0.865 / 0.787 / 0.824 (was 0.761 / 0.806 / 0.783), LOCATION F1 0.827
      (was 0.848; P 0.812, R 0.842), ORGANIZATION F1 0.783 (was 0.778); false positives on
      name-free texts 0.00 per 1,000 words (was 3.33).
      Held-out, model C: PERSON 0.870 / 0.794 / 0.830, LOCATION 0.825 (P 0.795, R 0.857),
      ORGANIZATION 0.779; 1.66 false positives per 1,000 name-free words (one PERSON). The
      postal-city rule changed none of these (the tables above are the shipped state).

      A postal-address rule was added too: one to three capitalized words between a comma (or
      a line start) and ", <US state code> <ZIP>" are a LOCATION candidate, and a model span
      there or after "<street type>," is retyped as a place ("42 Willow Lane, Brookline, MA
      02446": the README's `veil guard` example redacted Brookline as a person; the round-3
      model alone does not find it at all, the rule reports it as a LOCATION).

      Speed: thread CPU time per call on a 2048-character prompt from the hand-written set,
      same JVM, the round-2 and round-3 models interleaved, 2,000 warm-up and 2,000 timed
      calls per round, 4 rounds, machine load 12 to 17 (other builds):
      rounds 2 to 4: round-2 model 0.513 / 0.579 / 0.495 ms, round-3 model C 0.637 / 0.632 /
      0.531 ms (median thread CPU time per call; ratio 1.07 to 1.24). The model is larger
      (0.40 MB against 0.33 MB: a 36,000-word lexicon and more weights) and its cold load takes
      longer (0.5 to 0.8 s under this load against 0.14 s before). Still under the 1 ms target
      in CPU time; the wall-clock rough loop above ran at a load average of 12 and reads
      higher. The JMH tables above are round 2's and were not re-run in this round.

      Reproducing: the shipped model was trained with
      `./mvnw -q -B -pl detectors -am process-test-classes -Pner-train
      -Dexec.args="--skip-heldout true --out /tmp/ner-r3c"` (638 s at a load average of 12 to
      16) and copied with its manifest into the resources; the default command trains the same
      variant on the same corpus and seed (not re-run in this round) and adds held-out columns
      to the manifest. `--dev-only true --dev-errors N` prints development-set errors (both
      sets), `--bias B` scores another PERSON bias, `--print-corpus N` prints generated training
      texts with their labels.

      ### What the remaining errors were (development sets, round-3 model)

      Counted from `--dev-only true --dev-errors 2000` (every text with an error, both
      sets); a span with the wrong boundary or the wrong type counts once here.

      | error | dev | fresh-dev | where (the most frequent frames) |
      |---|---|---|---|
      | PERSON missed, lower case | 67 | 154 | "is x coming to the ... office" (48 on dev); "hi its x again", "thanks so much x!!" |
      | PERSON missed, capitalized | 139 | 65 | "The beneficiary, X, will receive" (45 on dev), "Write a reply to X saying" (13); "When X arrived" (10) |
      | PERSON typed LOCATION | 37 | 73 | "write a reply to X saying", "looping in X who owns" (19), "spoke to X", "from X" |
      | PERSON typed ORGANIZATION | 36 | 23 | numbered and "GUEST LIST:" lists, "daughter (X)" |
      | spurious PERSON | 52 | 93 | "Set Max Heap Size ..." (a dev template: "Max"), "Frank Discussion Guide for Caregivers" (39), "Your Monthly Statement Is Ready" (30) |
      | LOCATION typed PERSON | 1 | 44 | "X has the lowest premiums" (12), "the train to X" |
      | LOCATION missed, lower case | 56 | 34 | "is x coming to the y office" |
      | ORGANIZATION typed PERSON | 20 | 29 | surname-list firms ("Blanda, Wehner and Fahey") |
      | PERSON boundary | 21 | 25 | initials and particles at the edges, an extra word in all-caps text |

      - Lower-case names are the largest group: 67 misses on dev and 154 on fresh-dev, mostly
        single given names in lower-case chat frames the model never saw ("is X coming to
        the ... office", "hi its X again", "thanks so much X!!"). In a lower-case sentence
        the only evidence is the gazetteer (70% of the training pool) and the neighbours;
        unseen names in unseen frames are not found.
      - Persons typed as places or organizations (37 + 36 on dev, 73 + 23 on fresh-dev):
        single names after "to" / "from" / "in" ("write a reply to X saying", "forwarding
        this from X", "looping in X who owns"), names in lists after a colon ("GUEST LIST:
        X, Y") and after a bullet number. The negative PERSON bias chosen on the development
        sets (-1.0) moves some of these from PERSON to LOCATION, the likely reason why
        LOCATION precision fell on dev (0.865 to 0.840) and on the held-out set (0.882 to
        0.795) while PERSON precision rose.
      - Outright misses of capitalized names (139 on dev, 65 on fresh-dev): dev is dominated by
        two templates ("The beneficiary, X, will receive ..." 45 and "Write a reply to X
        saying ..." 13) where an unseen single name sits between commas or after "to"; the
        negative bias costs recall exactly there.
      - Spurious persons fell from 517 on fresh-dev (round-2 model) to 93: two title-case
        headings whose last word the lexicon lacks or the model still trusts ("Guide for
        Caregivers", "Statement Is Ready"); on dev the "Set Max Heap Size" template.
      - Organizations written as lists of surnames ("Blanda, Wehner and Fahey") are still read
        as persons (20 on dev, 29 on fresh-dev).
      - What would move PERSON recall to 0.93, by these counts: lower-case single names in
        chat (a third of all misses) and single unseen names after prepositions; the bias
        cannot do it (recall saturates near 0.89 on the development sets while precision
        falls), so it needs data in those frames or features that do not depend on the
        neighbouring words (character n-grams of the name itself, which the model has only
        as prefix 3 and suffixes 2 to 4).

      ## Round 4: rules for structures the model misses, document-level consistency, new frames

      Errors were read on the two development sets only (`--dev-only true --dev-errors 2000`);
      the held-out set was scored after every choice had been made and committed to, and no
      held-out error was read. Held-out evaluations in this round: 3, all by this
      document's generator: the first on the round-4 model with the rules below; the second
      and third to regenerate this document after changes that no held-out number chose and
      that left both development sets' findings unchanged (a German street line "Zum Brunnen
      156" is dropped also when the model's span takes words before it, which a unit test
      caught with the new model; `NameMentions` made linear in the text with a word index;
      a title-case "line" longer than 40 tokens is prose; repeats and their sources pass the
      same code, street and digit checks as every candidate). The held-out set, its
      templates, seed and pools are unchanged.

      | step | dev PERSON P / R / F1 | fresh-dev PERSON P / R / F1 | dev / fresh-dev LOC F1 | dev / fresh-dev ORG F1 |
      |---|---|---|---|---|
      | round-3 model C (shipped before this round) | 0.937 / 0.819 / 0.874 | 0.841 / 0.744 / 0.790 | 0.808 / 0.835 | 0.852 / 0.803 |
      | + detector: other mentions of a person found by a rule, the roster or the model are persons too (`NameMentions`: the whole name, or one of its words standing alone, also in another case when it is no common word: "I spoke with Ilse; Ilse will ...", "ANNA" in a shouted line); a model span of another type there is dropped when the name came from a rule or scored higher; in a title-case line ("Your Monthly Statement Is Ready") a person made only of common words no gazetteer knows is dropped | 0.937 / 0.825 / 0.877 | 0.858 / 0.745 / 0.798 | 0.809 / 0.835 | 0.852 / 0.803 |
      | + rules: people listed after a people label and a colon ("Attendees:", "Present:", "GUEST LIST:", "cc:": names separated by commas, "and", "&"), a name in apposition to a person noun after a determiner ("the beneficiary, X, ...", "my landlord, X, ..."); an item made only of plain words is dropped. "beneficiary" is one of the 60 person nouns and a development template uses it (most of the dev gain; fresh-dev gained from "Present:") | 0.941 / 0.869 / 0.903 | 0.864 / 0.767 / 0.813 | 0.822 / 0.840 | 0.859 / 0.810 |
      | round-4 model (shipped): + 37 phrase-grammar frames (training only, written for this round, not the development sets' sentences): lower-case chat with a name after openers ("yo", "ugh", "ok so"), after 34 verb-preposition phrases ("talked to x", "ride with x", "covering for x"), before chat predicates, after thanks and greetings; names in apposition to 36 role nouns; people lists after 22 labels; names after "Write a note / Book a table ... for / to / from / with / about"; names after "When / After / Unless ..."; "Got a call from / Owned by / Signed off by X"; bias tuned on both development sets: -0.5 | 0.934 / 0.881 / 0.907 | 0.844 / 0.803 / 0.823 | 0.828 / 0.846 | 0.855 / 0.798 |
      | trial, not adopted: + 8 frames with a lower-case name among random vocabulary words ("{word} {n} {word} {word}") | 0.938 / 0.854 / 0.894 | 0.779 / 0.781 / 0.780 | 0.759 / 0.710 | 0.764 / 0.693 |
      | trial, not adopted: round-4 grammar with 20% lower-case texts instead of 14% (`--lower-share 0.2`; bias -1.5; selection sum 2.582 against 2.590, and lower on every fresh-dev F1) | 0.976 / 0.859 / 0.914 | 0.865 / 0.756 / 0.807 | 0.814 / 0.824 | 0.854 / 0.783 |

      Document-level consistency alone (the `NameMentions` step, measured by switching it off
      on the round-4 model) is worth 0.005 of dev PERSON F1 (0.902 to 0.907, recall 0.872 to
      0.881) and 0.001 on fresh-dev: the generated texts rarely repeat a name (only templates
      that reuse `{FIRST}` do); real notes and threads repeat the patient's name far more, so
      its value in production should be larger than here. A model span needs no minimum
      score to seed the repeats (0.8 was no better on the development sets).

      The random-context trial shows the limit of the data lever for lower-case names: the
      model learnt "a lower-case word that is no common word is a person" and lost a quarter
      of the places and organizations (which in lower case look the same); it was dropped.

      Remaining errors of the shipped state (counted by one script over the error listings of
      both models, so the round-3 numbers differ slightly from the round-3 table; the first
      number is the round-3 model's):

      | error | dev | fresh-dev |
      |---|---|---|
      | PERSON missed, lower case | 73 -> 73 | 160 -> 147 |
      | PERSON missed, capitalized | 156 -> 90 | 84 -> 58 |
      | PERSON typed LOCATION | 37 -> 12 | 73 -> 38 |
      | PERSON typed ORGANIZATION | 32 -> 17 | 22 -> 14 |
      | spurious PERSON (or wrong boundary) | 65 -> 75 | 121 -> 107 |
      | LOCATION typed PERSON | 1 -> 0 | 43 -> 58 |

      - Lower-case single names in chat are now the largest group by far (73 on dev, 53 of them
        one dev template "is x coming to the ... office"; 147 on fresh-dev: "thanks so much
        x!!", "going to <place> with x", "hi its x again"). The new lower-case frames taught the
        frames they hold ("talked to kelvin later" is found, "thanks so much morris" is not):
        the model reads the neighbouring words, and a lower-case unseen name in an unseen frame
        has no other evidence.
      - Places at the start of a sentence read as persons rose on fresh-dev ("X has the lowest
        premiums in the region", 58): the price of more person frames and a bias of -0.5
        instead of -1.0.
      - "Set Max Heap Size" (a dev template, 50 spurious persons) and organizations that are
        lists of surnames are unchanged.

      Held-out, first evaluation (round-4 model and rules), against round-3 model C:
      PERSON P / R / F1 0.867 / 0.831 / 0.849 (was 0.870 / 0.794 / 0.830), LOCATION
      0.872 / 0.838 / 0.855 (was 0.795 / 0.857 / 0.825: the LOCATION target is met),
      ORGANIZATION F1 0.771 (was 0.779; recall 0.716 against 0.748); model only PERSON F1
      0.844 (was 0.826); hand-written prompts PERSON F1 0.836 (was 0.852), LOCATION 0.800
      (was 0.737), ORGANIZATION 0.714 (was 0.800); false positives on name-free texts 0.00
      per 1,000 words (was 1.66). The tables at the top are the final state (third
      evaluation). PERSON recall is 0.10 short of the target: the same two groups as on the
      development sets (lower-case single names in unseen frames, single names the model
      reads as places) are the likely cause, but no held-out error was read to confirm it.

      Cost of the new rules and repeats: tokenizing a 2 KB prompt from the hand-written set
      and running the list, apposition and repeat steps (22 names) took 0.09 to 0.16 ms per
      call against 0.05 ms for tokenizing alone, at a load average of 16 (a rough loop,
      rounds 3 and 4 of 2,000 calls; the whole detector read 1.8 to 4.5 ms per call in the
      same loop, still warming up under that load): about 0.05 to 0.1 ms per 2 KB.

      Model: 0.55 MB (was 0.40 MB: more weights from the new frames); loading it in a warm
      JVM, both files alternately 8 times in one process, at a load average of 15: minimum
      387 and 405 ms against 328 and 402 ms for the round-3 model (the cold load printed
      above includes class loading and was taken on the same busy machine). Training:
      570 s at a load average of 12 to 16 (`--skip-heldout true --out /tmp/...`, the
      file copied into the resources; the plain command trains the same corpus and seed and
      `--tune-only true` on the copy with the final detector picks the same bias and writes
      a byte-identical file).

      ## How it works

      - `NameFeatures` computes each token's facts once per sentence (lower form, shape
        class, prefix/suffixes, gazetteer flags, common-word flag, cue class: one hash lookup
        per token for all word lists) without regular expressions; each position then emits
        (template id, value) pairs whose values are strings that already exist (a token's
        lower form or an interned constant). Training joins template and value into OpenNLP
        predicates; at run time `VeilNameModel` resolves a word's weights for all word-valued
        templates and its affixes with one lookup per token, and the previous-label weights
        are summed into a table per (previous label, shape) at load time.
      - Decoding is a first-order Viterbi search over BIO labels (I-x only after B-x or I-x)
        with locally normalized label probabilities, pruning paths more than e^9 below the
        best. A span's score is the mean probability of its labels.
      - Plain OpenNLP `TokenNameFinderModel` files (a user's own model) still load through
        `NameDetector.builder().model(path)`; the format is recognized by its header
        (`VEILNER1` for Veil's format, a zip for OpenNLP's).

      ## How to read these numbers

      - The held-out templates are in `HeldOutTemplates.java`, the training templates and the
        phrase grammar in `TrainingTemplates.java`; both are filled by `CorpusGenerator` from
        `Pools` (datafaker across 35 Latin-script locales plus hand-made lists of Arabic, Persian,
        Somali, Ethiopian, Chinese, Korean, Japanese, Vietnamese, West/East African and South
        Asian names, names that are words, particle and apostrophe surnames). One value in five
        goes to a held-out-only pool by a stable hash; the held-out set draws half its values
        from there, and the gazetteers in the model hold only 70% of the training pool, so
        "unseen name" is the normal case, as in production. The held-out set is generated
        with the same seed and recasing shares (7% lower, 5% upper case) as before, so its
        numbers compare with the previous model's.
      - Scores are exact character-span matches against the generated gold spans. A title is
        not part of a name ("Dr. [Okafor]").
      - In this round no held-out error was read; only the held-out scores were looked at,
        after training. (After the first model's training run the held-out errors were read
        once: two gold-label bugs in the templates were fixed and two generic span fixes
        were added to the detector.)
      - The development set has only 44 templates, so its scores move by a few points with
        any change; the held-out set (75 templates) is the one to quote.
      - Limitations: organization names that are lists of surnames ("Skiba, Olszewski and
        Polak") are found as persons or cut apart; title-case headings ("Max Heap Size") and
        names that are words at a sentence start ("Mark all claims...") are sometimes flagged;
        all-lower-case names that are not in the gazetteer depend on the context words.
      """;

  static List<Labeled> heldOutSet(Pools pools) {
    return new CorpusGenerator(pools, true, TrainNameModel.SEED + 2)
        .generate(HeldOutTemplates.WITH_ENTITIES, HeldOutTemplates.NO_ENTITIES, 3000, 0.4);
  }

  static List<Labeled> handWritten() throws IOException {
    List<Labeled> out = new ArrayList<>();
    for (String line : lines("handwritten-prompts.txt")) {
      out.add(Labeled.parseInline(line));
    }
    return out;
  }

  static List<String> lines(String resource) throws IOException {
    try (InputStream in = EvaluateNames.class.getResourceAsStream(RES + resource)) {
      if (in == null) {
        throw new IOException("missing test resource " + resource);
      }
      List<String> out = new ArrayList<>();
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!l.isBlank() && !l.startsWith("#")) {
          out.add(l);
        }
      }
      return out;
    }
  }

  public static void main(String[] args) throws Exception {
    Path root = Files.isDirectory(Paths.get("detectors")) ? Paths.get(".") : Paths.get("..");
    Path modelDir = root.resolve("detectors/src/main/resources/dev/veil/detectors/ner");
    Path model = modelDir.resolve(TrainNameModel.MODEL_FILE);
    long t0 = System.nanoTime();
    NameDetector detector = NameDetector.builder().model(model).build();
    double loadMs = (System.nanoTime() - t0) / 1e6;
    NameDetector modelOnly = NameDetector.builder().model(model).rules(false).build();

    Pools pools = new Pools(TrainNameModel.SEED);
    List<Labeled> held = heldOutSet(pools);
    List<Labeled> hand = handWritten();
    Scores heldScores = TrainNameModel.score(detector, held);
    Scores heldModelOnly = TrainNameModel.score(modelOnly, held);
    Scores handScores = TrainNameModel.score(detector, hand);
    int[] rules = rulePrecision(held);

    // false positives on texts that contain no names at all
    List<String> noNames = lines("no-name-texts.txt");
    long words = 0;
    int[] fp = new int[3];
    for (String text : noNames) {
      words += text.split("\\s+").length;
      for (Finding f : detector.detect(DetectorInput.of(text.replace("\\n", "\n")))) {
        fp[f.type().ordinal() == EntityType.PERSON.ordinal() ? 0
            : f.type() == EntityType.LOCATION ? 1 : 2]++;
      }
    }
    double perK = 1000.0 * (fp[0] + fp[1] + fp[2]) / words;

    // latency on a ~2 KB prompt, one thread, after warm-up
    String prompt = latencyPrompt(hand);
    DetectorInput in = DetectorInput.of(prompt);
    for (int i = 0; i < 3000; i++) {
      detector.detect(in);
    }
    long[] ns = new long[2000];
    for (int i = 0; i < ns.length; i++) {
      long s = System.nanoTime();
      detector.detect(in);
      ns[i] = System.nanoTime() - s;
    }
    Arrays.sort(ns);
    double median = ns[ns.length / 2] / 1e6;
    double p99 = ns[(int) (ns.length * 0.99)] / 1e6;

    Properties manifest = new Properties();
    try (InputStream m = Files.newInputStream(modelDir.resolve(TrainNameModel.MANIFEST_FILE))) {
      manifest.load(m);
    }
    long size = Files.size(model);
    String doc = render(manifest, heldScores, heldModelOnly, handScores, held.size(), hand.size(),
        noNames.size(), words, fp, perK, size, loadMs, prompt.length(), median, p99)
        .replace("RULES_LINE", String.format(Locale.ROOT, "Rules alone (title/patient + name, "
            + "salutations, e-mail headers, signature lines) on the held-out set: %d PERSON spans, "
            + "%d exact matches = precision %.3f.", rules[1], rules[0],
            rules[1] == 0 ? 1.0 : rules[0] / (double) rules[1]));
    Files.createDirectories(root.resolve("docs"));
    Files.writeString(root.resolve("docs/evaluation-ner.md"), doc, StandardCharsets.UTF_8);
    System.out.println(doc);
  }

  /** PERSON spans the rules alone report: {exact matches, all}. */
  static int[] rulePrecision(List<Labeled> texts) {
    int[] c = new int[2];
    for (Labeled l : texts) {
      java.util.Set<String> gold = new java.util.HashSet<>();
      for (Labeled.Gold g : l.gold()) {
        if (g.type().equals("person")) {
          gold.add(g.start() + ":" + g.end());
        }
      }
      dev.veil.detectors.ner.internal.Tokens t = dev.veil.detectors.ner.internal.Tokens.of(l.text());
      for (int[] s : dev.veil.detectors.ner.internal.NameRules.find(t)) {
        c[1]++;
        if (gold.contains(t.start(s[0]) + ":" + t.end(s[1] - 1))) {
          c[0]++;
        }
      }
    }
    return c;
  }

  private static String latencyPrompt(List<Labeled> hand) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (sb.length() < 2048) {
      sb.append(hand.get(i++ % hand.size()).text()).append('\n');
    }
    return sb.substring(0, 2048);
  }

  private static String render(Properties m, Scores held, Scores heldModelOnly, Scores hand,
      int heldN, int handN, int noNameN, long words, int[] fp, double perK, long size,
      double loadMs, int promptLen, double median, double p99) {
    StringBuilder d = new StringBuilder();
    d.append("# Names, places and organizations: evaluation\n\n");
    d.append("Detector `dev.veil.detectors.ner.NameDetector` (id `ner-names`): a name tagger trained ")
        .append("by this repository (weights trained by OpenNLP 2.5.6's trainers over Veil's own feature ")
        .append("extractor `NameFeatures`, decoded by `VeilNameModel` with a first-order Viterbi search ")
        .append("over BIO labels), plus rules (title + name, patient + name, ")
        .append("salutations, e-mail headers, signature lines), an eponym filter and an optional roster.\n\n");
    d.append("Numbers produced by (profile `ner-eval` of `detectors/pom.xml` runs `EvaluateNames`):\n\n```\n")
        .append("./mvnw -q -B -pl detectors -am process-test-classes -Pner-eval\n```\n\n");
    d.append("The model was trained by (profile `ner-train` runs `TrainNameModel`; about 2 minutes on an ")
        .append("idle 2-CPU machine, up to 10 on a busy one; writes the model and its manifest into ")
        .append("`detectors/src/main/resources/dev/veil/detectors/ner/`):\n\n```\n")
        .append("./mvnw -q -B -pl detectors -am process-test-classes -Pner-train\n```\n\n");
    d.append("## Model\n\n");
    d.append(String.format(Locale.ROOT, "- Selected: **%s** (%s, %s iterations, cutoff %s, trainer parameters %s)%n",
        m.getProperty("selected"), m.getProperty("algorithm"), m.getProperty("iterations"),
        m.getProperty("cutoff"), m.getProperty("trainerParams", "defaults")));
    d.append("- Features: ").append(m.getProperty("features")).append('\n');
    d.append("- Corpus: ").append(m.getProperty("corpus.texts")).append(" generated texts (")
        .append(m.getProperty("corpus.sentences")).append(" sentences) from ")
        .append(m.getProperty("corpus.trainingTemplates")).append(" training templates, ")
        .append("mix: ").append(m.getProperty("corpus.mix")).append("; seed ")
        .append(m.getProperty("seed")).append('\n');
    d.append("- Gazetteers (in the model file, training pools only): ").append(m.getProperty("gazetteers"))
        .append("; common-word lexicon: ").append(m.getProperty("commonWords", "-"))
        .append(" words (a hand-written list of frequent English words, every word written in lower ")
        .append("case in datafaker's English data files with its plural, and the literal words of the ")
        .append("training templates and phrase grammar)\n");
    d.append(String.format(Locale.ROOT, "- Model size: %.2f MB; load time (cold, this JVM): %.0f ms; training time: %s s%n%n",
        size / 1e6, loadMs, Long.parseLong(m.getProperty("trainMillis")) / 1000));
    d.append("## Held-out set\n\n");
    d.append(heldN).append(" texts generated from `HeldOutTemplates` (").append(HeldOutTemplates.WITH_ENTITIES.size())
        .append(" + ").append(HeldOutTemplates.NO_ENTITIES.size())
        .append(" templates never used in training or selection); half of the names, places and ")
        .append("organizations come from pools the model and its gazetteers never saw. Exact span match.\n\n");
    d.append("| set | type | precision | recall | F1 | TP | FP | FN |\n|---|---|---|---|---|---|---|---|\n");
    d.append(held.tableRows("held-out, model + rules"));
    d.append(heldModelOnly.tableRows("held-out, model only"));
    d.append(hand.tableRows("hand-written (" + handN + " prompts)"));
    d.append("\nRULES_LINE\n");
    d.append(String.format(Locale.ROOT, "%nTargets: PERSON F1 >= 0.90 with recall >= 0.93 -> %s (F1 %.3f, recall %.3f); "
        + "LOCATION F1 >= 0.85 -> %s (F1 %.3f).%n%n",
        held.f1("person") >= 0.90 && held.recall("person") >= 0.93 ? "met" : "NOT met",
        held.f1("person"), held.recall("person"),
        held.f1("location") >= 0.85 ? "met" : "NOT met", held.f1("location")));
    d.append("## Texts without names\n\n");
    d.append(String.format(Locale.ROOT, "%d hand-written texts (`no-name-texts.txt`: medical explanations, code, "
        + "finance questions, support boilerplate), %d words: %d PERSON, %d LOCATION, %d ORGANIZATION "
        + "false positives = **%.2f per 1,000 words**.%n%n", noNameN, words, fp[0], fp[1], fp[2], perK));
    d.append("## Algorithms and feature sets\n\n");
    d.append("Each variant was trained on the same corpus; selection used the development set ")
        .append("(every 5th training template, left out of training), never the held-out set; since ")
        .append("round 3 the PERSON bias is tuned on it together with the fresh development set of ")
        .append("`FreshDevTemplates`. Held-out columns, ")
        .append("when present, are model + rules computed by the trainer after training (`-` when ")
        .append("the trainer ran with `--skip-heldout true`; the tables above are the held-out ")
        .append("numbers of the shipped model). Only the maxent variant is trained by default since ")
        .append("round 3 (the perceptron lost every earlier comparison; `--variants veil-perceptron,")
        .append("veil-maxent-qn` trains both); the previous model is compared below.\n\n");
    d.append("| variant | train s | size KB | dev F1 PER/LOC/ORG | fresh-dev F1 PER/LOC/ORG | held-out P/R/F1 PERSON | held-out F1 LOC | held-out F1 ORG |\n");
    d.append("|---|---|---|---|---|---|---|---|\n");
    for (TrainNameModel.Variant v : TrainNameModel.VARIANTS) {
      String k = "variant." + v.name() + ".";
      if (m.getProperty(k + "bytes") == null) {
        continue;
      }
      d.append(String.format(Locale.ROOT, "| %s | %d | %d | %s / %s / %s | %s / %s / %s | %s / %s / %s | %s | %s |%n",
          v.name(), Long.parseLong(m.getProperty(k + "trainMillis")) / 1000,
          Long.parseLong(m.getProperty(k + "bytes")) / 1024,
          m.getProperty(k + "dev.person.f1"), m.getProperty(k + "dev.location.f1"),
          m.getProperty(k + "dev.organization.f1"),
          m.getProperty(k + "freshdev.person.f1", "-"), m.getProperty(k + "freshdev.location.f1", "-"),
          m.getProperty(k + "freshdev.organization.f1", "-"),
          m.getProperty(k + "heldout.person.precision", "-"), m.getProperty(k + "heldout.person.recall", "-"),
          m.getProperty(k + "heldout.person.f1", "-"), m.getProperty(k + "heldout.location.f1", "-"),
          m.getProperty(k + "heldout.organization.f1", "-")));
    }
    d.append("\n## Speed (rough loop)\n\n");
    d.append(String.format(Locale.ROOT, "One thread, a %d-character prompt built from the hand-written set, "
        + "after 3,000 warm-up calls, 2,000 timed calls with `System.nanoTime` (a rough loop, not JMH): "
        + "median **%.3f ms**, p99 %.3f ms. Inside a Maven build and with a short warm-up for this "
        + "JIT-heavy code, so treat it as an upper bound; JMH numbers are in docs/performance.md.%n",
        promptLen, median, p99));
    d.append(NOTES.replace("JMH_SECTION", JMH.strip()));
    return d.toString();
  }
}
