package dev.veil.detectors.ner.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A compositional phrase grammar (training only, round 5). A sentence is drawn slot by slot, each
 * slot independently of the others: the register (clinical note, referral, patient message, bank or
 * insurance letter, support chat, e-mail), what the focus mention is (a person most often; else a
 * place, an organization or a capitalized non-name: drug, disease, eponym, month, product, heading
 * word), its syntactic role (subject, object, after a preposition, possessive, vocative, in a list,
 * in apposition, in quoted or reported speech, a person in a place-like role "at X's", a place in a
 * person-like subject role), the person's form (given name, surname, full name, initials, title
 * forms), an optional second clause (before or after, with its own mention), and the casing of the
 * text and of the name. So a name is seen in contexts that vary independently of the name, and the
 * same contexts hold non-names, which the model must tell apart by the token itself.
 *
 * <p>The output is a template for {@link CorpusGenerator#fill}: {@code {FIRST}}, {@code {LAST}},
 * {@code {INIT}} (an initial, merged with the following name part), {@code {LOC}}, {@code {ORG}},
 * ... with lower-case slots for lower-case values and a {@code :U} suffix for upper-case ones.
 */
final class SlotGrammar {
  private SlotGrammar() {}

  enum Kind { PERSON, PLACE, ORG, DRUG, DISEASE, MONTH, PRODUCT, WORD }

  private enum Reg { CLINICAL, REFERRAL, MESSAGE, LETTER, CHAT, EMAIL }

  // ---- person forms (the name's shape, independent of its role)
  private static final String[] PERSON_FORMS = {
      "{FIRST}", "{FIRST}", "{FIRST}", "{FIRST}", "{FIRST}", "{LAST}", "{LAST}",
      "{FIRST} {LAST}", "{FIRST} {LAST}", "{FIRST} {LAST}", "{PER}", "{INIT} {LAST}",
      "{FIRST} {INIT} {LAST}", "{TITLE} {LAST}", "{TITLE} {LAST}", "{TITLE} {FIRST} {LAST}",
      "{TITLE} {INIT} {LAST}", "{FIRST} {FIRST} {LAST}"};

  // ---- registers: openers (own sentence or lead-in), agents (non-name subjects), tails, closers
  private static final String[][] OPENERS = {
      /* CLINICAL */ {"", "", "", "S: ", "HPI: ", "Plan: ", "Note: ", "Addendum: ", "Social hx: ",
          "Collateral: ", "Per nursing, ", "Interval history: ", "On review, ", "Nursing note: ",
          "Update {DATE}: ", "Phone note. "},
      /* REFERRAL */ {"", "", "Re: ", "Dear colleague, ", "Reason for referral: ", "Background: ",
          "Many thanks for your help. ", "Further to my letter, ", "Summary: ", "In brief, "},
      /* MESSAGE */ {"", "", "hi, ", "hello, ", "Good morning, ", "quick question - ",
          "sorry to bother you, ", "Hi there! ", "Hello again, ", "ok so ", "Just checking: ",
          "Hi doctor, ", "urgent - "},
      /* LETTER */ {"", "", "Thank you for your letter. ", "Reference {NUM}. ",
          "Policy number {NUM}: ", "Further to our call, ", "We are pleased to confirm: ",
          "Important: ", "Claim {NUM} - ", "Account ending {NUM}. "},
      /* CHAT */ {"", "", "", "Agent: ", "Customer: ", "[{TIME}] ", "user: ", "me: ", "Bot: ",
          "lol ", "k ", "wait ", "ngl ", "ok ", "heyy ", "so "},
      /* EMAIL */ {"", "", "Hi all, ", "Quick update: ", "Following up - ", "FYI: ",
          "Re: {word}\n", "Adding context: ", "Short version: ", "Apologies for the delay. ",
          "As promised, "}};
  private static final String[][] AGENTS = {
      /* CLINICAL */ {"pt", "the patient", "the nurse", "the team", "we", "I", "the resident",
          "the on-call doctor", "the ward clerk", "physio", "the family"},
      /* REFERRAL */ {"I", "we", "the practice", "our team", "my registrar", "the patient"},
      /* MESSAGE */ {"I", "my mom", "my husband", "we", "my son", "my daughter", "our family",
          "my wife", "my dad"},
      /* LETTER */ {"we", "our team", "the underwriter", "the claims team", "the bank",
          "our adjuster", "the branch"},
      /* CHAT */ {"i", "we", "u", "my manager", "someone", "the bot", "ur colleague", "support"},
      /* EMAIL */ {"I", "we", "the team", "legal", "finance", "our vendor", "the committee"}};
  private static final String[][] TAILS = {
      /* CLINICAL */ {"", "", "", " today", " on {DATE}", " this am", " overnight",
          " since {MONTH}", " at {TIME}", " on the ward", " per protocol"},
      /* REFERRAL */ {"", "", " last {MONTH}", " in clinic", " on {DATE}", " recently",
          " over the past year"},
      /* MESSAGE */ {"", "", " yesterday", " last night", " on {DAY}", " again", " this week",
          " a few days ago"},
      /* LETTER */ {"", "", " on {DATE}", " in {MONTH}", " as requested", " by post",
          " within {NUM} days"},
      /* CHAT */ {"", "", "", " rn", " lol", " again", " tmrw", " earlier", " 2day", " asap"},
      /* EMAIL */ {"", "", " by {DAY}", " before {MONTH}", " this quarter", " last week",
          " end of day"}};
  private static final String[][] ENDS = {
      /* CLINICAL */ {".", ".", ".", "", ";"},
      /* REFERRAL */ {".", ".", "."},
      /* MESSAGE */ {".", "?", "!", " thanks", " Thank you!", "", " x"},
      /* LETTER */ {".", "."},
      /* CHAT */ {"", "", "!", "!!", "?", " :)", " haha", ".", " ;)", " tbh"},
      /* EMAIL */ {".", ".", "!", " - thanks."}};

  // ---- subject role: predicates by kind (PERSON_VP also takes organizations sometimes)
  private static final String[] PERSON_VP = {
      "is feeling better", "missed the appointment", "signed the consent", "has a fever",
      "will pick up the kids", "booked a follow-up", "is allergic to {DRUG}", "fell at home",
      "wants to change doctors", "is off sick", "started a new job", "is pregnant",
      "got the results", "has been very tired", "slept badly", "went back to work",
      "is recovering well", "asked about {DIS}", "stopped taking {DRUG}", "declined the vaccine",
      "is the main carer", "walks with a cane", "drives her mother", "lives alone",
      "was late again", "is on holiday", "forgot the password", "changed her name",
      "turned {NUM} last week", "lost his wallet", "wants a second opinion", "is nervous",
      "has a question", "will be the witness", "smokes {NUM} a day", "is vegetarian",
      "got married", "retired in {MONTH}", "needs an interpreter", "prefers mornings"};
  private static final String[] AGENT_VP = {
      "called back", "sent the forms", "has not paid", "asked for a refund",
      "approved the request", "left a voicemail", "never replied", "wants the invoice",
      "confirmed the booking", "disputed the charge", "signed the contract", "emailed twice",
      "is waiting on a reply", "cancelled the order", "raised a complaint"};
  private static final String[] ORG_VP = {
      "changed its terms", "is closing the branch", "hired {NUM} nurses", "was acquired",
      "raised premiums", "has a new app", "covers {DRUG}", "denied the claim",
      "is a network provider", "outsourced billing", "moved its office"};
  private static final String[] PLACE_VP = {
      "is under a snow warning", "has two clinics", "is an hour away", "flooded last spring",
      "is expensive now", "has a walk-in centre", "is where she grew up", "is on the coast",
      "has no pharmacy open late", "was cold this week", "got a new hospital",
      "is our biggest market", "has better schools", "is too far to commute",
      "is in lockdown again", "is sunny today", "had a power cut", "hosts the conference"};
  private static final String[] DRUG_VP = {
      "made me dizzy", "is out of stock", "was increased to {NUM} mg", "is not covered",
      "upsets my stomach", "should be taken at night", "interacts with alcohol",
      "works well for her", "was stopped", "costs too much"};
  private static final String[] DISEASE_VP = {
      "runs in the family", "was ruled out", "flared up again", "is well controlled",
      "was diagnosed in {MONTH}", "is getting worse", "needs a specialist"};
  private static final String[] MONTH_VP = {
      "is fully booked", "was busy", "is when the policy renews", "works better for us",
      "is our busiest month"};
  private static final String[] PRODUCT_VP = {
      "keeps crashing", "will not let me log in", "is down again", "shows the wrong balance",
      "needs an update", "logged me out"};
  private static final String[] WORD_VP = {
      "is closed today", "has moved upstairs", "is on the second floor", "needs approval",
      "is on hold", "was updated", "starts at {TIME}"};

  // ---- object role: verbs before the mention, by kind
  private static final String[] PERSON_OV = {
      "called", "saw", "paged", "texted", "will ask", "reminded", "examined", "married",
      "thanked", "met", "admitted", "discharged", "visited", "hugged", "trust", "recommend",
      "interviewed", "have invited", "could not reach", "told", "owe", "drove", "babysit for",
      "miss", "blocked", "congratulated", "phoned", "introduced"};
  private static final String[] AGENT_OV = {
      "contacted", "emailed", "complained to", "paid", "wrote to", "called", "recommend",
      "chased", "reported it to", "forwarded it to", "cc'd"};
  private static final String[] PLACE_OV = {
      "visited", "left", "toured", "love", "moved out of", "avoid", "flew over", "miss"};
  private static final String[] DRUG_OV = {
      "stopped", "started", "prescribed", "refilled", "switched to", "cannot take",
      "recommend", "ran out of"};
  private static final String[] DISEASE_OV = {"suspect", "ruled out", "treated", "excluded",
      "diagnosed", "discussed"};
  private static final String[] PRODUCT_OV = {"installed", "updated", "reinstalled", "use",
      "recommend", "cancelled"};

  // ---- prepositional role: head phrases ending in a preposition, by kind; SHARED takes any of
  // person, place, organization (the same words, so the token must decide)
  private static final String[] PERSON_PP = {
      "talked with", "had lunch with", "am waiting to hear from", "got a text from",
      "filled in for", "am worried about", "sat next to", "left the keys with",
      "made dinner for", "was referred by", "is covering for", "shared a room with",
      "got flowers from", "had a chat with", "went bowling with", "is dating", "broke up with",
      "split the bill with", "ask for", "was seen by", "is cared for by", "is engaged to",
      "signed on behalf of", "got this from", "is named after", "swapped shifts with",
      "spent the day with", "is looking after", "is a friend of", "am copying in",
      "will bring in", "pulled in", "should add in", "confided in", "lost faith in",
      "was written by", "was reviewed by", "was taken by", "is signed by", "got approved by",
      "was passed on from", "had a note from", "got a hand-me-down from", "am borrowing from",
      "is handled by", "was covered by", "got a lift from", "caught a cold from"};
  private static final String[] SHARED_PP = {
      "heard from", "got a letter from", "sent it to", "had news from", "wrote to",
      "got a call from", "forwarded it to", "got a reminder from", "received a cheque from",
      "got a postcard from", "got a gift from", "complained about", "are still waiting on",
      "owe money to", "got an invite from", "read the report from", "mailed the keys to"};
  // the same prepositions without an agent before them
  private static final String[] SHARED_NP = {
      "nothing yet from", "a message came from", "the invoice went to", "a parcel from",
      "thanks to", "a complaint about", "the cheque is from", "a postcard from", "no word from",
      "a delivery for", "still no reply from", "an update from", "money owed to"};
  private static final String[] PLACE_PP = {
      "moved to", "drove to", "lives in", "flew in from", "works near", "got stuck in",
      "is on the way to", "is back from", "grew up outside", "retired to", "was born in",
      "has a flat in", "studies in", "took the train to", "was transferred to the unit in",
      "bought a house near", "went skiing in"};
  private static final String[] ORG_PP = {
      "applied to", "works at", "complained to", "was billed by", "is insured with",
      "banks with", "got a job at", "is a patient at", "was turned down by", "switched to",
      "has an account with", "volunteers at"};
  // persons in place-like roles: "at X's", "to X's place"
  private static final String[] PERSON_PLACE_PP = {
      "stayed at", "had dinner at", "is sleeping over at", "left the car at", "went round to",
      "is still at", "met up at", "dropped the kids at", "spent the weekend at"};
  private static final String[] PERSON_PLACE_NOUN = {"", "", " place", " house", " flat",
      " mum's", " parents'"};

  // ---- possessive role
  private static final String[] PERSON_POSS = {
      "mom", "appointment", "bloodwork", "car", "flight", "dog", "prescription", "claim",
      "account", "birthday party", "discharge papers", "x-ray", "wedding", "son", "laptop",
      "new address", "last visit", "phone number", "insurance card", "email", "shift",
      "surgery", "results", "wife", "landlord"};
  private static final String[] PLACE_POSS = {"mayor", "airport", "weather", "main hospital",
      "traffic", "housing market", "water supply", "tax office", "old town"};
  private static final String[] ORG_POSS = {"billing team", "app", "call centre", "new policy",
      "website", "helpline", "lawyers", "annual report", "fees"};
  private static final String[] POSS_VP = {
      "is on {DAY}", "was cancelled", "came back", "needs a signature", "is overdue",
      "changed", "is missing", "went fine", "is in the system", "was moved to {MONTH}",
      "has not arrived", "looks wrong"};
  // eponyms: a surname in a possessive that is no person
  private static final String[] EPONYM_POSS = {
      "Parkinson's", "Alzheimer's", "Crohn's", "Huntington's", "Addison's", "Cushing's",
      "Graves'", "Bell's palsy", "Hashimoto's", "Raynaud's", "Meniere's", "Paget's",
      "Sjogren's", "Tourette's", "Asperger's", "Barrett's", "Dupuytren's", "Wilson's disease",
      "Gilbert's syndrome", "Down's syndrome", "Lou Gehrig's", "Kaposi's sarcoma"};
  private static final String[] EPONYM_FRAMES = {
      "her {E} is worse", "{E} runs in the family", "his {E} was diagnosed in {MONTH}",
      "my dad has {E}", "living with {E}", "{E} clinic on {DAY}", "screened for {E}",
      "the {E} nurse called", "{E} support group"};

  // ---- vocative
  private static final String[] GREET = {
      "Hi", "Hello", "Hey", "Dear", "Morning", "Good afternoon", "Evening", "Hiya", "Yo",
      "Greetings", "Welcome"};
  private static final String[] THANK = {
      "Thanks", "Thank you", "Cheers", "Thanks again", "Ta", "Much appreciated", "Bless you",
      "Sorry", "Congrats", "Well done", "Good night", "See you", "Bye", "Take care"};
  private static final String[] VOC_DISTRACT = {
      "Team", "Customer", "Support", "Colleagues", "All", "Everyone", "Member",
      "Policyholder", "Sir or Madam", "there", "Folks", "Doctor", "Nurse", "Friends",
      "Claims Team", "Valued Customer", "Patient", "Committee", "Neighbours", "Guys"};
  private static final String[] VOC_REST = {
      "the forms are attached", "can you call me back", "see you on {DAY}",
      "your results are in", "the meeting moved to {TIME}", "I sent the invoice",
      "hope you are well", "quick one", "any news", "the refund went through",
      "please check the chart", "we are running late", "let me know"};

  // agentless gerund heads at a clause start ("Following up with X", "Following up with Billing")
  private static final String[] GERUND_PP = {
      "catching up with", "checking in with", "following up with", "copying in", "bringing in",
      "meeting", "waiting on", "calling", "reminding", "chasing", "escalating to",
      "handing over to", "forwarding to", "replying to", "sitting with", "pinging", "adding",
      "thanking", "paging", "cc'ing", "reassigning to", "deferring to", "booking"};
  private static final String[] GERUND_DISTRACT = {
      "{DEPT}", "{HEAD}", "{HEAD}", "the {HEAD} team", "Support", "Legal", "{PROD} support",
      "Customer Care", "IT"};

  // ---- self-introductions ("this is X"), and non-names in the same words
  private static final String[] INTRO = {
      "this is {X}", "its {X}", "it's {X}", "{X} here", "my name is {X}", "im {X}", "I'm {X}",
      "{X} speaking", "you're talking to {X}", "hey it's {X} again", "{X} again",
      "it is {X} from upstairs", "{X} from next door here", "this is {X} calling"};
  private static final String[] INTRO_DISTRACT = {
      "{DAY}", "{DEPT}", "{MONTH}", "{PROD}", "Support", "Reception", "Billing", "Admin",
      "the pharmacy", "Payroll", "the front desk"};
  private static final String[] INTRO_REST = {
      "still waiting on my refill", "about the {word}", "calling about the bill",
      "can someone call me", "the parcel never came", "need to reschedule", "quick question",
      "did you get my form", "i left a message earlier", "my card was declined", ""};
  private static final String[] INTENSIFIER = {
      "", "", "", " so much", " a lot", " again", " v much", " a million", " heaps",
      " loads", " so so much", " for everything"};
  // lead-ins before a clause, no comma
  private static final String[] LEAD = {
      "I think ", "apparently ", "not sure if ", "turns out ", "pretty sure ", "did you hear ",
      "no idea why ", "I doubt ", "guess what, ", "seems like ", "I heard ", "rumour is ",
      "honestly ", "I bet ", "did anyone tell you "};

  private static final String[] HANDLE = {
      "user {X} signed in", "login failed for {X}", "account {X} was locked",
      "ticket assigned to {X}", "{X} pushed a commit", "session opened by {X}",
      "password reset requested by {X}", "{X} joined the channel", "mailbox of {X} is full"};
  private static final String[] HANDLE_NAME = {
      "{first}.{last}", "{first}.{last}", "{first}", "{first}.{last}", "{FIRST}.{LAST}",
      "{first}_{last}"};
  private static final String[] HANDLE_DISTRACT = {
      "admin", "root", "svc.backup", "billing.bot", "noreply", "test.user", "it.support",
      "ci.runner"};

  // ---- lists
  private static final String[] LIST_VP_PERSON = {
      "are on call this weekend", "signed the petition", "tested negative",
      "will share the room", "came to the funeral", "are the emergency contacts",
      "were interviewed", "missed training", "joined the call", "were copied in"};
  private static final String[] LIST_OBJ_PERSON = {
      "please invite", "we still need signatures from", "the twins are", "the kids are",
      "contacts on file:", "we met", "I called", "the new starters are", "on the rota:"};
  private static final String[] LIST_VP_PLACE = {
      "are the closest branches", "have walk-in clinics", "are on the route",
      "were hit by the storm"};
  private static final String[] LIST_VP_DRUG = {
      "were stopped", "interact badly", "are on the list", "were all tried"};
  private static final String[] LIST_VP_ORG = {
      "are in the network", "bid for the contract", "share the building"};

  // ---- apposition
  private static final String[] PERSON_ROLE = {
      "accountant", "neighbour", "carer", "social worker", "physio", "solicitor", "agent",
      "line manager", "new GP", "stepdad", "ex-husband", "flatmate", "case worker",
      "midwife", "tutor", "sponsor", "dentist", "godmother", "assistant", "supervisor",
      "advisor", "coach", "nanny", "pharmacist", "lodger", "next of kin", "mom", "dad",
      "nephew", "niece", "aunt", "uncle", "grandson", "granddaughter", "brother", "sister",
      "partner", "fiance", "stepson", "cousin", "boyfriend", "girlfriend", "mum", "gran"};
  private static final String[] APP_DET = {"my", "our", "her", "his", "the", "their", "your"};
  private static final String[] DISTRACT_APPOS = {
      "the new drug, {DRUG},", "our insurer, {ORG},", "her hometown, {LOC},",
      "the app, {PROD},", "the diagnosis, {DIS},", "the lender, {ORG},",
      "the city, {LOC},", "the tablet, {DRUG},", "the month, {MONTH},"};

  private static final String[] NEUTRAL_VP = {
      "came up again", "is on the list", "was mentioned twice", "needs a review",
      "is new to me", "was in the news"};

  private static final String[] BETWEEN = {
      "she splits her time", "the parcel got lost", "we are torn", "the call was",
      "there is a dispute", "the contract is", "I drove back and forth", "the choice is",
      "the meeting is", "it was a tie"};

  // ---- quotes and reports
  private static final String[] SAYV = {
      "said", "says", "told me", "wrote", "texted", "insists", "explained", "asked",
      "confirmed", "admitted", "mentioned", "claims", "replied", "warned"};
  private static final String[] QUOTED = {
      "I can come on {DAY}", "the pain is worse at night", "we never got the letter",
      "it was not me", "please call after {TIME}", "I want to cancel", "the card was stolen",
      "nobody told us", "I feel fine", "that's the wrong address", "we moved in {MONTH}",
      "I did not sign that", "the app keeps crashing"};
  private static final String[] ORG_SAYS = {
      "said in a statement", "wrote back", "confirmed by letter", "replied"};

  // ---- second clause
  private static final String[] JOIN_AFTER = {
      ", and ", "; ", ". ", " because ", " but ", " so ", " - ", ", although ", " while ",
      " after ", ", then "};
  private static final String[] JOIN_BEFORE = {
      "When ", "After ", "Because ", "Since ", "Although ", "If ", "Once ", "Before ",
      "As soon as ", "Even though "};

  static String sentence(Random r) {
    Reg reg = Reg.values()[r.nextInt(Reg.values().length)];
    int ri = reg.ordinal();
    String main = clause(r, reg, false);
    String s;
    double j = r.nextDouble();
    if (j < 0.25) {
      String join = pick(r, JOIN_AFTER);
      String second = clause(r, reg, true);
      s = main + join + (join.equals(". ") ? capitalizeStart(second) : second);
    } else if (j < 0.4) {
      s = pick(r, JOIN_BEFORE) + clause(r, reg, true) + ", " + main;
    } else if (j < 0.5) {
      s = pick(r, LEAD) + clause(r, reg, true) + (r.nextBoolean() ? "" : ", " + main);
    } else {
      s = main;
    }
    String opener = pick(r, OPENERS[ri]);
    boolean newSentence = opener.isEmpty() || opener.endsWith(". ") || opener.endsWith(": ")
        || opener.endsWith("\n") || opener.endsWith("! ") || opener.endsWith("- ");
    s = capitalizeStart(opener + (newSentence ? capitalizeStart(s) : s) + pick(r, ENDS[ri]));
    return recase(s, reg, r);
  }

  /**
   * One clause around a focus mention of a drawn kind in a drawn role; a {@code sub} clause (joined
   * to another) is never a vocative.
   */
  private static String clause(Random r, Reg reg, boolean sub) {
    int ri = reg.ordinal();
    Kind k = kind(r);
    String tail = pick(r, TAILS[ri]);
    String agent = pick(r, AGENTS[ri]);
    int role = r.nextInt(12);
    if ((reg == Reg.CHAT || reg == Reg.MESSAGE) && r.nextDouble() < 0.3) {
      role = new int[] {3, 6, 10}[r.nextInt(3)]; // chat leans on greetings, thanks, "with X"
    }
    if (sub && (role == 6 || role == 10)) {
      role = 0;
    }
    switch (role) {
      case 0: case 1: // subject
        return mention(r, k, reg) + " " + subjectVp(r, k) + tail;
      case 2: // object
        if (k == Kind.MONTH || k == Kind.WORD) {
          return mention(r, k, reg) + " " + subjectVp(r, k) + tail;
        }
        return agent + " " + objectVerb(r, k) + " " + mention(r, k, reg) + tail;
      case 3: case 4: { // after a preposition
        if (k == Kind.PERSON && r.nextDouble() < 0.15) {
          return agent + " " + pick(r, PERSON_PLACE_PP) + " " + mention(r, k, reg) + "'s"
              + pick(r, PERSON_PLACE_NOUN) + tail;
        }
        if ((k == Kind.PERSON || k == Kind.WORD) && r.nextDouble() < 0.25) {
          String who = k == Kind.PERSON ? mention(r, k, reg) : pick(r, GERUND_DISTRACT);
          return pick(r, GERUND_PP) + " " + who + tail;
        }
        if ((k == Kind.PERSON || k == Kind.PLACE || k == Kind.ORG) && r.nextDouble() < 0.35) {
          return (r.nextBoolean() ? agent + " " + pick(r, SHARED_PP) : pick(r, SHARED_NP)) + " "
              + mention(r, k, reg) + tail;
        }
        switch (k) {
          case PERSON: return agent + " " + pick(r, PERSON_PP) + " " + mention(r, k, reg) + tail;
          case PLACE: return agent + " " + pick(r, PLACE_PP) + " " + mention(r, k, reg) + tail;
          case ORG: return agent + " " + pick(r, ORG_PP) + " " + mention(r, k, reg) + tail;
          default: return agent + " " + pick(r, new String[] {"asked about", "read up on",
              "got a leaflet about", "have questions about"}) + " " + mention(r, k, reg) + tail;
        }
      }
      case 5: { // possessive
        switch (k) {
          case PERSON:
            return mention(r, k, reg) + "'s " + pick(r, PERSON_POSS) + " " + pick(r, POSS_VP)
                + tail;
          case PLACE:
            return mention(r, k, reg) + "'s " + pick(r, PLACE_POSS) + " " + pick(r, POSS_VP);
          case ORG:
            return mention(r, k, reg) + "'s " + pick(r, ORG_POSS) + " " + pick(r, POSS_VP);
          default:
            return pick(r, EPONYM_FRAMES).replace("{E}", pick(r, EPONYM_POSS)) + tail;
        }
      }
      case 6: { // vocative
        String who = k == Kind.PERSON ? mention(r, k, reg) : pick(r, VOC_DISTRACT);
        double v = r.nextDouble();
        if (v < 0.4) {
          return pick(r, GREET) + " " + who + ", " + pick(r, VOC_REST);
        } else if (v < 0.75) {
          return pick(r, THANK) + pick(r, INTENSIFIER) + " " + who
              + (r.nextBoolean() ? "" : ", " + pick(r, VOC_REST));
        }
        return pick(r, VOC_REST) + ", " + who;
      }
      case 7: { // list
        Kind lk = k == Kind.MONTH || k == Kind.WORD || k == Kind.DISEASE || k == Kind.PRODUCT
            ? Kind.DRUG : k;
        if (lk == Kind.PERSON && r.nextDouble() < 0.2) {
          String pair = pick(r, new String[] {"me and {X}", "{X} and I", "{X} and me",
              "{X} and my sister", "my wife and {X}", "{X} and the kids"})
              .replace("{X}", mention(r, lk, reg));
          return r.nextBoolean() ? pair + " " + pick(r, LIST_VP_PERSON) + tail
              : agent + " " + pick(r, PERSON_PP) + " " + pair + tail;
        }
        int n = 2 + r.nextInt(3);
        StringBuilder sb = new StringBuilder();
        String sep = r.nextDouble() < 0.2 ? " & " : r.nextDouble() < 0.2 ? " or " : " and ";
        for (int i = 0; i < n; i++) {
          if (i > 0) {
            sb.append(i == n - 1 ? sep : ", ");
          }
          sb.append(mention(r, lk, reg));
        }
        if (lk == Kind.PERSON && r.nextBoolean()) {
          return pick(r, LIST_OBJ_PERSON) + " " + sb + tail;
        }
        switch (lk) {
          case PERSON: return sb + " " + pick(r, LIST_VP_PERSON) + tail;
          case PLACE: return sb + " " + pick(r, LIST_VP_PLACE);
          case ORG: return sb + " " + pick(r, LIST_VP_ORG);
          default: return sb + " " + pick(r, LIST_VP_DRUG);
        }
      }
      case 8: { // apposition
        if (k != Kind.PERSON) {
          return pick(r, DISTRACT_APPOS) + " " + pick(r, NEUTRAL_VP) + tail;
        }
        String role2 = pick(r, APP_DET) + " " + pick(r, PERSON_ROLE);
        double a = r.nextDouble();
        String vp = r.nextBoolean() ? pick(r, PERSON_VP) : pick(r, AGENT_VP);
        if (a < 0.4) {
          return role2 + ", " + mention(r, k, reg) + ", " + vp + tail;
        } else if (a < 0.7) {
          return mention(r, k, reg) + ", " + role2 + ", " + vp + tail;
        } else if (a < 0.85) {
          return role2 + " " + mention(r, k, reg) + " " + vp + tail;
        }
        return agent + " " + pick(r, PERSON_OV) + " " + role2 + ", " + mention(r, k, reg) + tail;
      }
      case 10: { // self-introduction, or a user name made of a name ("user anna.berg")
        if ((reg == Reg.EMAIL || reg == Reg.CHAT) && r.nextDouble() < 0.3) {
          String handle = k == Kind.PERSON ? pick(r, HANDLE_NAME) : pick(r, HANDLE_DISTRACT);
          return pick(r, HANDLE).replace("{X}", handle);
        }
        String who = k == Kind.PERSON ? mention(r, k, reg) : pick(r, INTRO_DISTRACT);
        String rest = pick(r, INTRO_REST);
        return pick(r, INTRO).replace("{X}", who) + (rest.isEmpty() ? "" : ", " + rest);
      }
      case 11: { // between two mentions of one kind
        Kind bk = k == Kind.PERSON || k == Kind.PLACE || k == Kind.ORG ? k : Kind.PLACE;
        String head = pick(r, BETWEEN);
        return head + " between " + mention(r, bk, reg) + " and " + mention(r, bk, reg) + tail;
      }
      default: { // quoted or reported speech
        String who = k == Kind.PERSON ? mention(r, k, reg)
            : k == Kind.ORG ? mention(r, k, reg) : null;
        if (who == null) {
          return "\"" + capitalizeStart(pick(r, QUOTED)) + "\", " + agent + " " + pick(r, SAYV);
        }
        String say = k == Kind.ORG ? pick(r, ORG_SAYS) : pick(r, SAYV);
        double q = r.nextDouble();
        if (q < 0.3) {
          return "\"" + capitalizeStart(pick(r, QUOTED)) + "\", " + say + " " + who;
        } else if (q < 0.55) {
          return "\"" + capitalizeStart(pick(r, QUOTED)) + ",\" " + who + " " + say;
        } else if (q < 0.8) {
          return who + " " + say + ": \"" + capitalizeStart(pick(r, QUOTED)) + "\"";
        }
        return who + " " + say + " that " + pick(r, QUOTED);
      }
    }
  }

  private static Kind kind(Random r) {
    double p = r.nextDouble();
    if (p < 0.52) {
      return Kind.PERSON;
    } else if (p < 0.67) {
      return Kind.PLACE;
    } else if (p < 0.75) {
      return Kind.ORG;
    } else if (p < 0.82) {
      return Kind.DRUG;
    } else if (p < 0.87) {
      return Kind.DISEASE;
    } else if (p < 0.90) {
      return Kind.MONTH;
    } else if (p < 0.93) {
      return Kind.PRODUCT;
    }
    return Kind.WORD;
  }

  private static String subjectVp(Random r, Kind k) {
    switch (k) {
      case PERSON: return r.nextDouble() < 0.75 ? pick(r, PERSON_VP) : pick(r, AGENT_VP);
      case ORG: return r.nextBoolean() ? pick(r, ORG_VP) : pick(r, AGENT_VP);
      case PLACE: return pick(r, PLACE_VP);
      case DRUG: return pick(r, DRUG_VP);
      case DISEASE: return pick(r, DISEASE_VP);
      case MONTH: return pick(r, MONTH_VP);
      case PRODUCT: return pick(r, PRODUCT_VP);
      default: return pick(r, WORD_VP);
    }
  }

  private static String objectVerb(Random r, Kind k) {
    switch (k) {
      case PERSON: return r.nextDouble() < 0.75 ? pick(r, PERSON_OV) : pick(r, AGENT_OV);
      case ORG: return pick(r, AGENT_OV);
      case PLACE: return pick(r, PLACE_OV);
      case DRUG: return pick(r, DRUG_OV);
      case DISEASE: return pick(r, DISEASE_OV);
      default: return pick(r, PRODUCT_OV);
    }
  }

  /** The mention's template, with the name's own casing drawn per register. */
  private static String mention(Random r, Kind k, Reg reg) {
    String m;
    switch (k) {
      case PERSON: m = pick(r, PERSON_FORMS); break;
      case PLACE: m = "{LOC}"; break;
      case ORG: m = "{ORG}"; break;
      case DRUG: m = "{DRUG}"; break;
      case DISEASE: m = "{DIS}"; break;
      case MONTH: m = "{MONTH}"; break;
      case PRODUCT: m = "{PROD}"; break;
      default: m = "{HEAD}"; break;
    }
    if (k == Kind.WORD) {
      return m;
    }
    double lowerName = reg == Reg.CHAT || reg == Reg.MESSAGE ? 0.2 : 0.04;
    double c = r.nextDouble();
    if (c < lowerName) {
      return lowerSlots(m);
    } else if (c < lowerName + 0.03) {
      return m.replace("}", ":U}");
    }
    return m;
  }

  /**
   * Text casing: most texts as written; chat and messages often all lower case; some texts lower
   * case with the names still capitalized; some in headline casing (whole texts in upper case come from
   * {@link CorpusGenerator}'s recasing).
   */
  private static String recase(String s, Reg reg, Random r) {
    boolean informal = reg == Reg.CHAT || reg == Reg.MESSAGE;
    double c = r.nextDouble();
    double allLower = informal ? 0.25 : 0.04;
    double literalLower = informal ? 0.12 : 0.03;
    if (c < allLower) {
      return mapLiterals(s, false, true, false);
    } else if (c < allLower + literalLower) {
      return mapLiterals(s, false, false, false);
    } else if (c < allLower + literalLower + 0.06) {
      return titleCase(s);
    }
    return s;
  }

  /**
   * Re-cases the literal text of a template; slots are kept, lower-cased too when
   * {@code slotsLower}, marked upper case ({@code :U}) when {@code slotsUpper}. Words inside
   * slots ({word}, {HEAD}) are expanded later, so they keep their own case.
   */
  private static String mapLiterals(String s, boolean upper, boolean slotsLower,
      boolean slotsUpper) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int open = s.indexOf('{', i);
      String lit = open < 0 ? s.substring(i) : s.substring(i, open);
      out.append(upper ? lit.toUpperCase(Locale.ROOT) : lit.toLowerCase(Locale.ROOT));
      if (open < 0) {
        break;
      }
      int close = s.indexOf('}', open);
      String slot = s.substring(open + 1, close);
      boolean entity = isEntitySlot(slot);
      if (entity && slotsLower) {
        slot = (slot.endsWith(":U") ? slot.substring(0, slot.length() - 2) : slot)
            .toLowerCase(Locale.ROOT);
      } else if (entity && slotsUpper && !slot.endsWith(":U")) {
        slot = slot + ":U";
      } else if (!entity && slot.equals("HEAD") && (slotsLower || upper)) {
        slot = "word";
      }
      out.append('{').append(slot).append('}');
      i = close + 1;
    }
    return out.toString();
  }

  /**
   * Headline casing: every literal word capitalized (slots unchanged), so capitalized common words
   * next to names are no evidence either.
   */
  private static String titleCase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean inSlot = false;
    boolean wordStart = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{') {
        inSlot = true;
      } else if (c == '}') {
        inSlot = false;
      }
      out.append(!inSlot && wordStart && Character.isLowerCase(c) ? Character.toUpperCase(c) : c);
      wordStart = !inSlot && (c == ' ' || c == '"' || c == '(' || c == '\n');
    }
    return out.toString();
  }

  private static boolean isEntitySlot(String slot) {
    String key = slot.toUpperCase(Locale.ROOT);
    int colon = key.indexOf(':');
    if (colon >= 0) {
      key = key.substring(0, colon);
    }
    return !key.equals("WORD") && !key.equals("HEAD") && !key.equals("CAPV");
  }

  private static String lowerSlots(String m) {
    return mapLiterals(m, false, true, false);
  }

  private static String capitalizeStart(String s) {
    if (s.isEmpty() || s.charAt(0) == '{' || s.charAt(0) == '"') {
      if (s.startsWith("\"") && s.length() > 1 && Character.isLowerCase(s.charAt(1))) {
        return "\"" + Character.toUpperCase(s.charAt(1)) + s.substring(2);
      }
      return s;
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }

  /**
   * Every literal of this grammar (for the common-word lexicon), except the eponyms: their stems
   * are surnames ("Wilson", "Graves"), which the lexicon must not call common words.
   */
  static List<String> literals() {
    List<String> all = new ArrayList<>();
    for (String[][] group : new String[][][] {OPENERS, AGENTS, TAILS, ENDS}) {
      for (String[] part : group) {
        all.addAll(Arrays.asList(part));
      }
    }
    for (String[] part : new String[][] {PERSON_VP, AGENT_VP, ORG_VP, PLACE_VP, DRUG_VP,
        DISEASE_VP, MONTH_VP, PRODUCT_VP, WORD_VP, PERSON_OV, AGENT_OV, PLACE_OV, DRUG_OV,
        DISEASE_OV, PRODUCT_OV, PERSON_PP, SHARED_PP, SHARED_NP, PLACE_PP, ORG_PP, PERSON_PLACE_PP,
        PERSON_PLACE_NOUN, PERSON_POSS, PLACE_POSS, ORG_POSS, POSS_VP, EPONYM_FRAMES, GREET,
        NEUTRAL_VP,
        THANK, VOC_DISTRACT, VOC_REST, LIST_VP_PERSON, LIST_OBJ_PERSON, LIST_VP_PLACE,
        LIST_VP_DRUG, LIST_VP_ORG, PERSON_ROLE, APP_DET, DISTRACT_APPOS, SAYV, QUOTED, ORG_SAYS,
        JOIN_AFTER, JOIN_BEFORE, GERUND_PP, GERUND_DISTRACT, INTRO, INTRO_DISTRACT, INTRO_REST, INTENSIFIER, LEAD,
        BETWEEN, HANDLE, HANDLE_DISTRACT, {"me and", "and I", "and me", "and my sister", "my wife and", "and the kids"}}) {
      all.addAll(Arrays.asList(part));
    }
    return all;
  }
}
