package dev.veil.detectors.ner.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.datafaker.Faker;

/**
 * Values that fill the template slots: person names and places from datafaker across many locales
 * plus hand-made lists for cultures datafaker writes in other scripts, organizations, and
 * capitalized non-names (drugs, diseases, eponyms, months, products). Every entity value is put
 * in a training pool or a held-out-only pool by a stable hash, so the held-out set also measures
 * names the model (and its gazetteers) never saw.
 */
final class Pools {
  /** Latin-script datafaker locales; others are written in scripts an English prompt rarely has. */
  private static final String[] LOCALES = {
      "en-US", "en-GB", "en-IN", "en-NG", "en-PH", "en-ZA", "en-AU", "en-CA", "en-PK", "en-UG",
      "de", "fr", "es", "es-MX", "it", "nl", "pl", "pt-BR", "pt", "sv", "nb-NO", "fi-FI",
      "da-DK", "tr", "vi", "id", "hu", "cs", "ro-MD", "hr", "sk", "ca", "sq", "lv", "et"};

  private static final String[] EXTRA_FIRST = {
      // names that are also common words
      "Hope", "Will", "Bill", "Rose", "Faith", "Grace", "Joy", "Mark", "Frank", "June", "April",
      "May", "Summer", "Dawn", "Sky", "Rich", "Chase", "Hunter", "Sunny", "Iris", "Ivy", "Amber",
      "Crystal", "Pat", "Sue", "Guy", "Art", "Autumn", "Destiny", "Honey", "Precious", "Blessing",
      "Patience", "Charity", "Mercy", "Major", "Bliss",
      // Arabic, Persian, Somali, Ethiopian
      "Mohammed", "Muhammad", "Ahmed", "Fatima", "Aisha", "Omar", "Youssef", "Layla", "Khalid",
      "Hassan", "Nour", "Amira", "Tariq", "Samira", "Reza", "Shirin", "Dariush", "Abdi",
      "Hodan", "Farah", "Tesfaye", "Selam", "Mekdes", "Yonas",
      // Chinese, Korean, Japanese, Vietnamese (romanized)
      "Wei", "Xiu", "Jun", "Mei", "Hao", "Yan", "Zhiwei", "Xiaoling", "Ji-woo", "Min-jun",
      "Seo-yeon", "Hyun", "Haruto", "Yui", "Sota", "Aoi", "Hiroshi", "Keiko", "Takeshi",
      "Thanh", "Linh", "Minh", "Quang",
      // West and East African, South Asian
      "Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Kwame", "Ama", "Kofi",
      "Wanjiru", "Otieno", "Thabo", "Nomvula", "Priya", "Arjun", "Lakshmi", "Sanjay", "Deepika",
      "Gurpreet", "Harpreet", "Imran", "Ayesha"};

  private static final String[] EXTRA_LAST = {
      "Baker", "Cook", "Young", "King", "Wood", "Stone", "Hill", "Bush", "Love", "Case",
      "Price", "Little", "Sharp", "Bell", "Cross", "Rich", "Summers", "Hope", "Strong", "Day",
      "Haddad", "Khalil", "Mansour", "Nasser", "Al-Sayed", "Abdullah", "Rahman", "Hussein",
      "Zhang", "Wang", "Liu", "Chen", "Huang", "Zhao", "Wu", "Kim", "Park", "Choi", "Jung",
      "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Nguyen", "Tran", "Pham",
      "Okafor", "Adeyemi", "Okonkwo", "Eze", "Balogun", "Mensah", "Owusu", "Kamau", "Odhiambo",
      "Dlamini", "Naidoo", "Patel", "Sharma", "Singh", "Gupta", "Iyer", "Haile", "Bekele",
      "O'Donnell", "O'Brien", "O'Connor", "McDonald", "MacKenzie", "D'Angelo", "Smith-Jones",
      "Garcia-Lopez", "Fitzgerald", "Kowalski", "Nowak", "Jansen", "Bakker", "Müller",
      "Schäfer", "Dubois", "Lefèvre", "Rossi", "Esposito", "Ferreira", "Gonçalves", "Yilmaz"};

  /** Surnames written with a particle before them ("de Vries"). */
  private static final String[] PARTICLE_LAST = {
      "de Vries", "van der Berg", "van Dijk", "van den Broek", "de Jong", "von Braun",
      "da Silva", "dos Santos", "di Stefano", "de la Cruz", "del Rio", "le Roux", "bin Laden",
      "al Rashid", "van Houten", "de Groot", "von Trapp", "da Costa", "ter Horst", "de Souza"};

  private static final String[] EXTRA_PLACES = {
      "Lagos", "Nairobi", "Accra", "Addis Ababa", "Mogadishu", "Cairo", "Casablanca", "Tunis",
      "Riyadh", "Dubai", "Doha", "Tehran", "Karachi", "Lahore", "Dhaka", "Mumbai", "Chennai",
      "Bangalore", "Kathmandu", "Colombo", "Hanoi", "Ho Chi Minh City", "Manila", "Jakarta",
      "Seoul", "Busan", "Osaka", "Kyoto", "Shanghai", "Shenzhen", "Chengdu", "Taipei",
      "Ulaanbaatar", "Almaty", "Tbilisi", "Yerevan", "Kyiv", "Minsk", "Vilnius", "Reykjavik",
      "Lima", "Bogotá", "Quito", "Santiago", "Montevideo", "Havana", "Kingston", "Port-au-Prince",
      "Anchorage", "Honolulu", "Boise", "Tulsa", "El Paso", "Baton Rouge", "Sioux Falls",
      "Winnipeg", "Halifax", "Saskatoon", "Brisbane", "Perth", "Auckland", "Wellington",
      "Cork", "Galway", "Aberdeen", "Cardiff", "Swansea", "Leeds", "Bristol", "Nottingham",
      "Rotterdam", "Utrecht", "Ghent", "Lyon", "Marseille", "Toulouse", "Bologna", "Naples",
      "Seville", "Valencia", "Porto", "Kraków", "Gdańsk", "Brno", "Graz", "Zurich", "Geneva"};

  private static final String[] EXTRA_ORGS = {
      "Kaiser Permanente", "Mayo Clinic", "Cleveland Clinic", "Blue Cross Blue Shield", "Aetna",
      "Cigna", "Humana", "UnitedHealthcare", "Medicare", "Medicaid", "NHS England", "Bupa",
      "AXA", "Allianz", "Zurich Insurance", "Wells Fargo", "Chase Bank", "Barclays", "HSBC",
      "Lloyds Bank", "Santander", "Deutsche Bank", "ING", "Rabobank", "BNP Paribas", "Citibank",
      "Bank of America", "Capital One", "American Express", "PayPal", "Stripe", "Revolut",
      "Walgreens", "CVS Pharmacy", "Boots", "Quest Diagnostics", "LabCorp", "Pfizer", "Novartis",
      "Roche", "Johnson & Johnson", "Mount Sinai Hospital", "Johns Hopkins Hospital",
      "Massachusetts General Hospital", "St Thomas' Hospital", "Charité", "Red Cross",
      "Salvation Army", "Microsoft", "Google", "Amazon", "Acme Corp", "Globex", "Initech"};

  private static final String[] ORG_SUFFIX = {
      "Medical Group", "Health", "Healthcare", "Clinic", "Family Practice", "Pediatrics",
      "Orthopedics", "Dental", "Insurance", "Mutual", "Bank", "Credit Union", "Capital",
      "Partners", "Associates", "LLC", "Inc.", "Ltd", "GmbH", "Pharmacy", "Labs", "Foundation",
      "Hospital", "Medical Center", "Law Group", "Solutions", "Logistics", "Holdings"};

  static final String[] EPONYMS = {
      "Parkinson's disease", "Alzheimer's disease", "Alzheimer's", "Parkinson's",
      "Down syndrome", "Crohn's disease", "Crohn's", "Hodgkin lymphoma", "Cushing's syndrome",
      "Graves' disease", "Addison's disease", "Bell's palsy", "Tourette syndrome",
      "Asperger syndrome", "Huntington's disease", "Raynaud's phenomenon",
      "Hashimoto's thyroiditis", "Guillain-Barré syndrome", "Kaposi sarcoma", "Marfan syndrome",
      "Sjögren's syndrome", "Wilms tumor", "Lou Gehrig's disease", "Paget's disease",
      "Meniere's disease", "Ménière's disease", "Kawasaki disease", "Lyme disease",
      "Tay-Sachs disease", "Wernicke encephalopathy", "Barrett's esophagus", "Dupuytren's contracture",
      "Osgood-Schlatter disease", "Reye's syndrome", "Turner syndrome", "Klinefelter syndrome",
      "Ewing sarcoma", "Burkitt lymphoma", "Hirschsprung disease", "Still's disease",
      "Behçet's disease", "Wegener's granulomatosis", "Apgar score", "Glasgow Coma Scale",
      "Babinski sign", "Heimlich maneuver", "Foley catheter", "Pap smear", "Epley maneuver",
      "Romberg test", "Murphy's sign", "Colles fracture", "Holter monitor", "Swan-Ganz catheter"};

  private static final String[] EXTRA_DRUGS = {
      "Metformin", "Lisinopril", "Atorvastatin", "Amlodipine", "Omeprazole", "Levothyroxine",
      "Ozempic", "Wegovy", "Mounjaro", "Eliquis", "Xarelto", "Jardiance", "Humira", "Keytruda",
      "Lipitor", "Zoloft", "Prozac", "Lexapro", "Xanax", "Adderall", "Ritalin", "Tylenol",
      "Advil", "Motrin", "Aleve", "Benadryl", "Claritin", "Zyrtec", "Flonase", "Ventolin",
      "Symbicort", "Lantus", "Humalog", "Novolog", "Trulicity", "Synthroid", "Plavix",
      "Coumadin", "Warfarin", "Prednisone", "Amoxicillin", "Augmentin", "Cipro", "Keflex",
      "Gabapentin", "Neurontin", "Lyrica", "Tramadol", "Oxycodone", "Suboxone", "Narcan"};

  static final String[] MONTHS = {
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"};
  static final String[] DAYS = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  static final String[] PRODUCTS = {
      "MyChart", "Epic", "Cerner", "Excel", "Outlook", "Teams", "Zoom", "Slack", "Jira",
      "Salesforce", "Zendesk", "iPhone", "Android", "Windows", "Chrome", "Kubernetes", "Docker",
      "Postgres", "Python", "Java", "Spring Boot", "Kafka", "Dexcom", "Fitbit", "Apple Watch",
      "Omnipod", "FreeStyle Libre", "CPAP", "Venmo", "Zelle", "Visa", "Mastercard", "Medigap",
      "ChatGPT", "Gemini", "Claude", "Copilot", "GitHub", "AWS", "Azure", "Terraform"};
  static final String[] DEPTS = {
      "Cardiology", "Oncology", "Radiology", "Pediatrics", "Dermatology", "Neurology",
      "Orthopedics", "Emergency Department", "Billing", "Customer Service", "Claims",
      "Accounts Payable", "Human Resources", "Pharmacy", "Internal Medicine", "ICU", "Urology",
      "Gastroenterology", "Physical Therapy", "Fraud Prevention", "Member Services"};

  final List<String> firstTrain = new ArrayList<>();
  final List<String> firstHeld = new ArrayList<>();
  final List<String> lastTrain = new ArrayList<>();
  final List<String> lastHeld = new ArrayList<>();
  final List<String> placeTrain = new ArrayList<>();
  final List<String> placeHeld = new ArrayList<>();
  final List<String> orgTrain = new ArrayList<>();
  final List<String> orgHeld = new ArrayList<>();
  final List<String> drugs = new ArrayList<>();
  final List<String> diseases = new ArrayList<>();

  Pools(long seed) {
    Set<String> first = new LinkedHashSet<>(Arrays.asList(EXTRA_FIRST));
    Set<String> last = new LinkedHashSet<>(Arrays.asList(EXTRA_LAST));
    Set<String> places = new LinkedHashSet<>(Arrays.asList(EXTRA_PLACES));
    Set<String> orgs = new LinkedHashSet<>(Arrays.asList(EXTRA_ORGS));
    Set<String> drugSet = new LinkedHashSet<>(Arrays.asList(EXTRA_DRUGS));
    Set<String> diseaseSet = new LinkedHashSet<>(Arrays.asList(EPONYMS));
    int i = 0;
    for (String tag : LOCALES) {
      Faker f = new Faker(Locale.forLanguageTag(tag), new Random(seed + i++));
      collect(first, f.name()::firstName, 250);
      collect(last, f.name()::lastName, 250);
      collect(places, f.address()::city, 60);
      collect(places, f.address()::state, 30);
      collect(places, f.address()::country, 30);
      collect(orgs, f.company()::name, 40);
    }
    Faker en = new Faker(Locale.US, new Random(seed));
    collect(drugSet, en.medication()::drugName, 600);
    collect(drugSet, en.medical()::medicineName, 400);
    collect(diseaseSet, en.medical()::diseaseName, 300);
    collect(diseaseSet, en.disease()::anyDisease, 400);
    collect(orgs, en.medical()::hospitalName, 200);
    Random r = new Random(seed);
    List<String> lastList = new ArrayList<>(last);
    for (int k = 0; k < 300; k++) {
      orgs.add(lastList.get(r.nextInt(lastList.size())) + " " + ORG_SUFFIX[r.nextInt(ORG_SUFFIX.length)]);
    }
    split(first, firstTrain, firstHeld);
    split(last, lastTrain, lastHeld);
    split(places, placeTrain, placeHeld);
    split(orgs, orgTrain, orgHeld);
    for (String d : drugSet) {
      if (isClean(d)) {
        drugs.add(d);
      }
    }
    for (String d : diseaseSet) {
      if (isClean(d)) {
        diseases.add(d);
      }
    }
  }

  private static void collect(Set<String> into, Supplier<String> gen, int n) {
    for (int k = 0; k < n; k++) {
      String v = gen.get().trim();
      if (isClean(v)) {
        into.add(v);
      }
    }
  }

  /** Drops values with digits, brackets or a non-Latin script: they would not be names here. */
  private static boolean isClean(String v) {
    if (v.isEmpty() || v.length() > 60) {
      return false;
    }
    for (int k = 0; k < v.length(); k++) {
      char c = v.charAt(k);
      if (Character.isDigit(c) || "()[]{}/\\\"".indexOf(c) >= 0) {
        return false;
      }
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return false;
      }
    }
    return true;
  }

  /** One in five values goes to the held-out-only pool, chosen by a stable hash. */
  private static void split(Set<String> all, List<String> train, List<String> held) {
    for (String v : all) {
      if (Math.floorMod(v.toLowerCase(Locale.ROOT).hashCode() * 31 + 7, 5) == 0) {
        held.add(v);
      } else {
        train.add(v);
      }
    }
  }

  static List<String> particleLast() {
    return Arrays.asList(PARTICLE_LAST);
  }
}
