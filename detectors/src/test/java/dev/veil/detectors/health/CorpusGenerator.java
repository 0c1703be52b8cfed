package dev.veil.detectors.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates labelled texts for training the document categorizer and for measuring the health
 * detector: clinical texts (notes and prompts about a particular person), financial texts, and
 * general texts (general questions about medicine, and non-medical prompts). Health terms are
 * inserted through slots, so their spans are known.
 *
 * <p>Two disjoint template sets: {@link Split#TUNE} (training the model, tuning the detector) and
 * {@link Split#HELDOUT} (evaluation only). The vocabulary is shared and was written for this
 * generator, separately from the detector's lexicon files. Deterministic for a given seed.
 */
final class CorpusGenerator {

  enum Split { TUNE, HELDOUT }

  /** What a general text is about, for reporting false positives separately. */
  enum Topic { CLINICAL, FINANCIAL, GENERAL_MEDICAL, NON_MEDICAL }

  /** A health term inserted by a slot: its span and the slot kind. */
  record Label(int start, int end, String slot) {}

  record Doc(String text, DocCategory category, Topic topic, List<Label> labels) {}

  // ---- vocabulary -------------------------------------------------------------------------
  static final String[] CONDITIONS = {
      "type 2 diabetes", "hypertension", "asthma", "atrial fibrillation", "chronic kidney disease",
      "major depressive disorder", "rheumatoid arthritis", "hypothyroidism", "breast cancer",
      "migraine", "epilepsy", "heart failure", "gout", "psoriasis", "osteoporosis", "pneumonia",
      "bipolar disorder", "celiac disease", "sleep apnea", "Crohn's disease", "multiple sclerosis",
      "hepatitis C", "HIV", "anemia", "endometriosis", "glaucoma", "hyperlipidemia",
      "prostate cancer", "schizophrenia", "Parkinson's disease", "PTSD", "lupus",
      "peripheral neuropathy", "diverticulitis", "sciatica", "pulmonary embolism",
      "non-Hodgkin lymphoma", "polycystic ovary syndrome", "generalized anxiety disorder",
      "COPD", "coronary artery disease", "deep vein thrombosis", "ulcerative colitis",
      "cirrhosis", "melanoma", "leukemia", "fibromyalgia", "anorexia nervosa", "ADHD",
      "alcohol use disorder", "chronic pain", "dementia", "stroke", "a urinary tract infection",
      "pancreatitis", "kidney stones", "shingles", "tuberculosis", "long COVID",
      "macular degeneration", "cystic fibrosis", "Alzheimer's disease", "myocardial infarction",
      "obstructive sleep apnea", "gestational diabetes", "iron deficiency anemia",
      "trigeminal neuralgia", "myasthenia gravis", "Barrett's esophagus", "sarcoidosis"};
  static final String[] SYMPTOMS = {
      "chest pain", "shortness of breath", "persistent cough", "severe headaches", "dizziness",
      "nausea and vomiting", "abdominal pain", "fatigue", "joint pain", "blurred vision",
      "palpitations", "night sweats", "unexplained weight loss", "lower back pain",
      "swollen ankles", "a high fever", "blood in urine", "numbness in both feet", "insomnia",
      "memory loss", "wheezing", "heartburn", "a rash", "diarrhea", "tremors"};
  static final String[] DRUGS = {
      "metformin", "lisinopril", "atorvastatin", "amlodipine", "levothyroxine", "metoprolol",
      "omeprazole", "sertraline", "losartan", "simvastatin", "warfarin", "apixaban",
      "insulin glargine", "prednisone", "albuterol", "gabapentin", "fluoxetine", "ibuprofen",
      "amoxicillin", "adalimumab", "bisoprolol", "ramipril", "rosuvastatin", "candesartan",
      "pantoprazole", "escitalopram", "quetiapine", "lamotrigine", "tamoxifen", "methotrexate",
      "empagliflozin", "semaglutide", "furosemide", "clopidogrel", "allopurinol", "tramadol",
      "oxycodone", "lithium", "montelukast", "doxycycline", "ciprofloxacin", "valacyclovir",
      "imatinib", "pembrolizumab", "enalapril", "propranolol", "fluconazole", "sitagliptin",
      "duloxetine", "hydroxychloroquine"};
  static final String[] PROCEDURES = {
      "a colonoscopy", "chemotherapy", "dialysis", "a knee replacement", "an MRI scan",
      "a biopsy", "bypass surgery", "radiotherapy", "an appendectomy", "a mastectomy",
      "a CT scan", "an echocardiogram", "physical therapy", "a hip replacement", "IVF"};
  static final String[] LABS = {
      "HbA1c 7.2%", "HbA1c of 8.1%", "eGFR 45 mL/min", "LDL 3.1 mmol/L", "LDL 162 mg/dL",
      "creatinine 1.8 mg/dL", "TSH 6.3 mIU/L", "hemoglobin 9.8 g/dL", "potassium 5.6 mmol/L",
      "INR 3.4", "BP 150/95 mmHg", "blood pressure 168/102 mmHg", "PSA 6.2 ng/mL",
      "CRP 48 mg/L", "ferritin 8 ng/mL", "glucose 13.2 mmol/L", "troponin 0.8 ng/mL",
      "vitamin D 12 ng/mL", "platelets 95 x10^9/L", "ALT 120 U/L"};
  static final String[] ICD = {"E11.9", "I10", "J45.909", "F32.1", "I48.91", "N18.3", "M05.79",
      "C50.911", "G40.909", "K50.90", "E03.9", "F41.1"};
  static final String[] FREQ = {"b.i.d.", "once daily", "twice a day", "q.d.", "PRN", "t.i.d.",
      "at night", "every morning", "BID", "q8h"};
  static final String[] NAMES = {"John Miller", "Maria Garcia", "Ahmed Khan", "Sophie Martin",
      "Lukas Weber", "Emma Johnson", "Giulia Rossi", "Daan de Vries", "Li Wei", "Fatima Ali",
      "Robert Brown", "Anna Schmidt", "Carlos Lopez", "Olivia Smith", "James O'Connor"};
  static final String[] SURNAMES = {"Miller", "Garcia", "Khan", "Martin", "Weber", "Johnson",
      "Rossi", "de Vries", "Wei", "Ali", "Brown", "Schmidt", "Lopez", "Smith", "O'Connor"};
  static final String[] RELATIONS = {"wife", "husband", "mother", "father", "son", "daughter",
      "brother", "sister", "partner", "grandmother", "colleague", "neighbor"};
  static final String[] TOPICS = {"the French Revolution", "photosynthesis", "quantum computing",
      "the Roman Empire", "climate change", "machine learning", "the stock market",
      "renewable energy", "the history of jazz", "volcanoes", "black holes", "the printing press",
      "supply chains", "urban planning", "the Cold War", "coral reefs", "the Renaissance"};
  static final String[] TECH = {"sort a list in Python", "center a div in CSS",
      "write a SQL query that joins two tables", "configure a Kubernetes ingress",
      "parse JSON in Java", "set up a Git pre-commit hook", "use async/await in JavaScript",
      "write a unit test for a REST controller", "tune a PostgreSQL index",
      "compute the union of two sets in Python", "deploy a Spring Boot app to Docker"};
  static final String[] COMPANIES = {"Acme Corp", "Globex", "Initech", "Umbrella Ltd",
      "Stark Industries", "Wayne Enterprises", "Hooli", "Vandelay Industries"};
  static final String[] AMOUNTS = {"$1,250.00", "EUR 3,400", "£89.99", "$12,000", "€560.40",
      "$49.95", "CHF 2,100", "$250,000"};
  static final String[] FIN_TERMS = {"mortgage", "credit card statement", "quarterly earnings",
      "wire transfer", "invoice", "401(k)", "tax return", "loan application", "overdraft fee",
      "dividend", "balance sheet", "ETF portfolio", "chargeback", "payroll run", "VAT return"};

  private static final Map<Split, List<String>> CLINICAL = Map.of(
      Split.TUNE, List.of(
          "Pt is a {age} y/o {sex} with PMH of {cond} and {cond}, presenting with {sym}. Meds: {drug} {dose} mg {freq}.",
          "Summarize this note: {name}, {age}, admitted for {cond}. Labs: {lab}. Plan: start {drug} {dose} mg {freq} and schedule {proc}.",
          "My {rel} was diagnosed with {cond} last {when}. The doctor prescribed {drug}. Is {dose} mg a normal dose?",
          "I have {cond} and I take {drug} {dose} mg {freq}. Can I drink alcohol this weekend?",
          "Mr. {surname} reports {sym} since starting {drug}. History of {cond}. {lab}.",
          "Discharge summary: patient {name} underwent {proc} for {cond}. Continue {drug} {dose} mg {freq}. Follow-up in {n} weeks.",
          "Dx: {cond} (ICD-10 {icd}). Rx: {drug} {dose} mg {freq}. Recheck {lab} in 3 months.",
          "Ich habe {cond} und nehme {drug}. Mein Arzt sagt, mein {lab} ist zu hoch.",
          "Help me write a message to my doctor: I've had {sym} for {n} days and my {lab}. I'm on {drug}.",
          "She was started on {drug} for {cond}; her {lab} today. Also complains of {sym}.",
          "{age}M with {cond}, {cond}. Denies {sym}. On {drug} {dose} mg {freq}.",
          "Nursing handover: bed 4, {name}, {cond}, pain controlled with {drug} {freq}, {lab}.",
          "Is it safe for me to take {drug} with {drug}? I have {cond}.",
          "My {lab} and I feel {sym}. I have {cond}. What does that mean for me?",
          "Our patient {surname} had {proc} yesterday; post-op {sym}; restart {drug} {dose} mg tomorrow.",
          "Rewrite this for the chart: he has had {cond} for {n} years, takes {drug} {freq}, last {lab}.",
          "Mi madre tiene {cond} y toma {drug}.",
          "Mijn vader heeft {cond} en gebruikt {drug} {dose} mg.",
          "Mia moglie ha {cond}; prende {drug} {freq}.",
          "Please check this medication list for {name}: {drug} {dose} mg {freq}, {drug} {dose} mg {freq}. Allergies: penicillin."),
      Split.HELDOUT, List.of(
          "HPI: {age}-year-old {sex} with known {cond}, on {drug} {dose} mg {freq}, c/o {sym} x {n} days. {lab}.",
          "Can you draft a referral letter for {name}? She has {cond} and {cond}, currently taking {drug} and {drug}. Recent {lab}.",
          "My {rel} takes {drug} {dose} mg for {cond} and now has {sym}. Should we go to the ER?",
          "Assessment: {cond}, poorly controlled ({lab}). Plan: increase {drug} to {dose} mg {freq}; order {proc}.",
          "I was told I need {proc} because of my {cond}. I'm scared. What should I ask the surgeon?",
          "Translate for the patient: Your {lab} shows your {cond} is getting worse; we will add {drug}.",
          "{name} (DOB 03/14/1962) presented with {sym}; diagnosis code {icd}; started {drug} {freq}.",
          "J'ai {cond} et je prends {drug} {dose} mg. Mon médecin veut faire {proc}.",
          "Tengo {cond} y tomo {drug} {freq}. Mi {lab}.",
          "Patient s/p {proc} for {cond}; home meds {drug} {dose} mg {freq} and {drug} PRN; reports {sym}."));

  private static final Map<Split, List<String>> GENERAL_MEDICAL = Map.of(
      Split.TUNE, List.of(
          "Explain how {drug} works.",
          "What are the common symptoms of {cond}?",
          "Write a short patient-education leaflet about {cond} for a clinic website.",
          "Compare {drug} and {drug} in terms of side effects.",
          "What is the difference between {cond} and {cond}?",
          "How is {cond} usually diagnosed, and what tests are involved?",
          "Summarize recent research on {cond} treatment.",
          "Why do doctors prescribe {drug} for {cond}?",
          "What is the typical starting dose of {drug} in adults?",
          "Explain the pathophysiology of {cond} for a medical student.",
          "What are the risks and benefits of {proc}?",
          "How common is {cond} in Europe?",
          "Write an FAQ about {drug} for a pharmacy website.",
          "What do guidelines say about screening for {cond}?"),
      Split.HELDOUT, List.of(
          "Give me an overview of the mechanism of action of {drug}.",
          "Which lifestyle changes lower the risk of {cond}?",
          "Create a quiz with five questions about {cond} for nursing students.",
          "Is {drug} on the WHO list of essential medicines?",
          "Describe what happens during {proc} in plain language.",
          "What does a high HbA1c mean in general terms?",
          "List the main classes of drugs used to treat {cond}."));

  private static final Map<Split, List<String>> NON_MEDICAL = Map.of(
      Split.TUNE, List.of(
          "Write a blog post about {topic}.",
          "How do I {tech}?",
          "Summarize the history of {topic} in three paragraphs.",
          "Draft a polite email to {company} asking to reschedule our meeting to {when}.",
          "Give me ten ideas for a team offsite in {month}.",
          "Translate 'the weather is nice today' into German.",
          "Write a haiku about autumn leaves.",
          "What is the capital of Australia and why was it chosen?",
          "Help me plan a birthday party for {n} kids.",
          "Explain the rules of cricket.",
          "Give me a recipe for vegetarian lasagna.",
          "Summarize this article about {topic} in five bullet points."),
      Split.HELDOUT, List.of(
          "Explain {topic} to a ten-year-old.",
          "Review this code and tell me how to {tech} more efficiently.",
          "Write a product description for a stainless steel water bottle.",
          "Plan a three-day trip to Lisbon with a focus on food and museums.",
          "What were the main causes of {topic}? Keep it short.",
          "Suggest a name for a startup that sells {product}."));

  private static final Map<Split, List<String>> FINANCIAL = Map.of(
      Split.TUNE, List.of(
          "Please transfer {amount} to the account of {company} for invoice {n}.",
          "My {fin} shows a charge of {amount} that I don't recognize. How do I dispute it?",
          "Summarize the {fin} for Q{q}: revenue {amount}, operating costs {amount}.",
          "Can I deduct {amount} of home office costs on my {fin}?",
          "Draft a payment reminder to {company}: the {fin} of {amount} is 30 days overdue.",
          "What is the interest on a {amount} {fin} at 4.5% over 20 years?",
          "Our {fin} from {company} is missing {amount}; please check the bank transfer.",
          "I want to refinance my {fin}; the bank offers 3.9% APR. Is that good?",
          "Prepare a cash-flow forecast: income {amount}, expenses {amount}, for {month}.",
          "How should {company} account for a {amount} refund on the {fin}?",
          "Compare index funds and bonds for investing {amount}.",
          "My card was charged {amount} twice by {company}; write a dispute letter to the bank."),
      Split.HELDOUT, List.of(
          "Reconcile these two ledgers: {company} paid {amount} but we invoiced {amount}.",
          "Explain the {fin} line items to our CFO in plain language.",
          "Our payroll run for {month} failed; {amount} was not paid out. What do we tell staff?",
          "Is a {fin} of {amount} reasonable for a company like {company}?",
          "Write a budget for a family with a net income of {amount} per month.",
          "The insurer reimbursed {amount} of the hospital bill; how do I book that in accounting?"));

  private final Random random;

  CorpusGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** {@code n} documents of each category from the split's templates, shuffled. */
  List<Doc> generate(Split split, int perCategory) {
    List<Doc> out = new ArrayList<>();
    for (int i = 0; i < perCategory; i++) {
      out.add(fill(pick(CLINICAL.get(split)), DocCategory.CLINICAL, Topic.CLINICAL));
      out.add(fill(pick(FINANCIAL.get(split)), DocCategory.FINANCIAL, Topic.FINANCIAL));
      if (i % 2 == 0) {
        out.add(fill(pick(GENERAL_MEDICAL.get(split)), DocCategory.GENERAL, Topic.GENERAL_MEDICAL));
      } else {
        out.add(fill(pick(NON_MEDICAL.get(split)), DocCategory.GENERAL, Topic.NON_MEDICAL));
      }
    }
    java.util.Collections.shuffle(out, random);
    return out;
  }

  /** Several single-template sentences joined, as a longer clinical note (for recall). */
  Doc clinicalNote(Split split, int sentences) {
    StringBuilder t = new StringBuilder();
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      Doc d = fill(pick(CLINICAL.get(split)), DocCategory.CLINICAL, Topic.CLINICAL);
      int base = t.length();
      for (Label l : d.labels()) {
        labels.add(new Label(l.start() + base, l.end() + base, l.slot()));
      }
      t.append(d.text()).append(i % 3 == 2 ? "\n" : " ");
    }
    return new Doc(t.toString(), DocCategory.CLINICAL, Topic.CLINICAL, labels);
  }

  Doc fill(String template, DocCategory category, Topic topic) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    List<Label> labels = new ArrayList<>();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int close = template.indexOf('}', i);
      String slot = template.substring(i + 1, close);
      int start = out.length();
      out.append(value(slot, out.length() == 0));
      if (isHealthSlot(slot)) {
        labels.add(new Label(start, out.length(), slot));
      }
      i = close + 1;
    }
    return new Doc(out.toString(), category, topic, labels);
  }

  static boolean isHealthSlot(String slot) {
    return switch (slot) {
      case "cond", "sym", "drug", "lab", "proc", "icd" -> true;
      default -> false;
    };
  }

  private String value(String slot, boolean sentenceStart) {
    return switch (slot) {
      case "cond" -> pick(CONDITIONS);
      case "sym" -> pick(SYMPTOMS);
      case "drug" -> pick(DRUGS);
      case "proc" -> pick(PROCEDURES);
      case "lab" -> pick(LABS);
      case "icd" -> pick(ICD);
      case "freq" -> pick(FREQ);
      case "dose" -> pick(new String[] {"5", "10", "20", "25", "40", "50", "100", "250", "500", "1000"});
      case "age" -> String.valueOf(18 + random.nextInt(75));
      case "sex" -> pick(new String[] {"male", "female", "M", "F", "woman", "man"});
      case "name" -> pick(NAMES);
      case "surname" -> pick(SURNAMES);
      case "rel" -> pick(RELATIONS);
      case "when" -> pick(new String[] {"week", "month", "year", "Tuesday", "spring"});
      case "n" -> String.valueOf(2 + random.nextInt(28));
      case "q" -> String.valueOf(1 + random.nextInt(4));
      case "topic" -> pick(TOPICS);
      case "tech" -> pick(TECH);
      case "company" -> pick(COMPANIES);
      case "amount" -> pick(AMOUNTS);
      case "fin" -> pick(FIN_TERMS);
      case "month" -> pick(new String[] {"March", "June", "September", "November"});
      case "product" -> pick(new String[] {"coffee beans", "bike parts", "garden tools", "board games"});
      default -> throw new IllegalArgumentException("unknown slot " + slot);
    };
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
