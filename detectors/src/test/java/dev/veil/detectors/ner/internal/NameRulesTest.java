package dev.veil.detectors.ner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameRulesTest {

  private static String found(String text) {
    String t = text.replace("\\n", "\n");
    Tokens tokens = Tokens.of(t);
    List<String> out = new ArrayList<>();
    for (int[] s : NameRules.find(tokens)) {
      out.add(t.substring(tokens.start(s[0]), tokens.end(s[1] - 1)));
    }
    return String.join(";", out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Seen by Dr. Okonkwo today.|Okonkwo",
      "dr Patel will call back|Patel",
      "Mrs O'Donnell-Hayes was admitted.|O'Donnell-Hayes",
      "Referred to Prof. J. van der Berg for review.|J. van der Berg",
      "Nurse Beatriz changed the dressing.|Beatriz",
      "Patient Name: Amelia Hart\\nDOB: 1/2/1950|Amelia Hart",
      "pt Tom Reyes tolerated the procedure|Tom Reyes",
      "Dear Ms de Vries,\\nThank you.|de Vries",
      "Dear Anna,|Anna",
      "Hi Marcus, can you help?|Marcus",
      "Hi there, can you help?|",
      "Kind regards,\\nAnneke Jansen\\nClaims|Anneke Jansen",
      "Thanks,\\nJo|Jo",
      "From: Sarah Mitchell\\nSubject: results|Sarah Mitchell",
      "Send it to Finance by Friday.|",
      "WE ARE SORRY TO HEAR ABOUT YOUR LOSS.|",
      "The patient was seen today.|",
      "Dr. Smith's note mentions Crohn's disease.|Smith",
  })
  void findsNamesTheContextGivesAway(String text, String expected) {
    assertEquals(expected == null ? "" : expected, found(text));
  }

  private static String spans(String text, List<int[]> spans) {
    Tokens tokens = Tokens.of(text);
    List<String> out = new ArrayList<>();
    for (int[] s : spans) {
      out.add(text.substring(tokens.start(s[0]), tokens.end(s[1] - 1)));
    }
    return String.join(";", out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Attendees: Ana Ruiz, Berg and Dr. Okafor.|Ana Ruiz;Berg;Okafor",
      "GUEST LIST: Jolynn, Terencjusz|Jolynn;Terencjusz",
      "cc: Mia Lund; Per Holm, and Ole|Mia Lund;Per Holm;Ole",
      "Present: Kim\\nAbsent: Lee|Kim;Lee",
      "Present: the whole team|",
      "Location: Leeds, York|",
      "Attendees: Ana\\nNext Line Here|Ana",
  })
  void findsPeopleListedAfterAPeopleLabel(String text, String expected) {
    String t = text.replace("\\n", "\n");
    assertEquals(expected == null ? "" : expected, spans(t, NameRules.listed(Tokens.of(t))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The beneficiary, Ana Ruiz, will receive it.|Ana Ruiz",
      "my sister, Ilse, said so|Ilse",
      "Our lawyer, Mr. J. Berg, called.|J. Berg",
      "The beneficiary, Ana Ruiz will receive it.|",
      "The report, Annual Review, is late.|",
      "Beneficiary, Ana, is listed.|",
  })
  void findsNamesInAppositionToAPersonNoun(String text, String expected) {
    assertEquals(expected == null ? "" : expected,
        spans(text, NameRules.appositions(Tokens.of(text))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Dr. Smith. Then the patient left.|2",
      "Line one\\nLine two|2",
      "Seen by J. K. Rowling today.|1",
  })
  void sentencesSplitAtLineBreaksAndStopsButNotTitlesOrInitials(String text, int count) {
    assertEquals(count, Tokens.of(text.replace("\\n", "\n")).sentences().size());
  }
}
