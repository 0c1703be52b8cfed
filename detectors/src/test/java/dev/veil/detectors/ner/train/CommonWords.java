package dev.veil.detectors.ner.train;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The common-word lexicon stored in the model: a hand-written list of frequent English words
 * (function words, everyday verbs and nouns, words of clinical, banking and support text), the
 * {@link Vocabulary} (about 36,000 words from datafaker's English data files, with plurals) and the
 * literal words of the training templates and the phrase grammar (never the development or
 * held-out templates). A capitalized token that is not a common word is good evidence of a name;
 * the model learns how good.
 */
final class CommonWords {
  private CommonWords() {}

  /** Whether WordNet's common words ({@link WordNetWords}) join the lexicon (trainer option --wordnet). */
  static boolean wordNet = true;

  private static final String HAND = """
      a about above after again against all almost alone along already also although always am
      among an and another any anyone anything are around as ask asked at away back bad be
      because become been before began behind being below best better between big both bring
      brought but buy by call called came can cannot car care case cause change check child
      children city close come coming could country course cover current day days did different
      do does doing done door down during each early easy eat end enough even evening ever
      every everyone everything example eye face fact family far feel felt few find fine first
      follow food for form found four free friend from full gave get gets getting give given go
      going gone good got great group had half hand happy hard has have having he head hear
      heard help her here herself high him himself his home hope hour house how however i if
      important in information inside into is issue it its itself job just keep kind knew know
      known large last late later least leave left less let life like likely line little live
      long look looking lot made make making man many may maybe me mean meet men might mind
      minute money month more morning most mother move much must my myself name near need
      needed never new next nice night no none nor not nothing now number of off often oh old
      on once one only open or order other others our out outside over own page paper part
      past pay people per perhaps person place plan play please point possible power probably
      problem put question quickly quite rather read ready real really reason received record
      remember rest result right room run said same saw say says school second see seem seen
      send sent set several shall she short should show side since small so some someone
      something sometimes soon sorry start started state still stop story such sure take taken
      talk tell than thank thanks that the their them then there these they thing things think
      this those though thought three through time to today together told too took toward
      tried true try turn two under until up upon us use used using very visit wait want
      wanted was water way we week weeks well went were what when where whether which while
      who whole whom whose why will with within without woman women word work world would
      write wrong year years yes yet you young your yours
      account address admission advice afternoon age allergy amount answer application
      appointment approval attached balance bank benefit bill billing blood body booking
      branch card chart claim clinic code company complaint condition confirmation contact
      contract copy cost coverage credit customer date dear deductible delivery department
      diagnosis discharge doctor dose email emergency error exam fee file follow-up form
      history hospital illness insurance invoice lab labs letter loan manager medication
      medicine meeting message note notes nurse office order pain patient payment pharmacy
      phone policy prescription pressure provider record referral refund regards report
      request results review room schedule service services shipment sincerely staff status
      summary support surgery symptoms team test therapy ticket transfer treatment update
      visit ward
      monday tuesday wednesday thursday friday saturday sunday january february march april
      june july august september october november december
      der die das und ist nicht ein eine mit von zu le la les et est un une des du pour
      el los las y en por con para que
      """;

  static Set<String> build(List<String> withEntities, List<String> noEntities) {
    Set<String> out = new TreeSet<>();
    for (String w : HAND.trim().split("\\s+")) {
      out.add(w);
    }
    out.addAll(Vocabulary.words());
    if (wordNet) {
      out.addAll(WordNetWords.words());
    }
    for (List<String> templates : List.of(withEntities, noEntities,
        List.of(TrainingTemplates.grammarLiterals()))) {
      for (String t : templates) {
        addWords(t, out);
      }
    }
    return out;
  }

  private static void addWords(String template, Set<String> out) {
    StringBuilder word = new StringBuilder();
    boolean inSlot = false;
    for (int i = 0; i <= template.length(); i++) {
      char c = i < template.length() ? template.charAt(i) : ' ';
      if (c == '{') {
        inSlot = true;
      } else if (c == '}') {
        inSlot = false;
        word.setLength(0);
      } else if (!inSlot && Character.isLetter(c)) {
        word.append(c);
        continue;
      }
      if (word.length() > 0) {
        out.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
    }
  }
}
