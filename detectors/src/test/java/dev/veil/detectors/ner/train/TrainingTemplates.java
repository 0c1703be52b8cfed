package dev.veil.detectors.ner.train;

import java.util.List;

/**
 * Sentence templates the model is trained on. Never used for evaluation: {@link HeldOutTemplates}
 * holds different sentences. Slots: {PER} full name, {FIRST}, {LAST}, {TITLE} (a title, not part
 * of the name), {LOC}, {ORG}, and non-entity fillers {DRUG}, {DIS} (diseases and eponyms),
 * {MONTH}, {DAY}, {NUM}, {DATE}, {TIME}, {PROD}, {DEPT}.
 */
final class TrainingTemplates {
  private TrainingTemplates() {}

  static final List<String> WITH_ENTITIES = List.of(
      // clinical notes and referrals
      "Patient {PER} was seen today for follow-up of {DIS}.",
      "Pt {PER} is a {NUM} year old with a history of {DIS}, on {DRUG}.",
      "{PER} presented to the ED in {LOC} with chest pain.",
      "Referred by {TITLE} {LAST} from {ORG} for evaluation of {DIS}.",
      "Seen with her daughter {FIRST}, who helps with medications.",
      "{TITLE} {PER} reviewed the MRI and recommends {DRUG} {NUM} mg daily.",
      "Discussed with {TITLE} {LAST} (cardiology), who agrees with the plan.",
      "Mr. {LAST} reports worsening shortness of breath since {MONTH}.",
      "Mrs {LAST} was admitted on {DATE} after a fall at home in {LOC}.",
      "Ms. {PER} denies fever, chills or night sweats.",
      "The patient, {PER}, moved here from {LOC} last year.",
      "{FIRST} {LAST} was started on {DRUG} for {DIS}.",
      "Family history: father ({FIRST}) had {DIS}; mother lives in {LOC}.",
      "Nurse {FIRST} noted a blood pressure of {NUM}/{NUM}.",
      "Transferred from {ORG} to our unit for further care.",
      "Please forward the discharge summary for {PER} to {TITLE} {LAST} at {ORG}.",
      "Referral: {PER}, DOB {DATE}, to {DEPT} at {ORG}.",
      "Emergency contact: {PER} (spouse), lives in {LOC}.",
      "{LAST}, {FIRST} - admitted {DATE} - {DIS}.",
      "PATIENT: {PER}\nDOB: {DATE}\nPCP: {TITLE} {PER}",
      "Seen by {TITLE} {PER} at the {LOC} campus of {ORG}.",
      "{PER} has {DIS} and takes {DRUG} twice a day.",
      "I spoke with {FIRST} by phone; {FIRST} will bring the old records.",
      "Her husband {FIRST} says she has been more confused since {MONTH}.",
      "Son {PER} is the health care proxy.",
      "Pt {FIRST} tolerated the procedure well.",
      "{TITLE} {LAST} will see {FIRST} again in two weeks.",
      "Consult requested by {TITLE} {PER} regarding {DIS}.",
      "Labs drawn at {ORG} on {DATE}.",
      "She recently travelled to {LOC} and {LOC}.",
      "Mr. {PER} was born in {LOC} and works for {ORG}.",
      "{PER}'s blood sugar has been high since starting {DRUG}.",
      "We discussed {FIRST}'s diagnosis of {DIS} with the family.",
      // patient messages and support chats
      "Hi, this is {PER}, I need to refill my {DRUG} prescription.",
      "Hello, my name is {PER} and I have a question about my bill.",
      "My mom {FIRST} was diagnosed with {DIS} last {MONTH}.",
      "Can you ask {TITLE} {LAST} to call me back?",
      "I'm {FIRST}, I live in {LOC} and my appointment is on {DAY}.",
      "This is {FIRST} from {ORG}, following up on the claim.",
      "my name is {PER} and i can't log into {PROD}",
      "Hey {FIRST}, can you check the status of order {NUM}?",
      "Thanks {FIRST}, that fixed it!",
      "I was transferred to {FIRST} in {DEPT} but the call dropped.",
      "{FIRST} from support said the refund would arrive by {DAY}.",
      "Please update the address for {PER}, we moved to {LOC}.",
      "My husband {PER} is also on the policy.",
      "Our son {FIRST} has {DIS} and needs a new inhaler.",
      "Could {FIRST} {LAST} from {ORG} send me the forms?",
      "i spoke to {first} yesterday about my {DRUG}",
      "we are flying from {LOC} to {LOC} on {DAY}",
      // bank and insurance letters, emails
      "Dear {PER},\nThank you for contacting {ORG}.",
      "Dear {TITLE} {LAST},\nYour claim {NUM} has been approved.",
      "Dear {FIRST},\nWe have received your payment.",
      "Account holder: {PER}\nBranch: {LOC}",
      "Policyholder {PER} reported water damage at the property in {LOC}.",
      "The beneficiary, {PER}, will receive the payment via {ORG}.",
      "Transfer of {NUM} USD from {PER} to {PER} was flagged.",
      "Your advisor {PER} at our {LOC} office will contact you.",
      "{ORG} has approved the mortgage application for {PER}.",
      "Kind regards,\n{PER}\n{ORG}",
      "Best regards,\n{PER}",
      "Sincerely,\n{TITLE} {PER}\n{DEPT}, {ORG}",
      "Thanks,\n{FIRST}",
      "Cheers,\n{FIRST}\nSent from my iPhone",
      "From: {PER}\nTo: {PER}\nSubject: {DIS} follow-up",
      "Hi {FIRST},\nCan we move the meeting with {ORG} to {DAY}?",
      "cc: {PER}, {PER}",
      "{PER} ({ORG}) wrote on {DATE}:",
      "Please ask {FIRST} in {DEPT} to approve the invoice.",
      "The card ending {NUM} belongs to {PER} of {LOC}.",
      "{ORG} will open a new branch in {LOC} in {MONTH}.",
      "Headquarters: {ORG}, {LOC}",
      "She worked at {ORG} in {LOC} for ten years.",
      "He is a member of {ORG} since {MONTH}.",
      "Send the report to {FIRST}.{LAST}@example.com and copy {FIRST}.",
      "Meeting with {PER} and {PER} about the {PROD} rollout.",
      "Approved by: {PER}",
      "Signed: {PER}, {DATE}",
      "Name: {PER}\nAddress: {NUM} Main Street, {LOC}",
      "Insured: {PER}; Provider: {ORG}",
      "{LOC} office closed on {DAY} due to the storm.",
      "The {LOC} team and {ORG} signed the contract.",
      "Shipment from {LOC} arrives at the {LOC} warehouse on {DATE}.",
      "Hope {FIRST} feels better soon.",
      "Will {FIRST} be at the appointment on {DAY}?",
      "{FIRST} will bring the insurance card.",
      "{NAMED:Bill} called about his {DRUG} refill.",
      "{NAMED:Rose} needs a ride to {ORG}.",
      "{NAMED:Will} asked whether {DRUG} is covered.",
      "{NAMED:Hope} called the {DEPT} desk.",
      "{NAMED:Mark} and {FIRST} came together.",
      "I hope {TITLE} {LAST} can see me this week.",
      "ask {first} {last} to call the office",
      "PATIENT {PER} ADMITTED TO {ORG}",
      "{PER} - {LOC} - {DATE}",
      "According to {PER}, the pain started in {MONTH}.",
      "{PER} and {PER} are both listed as contacts.",
      "{FIRST} {LAST} lives in {LOC} with her two children.",
      "The package for {PER} was delivered to the {LOC} address.",
      "Please review the chart of {PER} before the {DAY} meeting.",
      "{TITLE} {FIRST} {LAST} joined {ORG} as chief of {DEPT}.",
      "Grandmother {FIRST} came with the patient from {LOC}.",
      // more registers: chat, HR, legal, travel, support transcripts, forms, lists, code
      "can u tell {FIRST} the meeting moved to {DAY}",
      "lol {FIRST} forgot the keys again",
      "omg {first} just called, she is at {ORG} now",
      "@{FIRST} pls review the draft before {DAY}",
      "{FIRST}: is the server down?\n{FIRST}: yes, restarting now",
      "Agent: Thank you for calling {ORG}, this is {FIRST}.\nCaller: Hi, I'm {PER}.",
      "[{TIME}] {FIRST}: sent the file to {PER}",
      "Employee {PER} (ID {NUM}) transferred to the {LOC} office.",
      "The employment agreement between {ORG} and {PER} ends on {DATE}.",
      "Witness statement of {PER}, resident of {LOC}.",
      "Landlord: {PER}; Tenant: {PER}; Property: {NUM} Oak Road, {LOC}",
      "Flight from {LOC} to {LOC} booked for {PER}.",
      "Hotel reservation under the name {LAST}, arriving {DATE}.",
      "Passenger {LAST}/{FIRST} MR, seat {NUM}",
      "Interview with {PER} scheduled at the {LOC} site.",
      "Candidate: {PER}\nReferred by: {PER}\nLocation: {LOC}",
      "Payroll question from {FIRST} {LAST} in {DEPT}.",
      "// TODO({FIRST}): remove this hack before release",
      "# author: {PER}",
      "Reviewed-by: {PER}",
      "git commit by {FIRST} {LAST} on {DATE}",
      "{LAST}, {FIRST}; {LAST}, {FIRST}; {LAST}, {FIRST}",
      "Attendees: {PER}, {PER}, {PER}",
      "1. {PER} - {DEPT}\n2. {PER} - {DEPT}",
      "name,city\n{PER},{LOC}\n{PER},{LOC}",
      "| {PER} | {LOC} | {NUM} |",
      "Contact person: {TITLE} {PER}, {ORG}, {LOC}",
      "Summarize this email from {PER} about the {ORG} contract.",
      "Write a reply to {FIRST} saying I will be in {LOC} next week.",
      "Translate this letter for {TITLE} {LAST} into Spanish.",
      "Draft a reference letter for my former colleague {PER}.",
      "Can you rewrite this so {FIRST} doesn't get upset?",
      "My sister {FIRST} and her husband {FIRST} live near {LOC}.",
      "I met {FIRST} at {ORG} last {MONTH}; {FIRST} works in {DEPT}.",
      "Both {FIRST} and {FIRST} were at the party in {LOC}.",
      "{PER} visited {LOC} and then {LOC} with {ORG}.",
      "On {DATE}, {PER} filed a complaint with {ORG}.",
      "{ORG} acquired a startup based in {LOC}.",
      "Visiting hours for {PER} are {TIME} to {TIME}.",
      "The neighbor, {LAST}, called the police at {TIME}.",
      "Baby {FIRST} was born at {ORG} on {DATE}.",
      "{FIRST}'s mom says {FIRST} has a fever.",
      "Teacher {TITLE} {LAST} says {FIRST} missed class on {DAY}.",
      "GUEST LIST: {PER}, {PER}",
      "Thanks to {PER} and the team at {ORG} for the help!",
      "I live in {LOC} but my doctor is in {LOC}.",
      "We drove from {loc} to {loc} yesterday",
      "tell {first} {last} the results are ready",
      "is {first} coming to the {loc} office on {DAY}?",
      "SEND TO {PER} AT {ORG}, {LOC}");

  static final List<String> NO_ENTITIES = List.of(
      "Patient was seen today for follow-up of {DIS}.",
      "{DIS} is a chronic condition that is managed with {DRUG}.",
      "Continue {DRUG} {NUM} mg daily and recheck labs in {MONTH}.",
      "Assessment and Plan:",
      "ASSESSMENT: {DIS}, stable.",
      "PLAN: start {DRUG}, follow up in {NUM} weeks.",
      "Medications: {DRUG}, {DRUG}, {DRUG}.",
      "Allergies: {DRUG} (rash).",
      "History of Present Illness:",
      "The patient denies chest pain, shortness of breath or palpitations.",
      "Blood pressure rose to {NUM}/{NUM} after exercise.",
      "Will follow up in clinic on {DAY}.",
      "Will call the pharmacy about the {DRUG} refill.",
      "Hope this helps!",
      "I hope the bill will be paid by {MONTH}.",
      "The bill was sent to the wrong address.",
      "Pay the bill online through {PROD}.",
      "She will rose-tint the report? No, she will revise it.",
      "Grace period ends on {DATE}.",
      "Mark the claim as urgent.",
      "Mark all duplicate claims as closed.",
      "Mark it as paid.",
      "Will you send it today?",
      "Will it be covered by the plan?",
      "Hope to hear from you soon.",
      "Hope you are well.",
      "Bill me later, please.",
      "Rose slightly overnight.",
      "Grace under pressure is a good trait.",
      "Frank bleeding was not seen.",
      "Joy is a common emotion after good news.",
      "Summer hours start in June.",
      "Dawn patrol starts at six.",
      "June is a busy month for the clinic.",
      "April showers delayed the delivery.",
      "May the results be normal.",
      "Building B is closed for repairs.",
      "See Section C for details.",
      "Option A is cheaper than option B.",
      "Vitamin D and vitamin B12 were low.",
      "Hepatitis B vaccine series is complete.",
      "Frank discussion with the family about prognosis.",
      "Faith-based organizations may help with transport.",
      "Joy and relief were expressed after the results.",
      "May I ask what the copay is for {DRUG}?",
      "In {MONTH} we will review the {DIS} screening program.",
      "Symptoms of {DIS} include fatigue, weight loss and fever.",
      "What is the difference between {DIS} and {DIS}?",
      "Can {DRUG} be taken with {DRUG}?",
      "How much {DRUG} is safe for a child?",
      "Is {DIS} hereditary?",
      "Explain {DIS} in simple terms.",
      "The {DEPT} department is on the second floor.",
      "Please contact {DEPT} for billing questions.",
      "Your claim number is {NUM}.",
      "Your payment of {NUM} USD was received on {DATE}.",
      "The interest rate will change on {DATE}.",
      "How do I dispute a charge on my credit card?",
      "What is the best way to save for retirement?",
      "Should I pay off my mortgage early or invest in an index fund?",
      "Compare a Roth IRA and a traditional IRA.",
      "The deductible is {NUM} dollars per year.",
      "Login to {PROD} failed with error {NUM}.",
      "Restart {PROD} and try again.",
      "The {PROD} integration with {PROD} is down since {TIME}.",
      "Run the migration before deploying to production.",
      "public static void main(String[] args) throws Exception {",
      "SELECT name, city FROM customers WHERE id = {NUM};",
      "if (user.isActive()) { return Status.OK; }",
      "Error: NullPointerException at OrderService.java line {NUM}",
      "Set Max Heap Size to {NUM} MB in the Config file.",
      "Meeting moved to {DAY} at {TIME}.",
      "Office hours are Monday to Friday, {TIME} to {TIME}.",
      "Happy New Year from all of us!",
      "Thank you for your patience.",
      "Please find the attached report.",
      "Best Practices for Secure Deployment",
      "Summary of Benefits and Coverage",
      "Explanation of Benefits",
      "Terms and Conditions apply.",
      "Prior Authorization Request Form",
      "Chief Complaint: headache for {NUM} days.",
      "Review of Systems: negative except as noted.",
      "Physical Exam: alert and oriented, no acute distress.",
      "Vital Signs: BP {NUM}/{NUM}, HR {NUM}, Temp {NUM}.",
      "Impression: {DIS}.",
      "Differential includes {DIS} and {DIS}.",
      "{DIS} was ruled out.",
      "Started on {DRUG} in {MONTH}.",
      "Stop {DRUG} if a rash develops.",
      "Take {DRUG} with food.",
      "The MRI showed no acute findings.",
      "No known drug allergies.",
      "Discharge Instructions",
      "Return to the Emergency Department if symptoms worsen.",
      "The Board approved the Annual Report.",
      "Quarterly Revenue grew by {NUM} percent.",
      "Customer Service is available {DAY} through {DAY}.",
      "Fraud Alert: verify recent transactions.",
      "New Card Activation",
      "Password Reset Instructions",
      "Your Order Has Shipped",
      "Will this affect my credit score?",
      "Rose from {NUM} to {NUM} in one year.",
      "blood pressure rose overnight and will be rechecked",
      "i hope my bill will be lower next month",
      "can i take {drug} with {drug}",
      "what are the side effects of {drug}",
      "DIAGNOSIS: {DIS}",
      "TAKE {DRUG} EVERY MORNING",
      "{DIS} Awareness Month is in {MONTH}.",
      "Living with {DIS}: a guide for families.",
      "Max Dose Per Day",
      "Quick Start Guide",
      "Set Timeout to {NUM} seconds in Settings.",
      "Open Source License Summary",
      "Mark as Read",
      "Grace Period Policy",
      "Frequently Asked Questions",
      "Annual Wellness Visit Checklist",
      "Use Case: Refund Request",
      "Step {NUM}: Click Save and Close.",
      "The Help Desk will reopen on {DAY}.",
      "Ask the Pharmacy Team about {DRUG}.",
      "North Wing is closed for cleaning.",
      "lol that was fast thx",
      "ok will do",
      "can someone check the logs?",
      "THANK YOU FOR YOUR ORDER");

  // A small phrase grammar (training only): subject + verb + object + tail gives tens of thousands
  // of contexts, so the model cannot learn names from a few fixed neighbours. Capitalized
  // non-names fill the same positions as names, so capitalization alone is no evidence.
  private static final String[] SUBJECTS = {
      "{PER}", "{PER}", "{FIRST}", "{TITLE} {LAST}", "{TITLE} {PER}", "The patient", "My brother",
      "Her mother", "The nurse", "Our office in {LOC}", "{ORG}", "The {DEPT} team", "{DRUG}",
      "{DIS}", "The doctor", "Someone from {ORG}", "We", "I", "They", "The pharmacist",
      "The {LOC} branch", "{PROD}", "Everyone", "The caller", "His wife {FIRST}", "{first}",
      "{NAMED:Will}", "{NAMED:Hope}", "{NAMED:Mark}", "{NAMED:June}", "{MONTH}", "Nobody",
      "my neighbour {FIRST}", "our client {PER}", "{LAST}", "Mrs {LAST} from {LOC}",
      "the guy from {ORG}", "{PER} ({ORG})", "{FIRST} in accounting", "my coworker {PER}",
      "a friend of {FIRST}", "{PER}, the new manager,", "{first} {last}", "{LAST} and {LAST}",
      "Grandpa {FIRST}", "{ORG} in {LOC}", "The lawyer for {PER}", "{PER} from {LOC}",
      "{LOC} office", "{LOC} clinic staff", "Our {LOC} store", "{ORG} staff", "{ORG} support",
      "the {ORG} rep", "{LOC} police", "Someone in {LOC}", "{LOC} hospital", "My GP in {LOC}",
      "{PER} of {ORG}", "{TITLE} {LAST} at {ORG}", "Password Reset Help", "Annual Review Team",
      "The Claims Desk", "Prior Auth Support", "{PROD} Admin"};
  private static final String[] VERBS = {
      "called about", "asked about", "is worried about", "wrote to", "mentioned", "recommended",
      "met with", "is waiting for", "reviewed", "spoke with", "emailed", "visited",
      "complained about", "forgot", "paid", "needs", "cancelled", "confirmed", "replaced",
      "will call", "will see", "can meet", "has switched to", "stopped taking", "saw",
      "travelled to", "works with", "sent a letter to", "thanked", "is allergic to", "moved to",
      "referred", "blamed", "compared", "trusts", "was treated for", "prefers",
      "lives near", "grew up in", "is staying with", "flew to", "introduced", "hired",
      "texted", "works for", "is married to", "drove to", "left", "joined", "reported",
      "owes money to", "signed for", "recommended me to", "is visiting", "relocated to",
      "has an appointment with", "was discharged from", "interviewed", "billed"};
  private static final String[] OBJECTS = {
      "{PER}", "{PER}", "{FIRST}", "{LAST}", "{TITLE} {LAST}", "{DRUG}", "{DRUG}", "{DIS}",
      "{DIS}", "{LOC}", "{LOC}", "{ORG}", "{ORG}", "the results", "the invoice", "{PROD}",
      "the {DEPT} clinic", "her sister {FIRST}", "the bill", "the new policy", "{DEPT}",
      "a specialist in {LOC}", "{first} {last}", "the claim", "his account at {ORG}",
      "everyone", "the pharmacy", "the referral", "{NAMED:Rose}", "{NAMED:Bill}",
      "{PER} and {PER}", "my cousin {FIRST}", "{LOC}, {LOC}", "{ORG} headquarters",
      "the office of {TITLE} {PER}", "{first}", "{loc}", "{org}", "{LAST}'s family",
      "{PER}'s lawyer", "a clinic near {LOC}", "the {LOC} office", "{TITLE} {FIRST} {LAST}",
      "{FIRST} {LAST} in {LOC}", "the team at {ORG}", "the {LOC} site", "{ORG} in {LOC}",
      "the Annual Report", "the Quarterly Review", "Customer Service", "the Help Desk",
      "the Member Portal", "{ORG}'s billing team", "{LOC} and {LOC}"};
  private static final String[] TAILS = {
      "", "", "", " yesterday", " on {DAY}", " last week", " in {MONTH}", " again",
      " before the appointment", " for {FIRST}", " with {PER}", " in {LOC}", " at {ORG}",
      " after taking {DRUG}", " because of {DIS}", " twice", " this morning", " by phone",
      " on {DATE}", " at {TIME}", " and {PER}", " and {DRUG}"};
  private static final String[] ENDS = {".", ".", ".", "!", "?", ",", "", " lol", " thx",
      " asap", " :)"};
  private static final String[] OPENERS = {
      "Hi team, ", "FYI ", "Quick question: ", "As discussed, ", "Update: ", "btw ", "ok so ",
      "Per my last email, ", "Note: ", "Reminder - ", "hey, ", "URGENT: ", "Yesterday ",
      "According to the chart, ", "In {MONTH}, ", "After the call, ", "Also, ", "Sorry, "};


  // Sentence structures (training only) composed from slots: {N} a person mention, {M} any
  // capitalized mention (a person most often, else a place, organization, drug, disease, product
  // or month, labeled as what it is), {S} subject, {V} verb, {O} object, {REL} a relation,
  // {SAY} a reporting verb, {CL} a clause, {IV} an imperative verb phrase, {FIELD} a form label,
  // {THING} a possession, {VP} a predicate, {CHAT} a chat line. Names appear at sentence start
  // and end, after commas, in parentheses and quotes, with a possessive, in lists, forms, tables
  // and chat lines, so the model learns name-ness from the token and its near neighbours.
  private static final String[] FRAMES = {
      "{S} {V} {N}{END}", "{N} {V} {O}{END}", "My {REL}, {N}, {SAY} {CL}{END}",
      "{N}, my {REL}, {SAY} {CL}{END}", "\"{CL2}\", said {N}.", "\"{CL2},\" {N} said.",
      "{N} said: \"{CL2}\"", "According to {N}, {CL}{END}", "Did {N} {IV}?", "Can you ask {N} to {IV}?",
      "Has anyone heard from {N}?", "Where is {N} today?", "Is {N} coming on {DAY}?",
      "Who is {N}?", "Please {PV} {N}{END}", "{PV2} {N} when you can{END}", "{FIELD}: {N}",
      "{FIELD}: {N}; {FIELD2}", "{FIELD2}; {FIELD}: {N}", "{N}, {N} and {N} {VP}{END}",
      "{FIELD}: {N}, {N}, {N}", "- {N} ({ORG})", "{N} | {LOC} | {DATE}", "{N} | {NUM} | {M}",
      "{N}: {CHAT}", "[{TIME}] {N}: {CHAT}", "{CHAT} {N}", "Thanks, {N}", "Signed, {N}",
      "This was approved by {N}{END}", "The form was signed by {N} on {DATE}.",
      "Send it to {N}{END}", "{N}'s {THING} {VP}{END}", "I think {N}'s {THING} {VP}{END}",
      "The reviewer ({N}) {VP}{END}", "{S} (contact: {N}) {VP}{END}", "{M} {VP}{END}",
      "{S} {V} {M}{END}", "{M}: {CHAT}", "{FIELD}: {M}", "Ask {M} about {M}{END}",
      "{N} and I {V} {O}{END}", "{N} {VP}{END}", "{OPEN}{N} {V} {M}{END}", "Dear {N}, {CL}",
      "{N} ({NUM}) {VP}{END}", "Meeting with {N} at {TIME}", "{N} - {CHAT}", "{N} wrote: {CL}",
      // round 3: capitalized headings and interface words from a 20,000-word vocabulary, alone
      // and next to names; places in their own frames; lower-case chat
      "{HEAD}", "{HEAD}", "{HEAD}", "{HEAD}: {HEAD}", "{HEAD} for {N}", "{N}: {HEAD}",
      "{HEAD} - {N}", "{HEAD} ({N})", "{CAPV} {HEAD}, then {HEAD}.", "{CAPV} the {word} {END}",
      "{CAPV} {HEAD} before {DAY}.", "{N} {V} the {HEAD}{END}", "{HEAD} by {N}, {DATE}",
      "{HEAD} Update from {N}", "{CAPV} {word} and {word} with {N}{END}", "{HEAD}\n{N}\n{ORG}",
      "{CAPV} {N}'s {word}{END}", "{word} {word} {N} {word} {word}{END}",
      "{LOCFIELD}: {LOC}", "{LOCFIELD}: {LOC}; {FIELD}: {N}", "{VEHICLE} to {LOC} {LVP}{END}",
      "{VEHICLE} from {LOC} {LVP}{END}", "{LOC} {LOCVP}{END}", "{LOC}, {LOC} and {LOC} {LOCVP}{END}",
      "{N} {LIVE} {LOC}{END}", "Is it {word} in {LOC} today?", "{HEAD} in {LOC}",
      "{n} {LCHAT}", "{LCHAT} {n}", "{LCHAT} {n} {LCHAT}", "me and {n} {LCHAT}",
      "{n} and {n} {LCHAT}", "{LCHAT}, {n} {LCHAT}", "{n}: {LCHAT}",
      "{ORGFIELD}: {ORG}", "{ORGFIELD}: {ORG} | {LOCFIELD}: {LOC}", "{ORG} {ORGVP}{END}",
      "{N} {V} {ORG}{END}", "The contract with {ORG} {VP}{END}", "{HEAD} at {ORG}",
      "{N} left {ORG} for {ORG}{END}", "{ORG} and {ORG} {ORGVP}{END}",
      // people after the prepositions that also introduce places (development-set errors:
      // persons typed as places after "to", "in", "with")
      "{PTO} {N} {PTAIL}{END}", "{PTO} {N} in {LOC}{END}", "{PTO} {N} from {LOC}{END}",
      "{N} and {N} {PVP} in {LOC}{END}", "{N}, {N} and {N} {PVP}{END}", "{N} {PVP} with {N}{END}",
      "{N} {PVP} at {LOC} with {N}{END}", "Between {N} and {N}, {CL}{END}",
      "{OPEN}{N} is in {LOC} until {DAY}{END}", "{N} from {LOC} {PVP}{END}",
      // round 4 (development-set errors of round 3: lower-case single names in chat, single
      // names after prepositions and between commas, names in lists): new frames, not the
      // development sets' sentences
      "{LOPEN} {LPRE} {n} {LTAIL}", "{LOPEN} {n} {LCHAT}", "{LTHX} {n}{LEND}",
      "{n}{LEND} {LCHAT}", "{LPRE} {n} {LTAIL}", "{LOPEN} {LPRE} {n} and {n} {LTAIL}",
      "{LOPEN} {n} {LVERB} {LTAIL}", "{n} {LVERB} {LTAIL}", "{LOPEN} me and {n} {LVERB}",
      "{LPRE} {n} in {loc} {LTAIL}", "{LOPEN} {n} from {loc} {LCHAT}",
      "The {ROLE}, {N}, {RVP}{END}", "Our {ROLE}, {N}, {RVP}{END}", "{N}, the {ROLE}, {RVP}{END}",
      "{N}, {N} and {N} {RVP}{END}", "{LISTHEAD}: {FIRST}, {FIRST} and {FIRST}{END}",
      "{LISTHEAD}: {LAST}, {FIRST}, {PER}{END}", "{LISTHEAD}: {N}, {N}", "{LISTHEAD} - {N}, {N}, {N}",
      "{IMP} {PREP} {N}{END}", "{IMP} {PREP} {N} {PTAIL}{END}", "{IMP} {PREP} {N} in {LOC}{END}",
      "{CONJ} {N} {PVP}, {CL}{END}", "{CONJ} {N} {PVP} we {CHAT}{END}",
      "{GOT} {N} {PTAIL}{END}", "{GOT} {N}: \"{CL2}\"", "{OPEN}{GOT} {N} about the {word}{END}",
      "{N} {RVP}{END}", "{FIRST} {RVP}{END}", "{IMP} {PREP} {FIRST}, {CL}{END}",
      "{word} {word} {PREP} {N} {word}{END}", "{N} {LIVE} {LOC} {PREP} {N}{END}"};
  private static final String[] LOPEN = {
      "hey", "yo", "ok so", "btw", "omg", "lol", "ugh", "fyi", "so", "wait", "honestly", "and",
      "also", "ok", "oh", "hmm", "k", "yep", "nah", "ya", "dude", "guys", "sooo"};
  private static final String[] LPRE = {
      "talked to", "heard from", "texted", "waiting on", "going with", "hanging out with",
      "call", "ask", "tell", "ping", "remind", "got a msg from", "lunch with", "stuck with",
      "ride with", "thank", "miss", "met", "saw", "message from", "gift for", "sitting next to",
      "covering for", "went out with", "called", "emailed", "staying with", "just saw",
      "picked up", "dropped off", "voting for", "cooking for", "arguing with", "studying with"};
  private static final String[] LTAIL = {
      "", "later", "tmrw", "tonight", "rn", "lol", "again", "about the {word}", "at {TIME}",
      "on {DAY}", "!!", "?", "asap", "haha", "after work", "this weekend", "for the {word}",
      "and it was {word}", "i think", "maybe"};
  private static final String[] LTHX = {
      "ty", "thx", "thank u", "love you", "miss you", "cya", "night", "morning", "congrats",
      "sorry", "good luck", "welcome back", "happy bday", "great job", "nice one", "bye",
      "good morning", "see ya", "hugs", "well done"};
  private static final String[] LEND = {"", "!", "!!", " :)", " <3", ".", " xx", "!!!", " :D", "?"};
  private static final String[] LVERB = {
      "is sick", "cant come", "wont answer", "is driving", "is here", "just left", "said no",
      "got promoted", "broke up with me", "is outside", "fell asleep", "lost the keys",
      "loves it", "hates it", "wants to come", "has the {word}", "knows", "will pay",
      "is cooking", "needs a ride"};
  private static final String[] ROLE = {
      "claimant", "applicant", "insured", "policyholder", "tenant", "driver", "plaintiff",
      "defendant", "donor", "recipient", "guarantor", "executor", "borrower", "co-signer",
      "account holder", "sender", "new hire", "winner", "author", "resident", "student",
      "buyer", "seller", "trustee", "minor", "employee", "witness", "owner", "caregiver",
      "guardian", "interpreter", "contractor", "landlord", "intern", "referee", "courier"};
  private static final String[] RVP = {
      "will sign the papers", "has not responded", "asked for an extension",
      "will receive the refund", "must appear in person", "called twice",
      "is listed on page {NUM}", "was notified on {DATE}", "paid the deposit",
      "disputes the charge", "needs a copy of the {word}", "moved out in {MONTH}",
      "signed on {DATE}", "was not home", "agreed to the terms", "is away until {DAY}",
      "confirmed by phone", "will bring the documents"};
  private static final String[] LISTHEAD = {
      "Absent", "Invited", "On call", "Team", "Players", "Speakers", "Volunteers", "Signed up",
      "Guests", "Out sick", "Drivers", "Winners", "Panel", "Members", "Staff", "Reviewers",
      "Participants", "Owners", "Approvers", "Excused", "On leave", "Shortlist"};
  private static final String[] IMP = {
      "Write a note", "Draft an email", "Book a table", "Make a card", "Order flowers",
      "Prepare the forms", "Summarize the call", "Find a gift", "Schedule a call",
      "Set up a meeting", "Print the label", "Reserve a seat", "Compose a message",
      "Create an invoice", "Send flowers", "Plan a party", "Leave a voicemail"};
  private static final String[] PREP = {"for", "to", "from", "with", "about", "for", "to"};
  private static final String[] CONJ = {
      "When", "After", "Before", "Once", "Since", "Until", "If", "Because", "While", "Unless"};
  private static final String[] GOT = {
      "Got a call from", "Got an email from", "Heard back from", "Still waiting on",
      "No reply yet from", "A voicemail from", "Handed over to", "Escalated by",
      "Picked up by", "Delivered to", "Returned to", "Requested by", "Owned by",
      "Signed off by", "A package for", "A question from"};
  private static final String[] PTOS = {
      "Send a note to", "Give this to", "Respond to", "Hand it over to", "Pass the file to",
      "Talk to", "Add", "Introduce me to", "Thanks go to", "A message for",
      "Happy birthday to", "Shout-out to", "Say hello to", "Escalate to"};
  private static final String[] PTAILS = {
      "before noon", "when she is back", "and wait for an answer", "about the {word}",
      "so he can sign", "please",
      "and me", "as soon as possible", "by {DAY}", "who covers {DEPT}"};
  private static final String[] PVPS = {
      "arrived together", "met for lunch", "showed up late", "stayed overnight", "had dinner",
      "signed the lease", "shared a taxi", "went hiking", "are moving", "left early",
      "worked the night shift", "were interviewed"};
  private static final String[] ORGFIELDS = {
      "Employer", "Insurer", "Company", "Vendor", "Supplier", "Payer", "Carrier",
      "Lender", "Provider", "Firm", "Client"};
  private static final String[] ORGVPS = {
      "sent the renewal notice", "raised the fees", "was fined last year", "is hiring",
      "closed the account", "settled the case", "filed for bankruptcy", "merged with a rival",
      "denied the request", "updated its terms", "opened an office downtown"};
  private static final String[] LOWER_MENTIONS = {
      "{first}", "{first}", "{first} {last}", "{last}", "{first} {first} {last}"};
  private static final String[] LCHATS = {
      "u there?", "ok thx", "said hi", "r going to {loc}", "my bad", "owes me {NUM} bucks",
      "lmk", "pls call me", "lol", "is late again", "tmrw?", "got the job", "can't make it",
      "wants pizza", "sent the pics", "haha", "omg", "ty", "just landed in {loc}",
      "says the {word} is broken", "idk", "brb", "ttyl", "nvm", "np", "is so {word}",
      "moved to {loc}", "at the {word} now"};
  private static final String[] LOCFIELDS = {
      "City", "Location", "Branch", "Region", "Country", "Destination", "Origin", "Hometown",
      "Place of birth", "Office", "Venue", "Departure", "Arrival"};
  private static final String[] VEHICLES = {
      "The bus", "The flight", "Our ferry", "A shuttle", "The night bus", "My connection",
      "The shipment", "The courier", "Her flight", "Trains"};
  private static final String[] LVPS = {
      "leaves at {TIME}", "was cancelled", "is full", "takes {NUM} hours", "arrived early",
      "runs every {DAY}", "costs {NUM} euros", "is on time"};
  private static final String[] LOCVPS = {
      "is {word} this time of year", "gets a lot of rain", "is two hours away",
      "opened a new {word}", "raised its taxes", "is where I grew up", "has a new mayor",
      "is closed for the holiday", "was hit by the storm", "has good schools",
      "is cheaper than the coast"};
  private static final String[] LIVES = {
      "lives in", "moved to", "is from", "grew up near", "works in", "studied in",
      "is visiting", "was born in", "retired to", "commutes to"};
  private static final String[] PERSON_MENTIONS = {
      "{PER}", "{PER}", "{PER}", "{FIRST}", "{FIRST}", "{LAST}", "{TITLE} {LAST}",
      "{TITLE} {PER}", "{first} {last}", "{first}", "{FIRST} {LAST}"};
  private static final String[] OTHER_MENTIONS = {
      "{LOC}", "{ORG}", "{DRUG}", "{DIS}", "{PROD}", "{MONTH}", "{DEPT}", "{LOC}", "{ORG}"};
  private static final String[] RELS = {
      "neighbour", "manager", "colleague", "landlord", "sister", "son", "doctor", "tenant",
      "friend", "boss", "cousin", "husband", "wife", "daughter", "teacher", "accountant"};
  private static final String[] SAYS = {
      "said", "told us", "mentioned", "wrote", "thinks", "confirmed", "says", "believes"};
  private static final String[] CLAUSES = {
      "the payment is late", "the clinic moved to {LOC}", "{DRUG} helped a lot",
      "the meeting is on {DAY}", "the results came back", "{ORG} never called back",
      "the office is closed", "we should wait", "it was fine", "the flight to {LOC} was delayed",
      "the claim was denied", "she feels better", "he is out until {MONTH}"};
  private static final String[] CLAUSES2 = {
      "I will be there", "We need the forms", "Call me later", "That is not right",
      "It works now", "See you in {LOC}", "Thanks for the help"};
  private static final String[] IVS = {
      "call me back", "send the report", "check the schedule", "sign the form",
      "review the chart", "update the file", "join the call", "book a room"};
  private static final String[] PVS = {
      "forward this to", "cc", "call", "remind", "tell", "ping", "copy in", "thank"};
  private static final String[] PVS2 = {"Ask", "Call", "Remind", "Email", "Text", "Invite"};
  private static final String[] FIELDS = {
      "Name", "Patient", "Contact", "Owner", "Assignee", "Reviewer", "Approved by",
      "Emergency contact", "Guardian", "Author", "From", "To", "Attendees", "Driver", "Tenant",
      "Applicant", "Customer", "Employee", "Manager", "Caller"};
  private static final String[] FIELDS2 = {
      "Date: {DATE}", "City: {LOC}", "Phone: {NUM}", "Employer: {ORG}", "Diagnosis: {DIS}",
      "Medication: {DRUG}", "Time: {TIME}", "Department: {DEPT}"};
  private static final String[] THINGS = {
      "appointment", "results", "car", "flight", "invoice", "prescription", "account", "file",
      "application", "report"};
  private static final String[] VPS = {
      "is on {DAY}", "was cancelled", "arrived", "came back normal", "needs review",
      "is overdue", "went well", "is ready", "was moved to {MONTH}", "has been approved"};
  private static final String[] CHATS = {
      "ok sounds good", "running late", "can you send it?", "thx", "see you at {TIME}",
      "done", "on my way", "will check", "lgtm", "any update?", "call me", "sure"};

  private static String pick(java.util.Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }

  private static String vocab(java.util.Random r) {
    List<String> v = Vocabulary.words();
    return v.get(r.nextInt(v.size()));
  }

  private static String capitalized(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** One to four capitalized vocabulary words, sometimes with a lower-case "and"/"of"/"for". */
  private static String heading(java.util.Random r) {
    int n = 1 + r.nextInt(4);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        sb.append(r.nextDouble() < 0.15 ? pick(r, new String[] {" and ", " of ", " for ", " & "})
            : " ");
      }
      sb.append(capitalized(vocab(r)));
    }
    return sb.toString();
  }

  static String framed(java.util.Random r) {
    // two passes: the parts a frame's slots expand to may hold slots themselves ("{word}")
    return expand(expand(pick(r, FRAMES), r), r);
  }

  static String expand(String f, java.util.Random r) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < f.length()) {
      int open = f.indexOf('{', i);
      if (open < 0) {
        out.append(f, i, f.length());
        break;
      }
      int close = f.indexOf('}', open);
      out.append(f, i, open);
      String slot = f.substring(open + 1, close);
      switch (slot) {
        case "N": out.append(pick(r, PERSON_MENTIONS)); break;
        case "M": out.append(r.nextDouble() < 0.55 ? pick(r, PERSON_MENTIONS)
            : pick(r, OTHER_MENTIONS)); break;
        case "S": out.append(pick(r, SUBJECTS)); break;
        case "V": out.append(pick(r, VERBS)); break;
        case "O": out.append(pick(r, OBJECTS)); break;
        case "REL": out.append(pick(r, RELS)); break;
        case "SAY": out.append(pick(r, SAYS)); break;
        case "CL": out.append(pick(r, CLAUSES)); break;
        case "CL2": out.append(pick(r, CLAUSES2)); break;
        case "IV": out.append(pick(r, IVS)); break;
        case "PV": out.append(pick(r, PVS)); break;
        case "PV2": out.append(pick(r, PVS2)); break;
        case "FIELD": out.append(pick(r, FIELDS)); break;
        case "FIELD2": out.append(pick(r, FIELDS2)); break;
        case "THING": out.append(pick(r, THINGS)); break;
        case "VP": out.append(pick(r, VPS)); break;
        case "CHAT": out.append(pick(r, CHATS)); break;
        case "END": out.append(pick(r, ENDS)); break;
        case "OPEN": out.append(pick(r, OPENERS)); break;
        case "HEAD": out.append(heading(r)); break;
        case "CAPV": out.append(capitalized(vocab(r))); break;
        case "word": out.append(vocab(r)); break;
        case "n": out.append(pick(r, LOWER_MENTIONS)); break;
        case "LCHAT": out.append(pick(r, LCHATS)); break;
        case "LOCFIELD": out.append(pick(r, LOCFIELDS)); break;
        case "VEHICLE": out.append(pick(r, VEHICLES)); break;
        case "LVP": out.append(pick(r, LVPS)); break;
        case "LOCVP": out.append(pick(r, LOCVPS)); break;
        case "LIVE": out.append(pick(r, LIVES)); break;
        case "ORGFIELD": out.append(pick(r, ORGFIELDS)); break;
        case "ORGVP": out.append(pick(r, ORGVPS)); break;
        case "PTO": out.append(pick(r, PTOS)); break;
        case "PTAIL": out.append(pick(r, PTAILS)); break;
        case "PVP": out.append(pick(r, PVPS)); break;
        case "LOPEN": out.append(pick(r, LOPEN)); break;
        case "LPRE": out.append(pick(r, LPRE)); break;
        case "LTAIL": out.append(pick(r, LTAIL)); break;
        case "LTHX": out.append(pick(r, LTHX)); break;
        case "LEND": out.append(pick(r, LEND)); break;
        case "LVERB": out.append(pick(r, LVERB)); break;
        case "ROLE": out.append(pick(r, ROLE)); break;
        case "RVP": out.append(pick(r, RVP)); break;
        case "LISTHEAD": out.append(pick(r, LISTHEAD)); break;
        case "IMP": out.append(pick(r, IMP)); break;
        case "PREP": out.append(pick(r, PREP)); break;
        case "CONJ": out.append(pick(r, CONJ)); break;
        case "GOT": out.append(pick(r, GOT)); break;
        default: out.append('{').append(slot).append('}'); // a CorpusGenerator slot
      }
      i = close + 1;
    }
    return out.toString();
  }

  /** Every literal of the phrase grammar (for the common-word lexicon). */
  static String[] grammarLiterals() {
    java.util.List<String> all = new java.util.ArrayList<>();
    for (String[] part : new String[][] {SUBJECTS, VERBS, OBJECTS, TAILS, OPENERS,
        FRAMES, RELS, SAYS, CLAUSES, CLAUSES2, IVS, PVS, PVS2, FIELDS, FIELDS2, THINGS, VPS, CHATS,
        LCHATS, LOCFIELDS, VEHICLES, LVPS, LOCVPS, LIVES, ORGFIELDS, ORGVPS, PTOS, PTAILS, PVPS,
        LOPEN, LPRE, LTAIL, LTHX, LEND, LVERB, ROLE, RVP, LISTHEAD, IMP, PREP, CONJ, GOT}) {
      all.addAll(java.util.Arrays.asList(part));
    }
    all.addAll(SlotGrammar.literals());
    return all.toArray(new String[0]);
  }

  static String composed(java.util.Random r) {
    if (r.nextDouble() < 0.5) {
      return framed(r);
    }
    if (r.nextDouble() < 0.3) {
      String o = OPENERS[r.nextInt(OPENERS.length)];
      String rest = SUBJECTS[r.nextInt(SUBJECTS.length)] + " " + VERBS[r.nextInt(VERBS.length)]
          + " " + OBJECTS[r.nextInt(OBJECTS.length)] + TAILS[r.nextInt(TAILS.length)]
          + ENDS[r.nextInt(ENDS.length)];
      return o + rest;
    }
    return SUBJECTS[r.nextInt(SUBJECTS.length)] + " " + VERBS[r.nextInt(VERBS.length)] + " "
        + OBJECTS[r.nextInt(OBJECTS.length)] + TAILS[r.nextInt(TAILS.length)]
        + ENDS[r.nextInt(ENDS.length)];
  }
}
