package dev.veil.detectors.health;

import dev.veil.VeilException;
import dev.veil.detectors.internal.AhoCorasick;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Scores a whole text as {@linkplain DocCategory clinical, financial or general} with a small
 * OpenNLP maximum-entropy document categorizer trained in this repository on generated examples
 * (model {@code doccat.bin} next to this class; see {@code doccat.manifest.properties} and
 * {@code docs/detectors-health.md}).
 *
 * <p>Thread-safe: the model is shared and immutable, each thread gets its own {@link
 * DocumentCategorizerME}. Each thread also remembers the last text it categorized (by identity),
 * so the several detectors that run on one request categorize it once. Cost: tokenizing plus one
 * feature lookup per token and token bigram; roughly tens of microseconds for a 2 KB prompt.
 */
public final class DocumentCategorizer {

  /** The result: the best category and its probability. */
  public record Result(DocCategory category, double probability) {}

  /** Texts longer than this are categorized on their first {@value} chars. */
  static final int MAX_CHARS = 20_000;

  private static final String MODEL = "doccat.bin";

  private final DoccatModel model;
  private final ThreadLocal<DocumentCategorizerME> categorizers;
  private final ThreadLocal<Object[]> last = ThreadLocal.withInitial(() -> new Object[2]);

  /** The model evaluated straight from the text, or null to go through OpenNLP (see {@link DirectCategorizer}). */
  private final DirectCategorizer direct;

  private DocumentCategorizer(DoccatModel model) {
    this.model = model;
    this.categorizers = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    this.direct = agrees(DirectCategorizer.create(model.getMaxentModel()));
  }

  /** {@code d} if it reproduces OpenNLP on a few texts (a guard against a model it misreads), else null. */
  private DirectCategorizer agrees(DirectCategorizer d) {
    if (d == null) {
      return null;
    }
    String[] samples = {"Pt is a 67 y/o male with HTN and T2DM on metformin 500 mg b.i.d.; HbA1c 7.2%.",
        "Please pay invoice 4711 of EUR 1,200.50 by Friday: account 12 34.",
        "How does chemotherapy kill cancer cells? My wife asked me.", "", "42 % / : $"};
    for (String s : samples) {
      double[] mine = d.probabilities(s, HealthLexicon.bundled().find(s).size());
      String[] tokens = tokenize(s);
      if (tokens.length == 0 ? mine != null
          : !java.util.Arrays.equals(mine, categorizers.get().categorize(tokens))) {
        return null;
      }
    }
    return d;
  }

  /** The OpenNLP model (for tests that compare the direct evaluation with OpenNLP's). */
  DoccatModel model() {
    return model;
  }

  /** The bundled model, loaded once. */
  public static DocumentCategorizer bundled() {
    return Holder.INSTANCE;
  }

  /** A categorizer over a caller-supplied OpenNLP doccat model (labels clinical/financial/general). */
  public static DocumentCategorizer of(DoccatModel model) {
    return new DocumentCategorizer(model);
  }

  private static final class Holder {
    static final DocumentCategorizer INSTANCE = load();

    private static DocumentCategorizer load() {
      try (InputStream in = DocumentCategorizer.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new VeilException("doccat model resource missing: " + MODEL);
        }
        return new DocumentCategorizer(new DoccatModel(in));
      } catch (IOException e) {
        throw new VeilException("cannot load doccat model " + MODEL, e);
      }
    }
  }

  /** Categorizes {@code text}; an empty text is {@link DocCategory#GENERAL}. */
  public Result categorize(String text) {
    Object[] cache = last.get();
    if (cache[0] instanceof WeakReference<?> ref && ref.get() == text && cache[1] != null) {
      return (Result) cache[1];
    }
    Result r = compute(text);
    // weak, so a thread never keeps a request's text alive
    cache[0] = new WeakReference<>(text);
    cache[1] = r;
    return r;
  }

  private Result compute(String text) {
    if (direct != null) {
      String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
      double[] p = direct.probabilities(t, HealthLexicon.bundled().find(t).size());
      if (p == null) {
        return new Result(DocCategory.GENERAL, 1.0);
      }
      int best = 0;
      for (int i = 1; i < p.length; i++) {
        if (p[i] > p[best]) {
          best = i;
        }
      }
      return new Result(DocCategory.of(direct.outcome(best)), p[best]);
    }
    String[] tokens = tokenize(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
    if (tokens.length == 0) {
      return new Result(DocCategory.GENERAL, 1.0);
    }
    DocumentCategorizerME me = categorizers.get();
    double[] p = me.categorize(tokens);
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return new Result(DocCategory.of(me.getCategory(best)), p[best]);
  }

  /**
   * The tokens the model sees: folded words (letters, digits, apostrophes inside), the shapes of
   * numbers ({@code <num>}, {@code <dec>}) so that no specific value becomes a feature, and
   * pseudo-tokens for what generalizes beyond the training templates: {@code __health} per health
   * lexicon term, {@code __drug} per drug-shaped word, {@code __self}/{@code __other}/{@code
   * __none} per person word, {@code __money} per currency, {@code __dose} per number with a dose
   * unit. Training uses the same function.
   */
  public static String[] tokenize(String text) {
    List<String> out = words(text);
    int n = out.size();
    for (int i = 0; i < n; i++) {
      String w = out.get(i);
      String person = SubjectResolver.personClass(w);
      if (person != null) {
        out.add("__" + person);
      }
      if (DrugMorphology.looksLikeDrug(w)) {
        out.add("__drug");
      }
      if (MONEY.contains(w)) {
        out.add("__money");
      }
      if (FINANCE.contains(w)) {
        out.add("__finance");
      }
      if (i > 0 && DOSE_UNITS.contains(w) && out.get(i - 1).charAt(0) == '<') {
        out.add("__dose");
      }
    }
    if (n > 0 && OPENERS.contains(out.get(0))) {
      out.add("__opener_" + out.get(0));
    }
    for (int k = HealthLexicon.bundled().find(text).size(); k > 0; k--) {
      out.add("__health");
    }
    return out.toArray(new String[0]);
  }

  static final java.util.Set<String> MONEY = java.util.Set.of(
      "$", "€", "£", "eur", "usd", "gbp", "chf", "dollars", "euros", "pounds");
  static final java.util.Set<String> FINANCE = java.util.Set.of(
      "invoice", "invoices", "invoiced", "payment", "payments", "paid", "pay", "bank", "banks",
      "account", "accounts", "accounting", "loan", "loans", "interest", "tax", "taxes", "revenue",
      "budget", "refund", "refunds", "payroll", "ledger", "ledgers", "reimbursed", "reimbursement",
      "mortgage", "credit", "debit", "balance", "dividend", "dividends", "apr", "fee", "fees",
      "income", "expenses", "costs", "cash", "cfo", "audit", "billing", "bill", "charge",
      "charged", "transfer", "fund", "funds", "invest", "investing", "investment", "stock",
      "stocks", "bonds", "portfolio", "salary", "wage", "wages", "premium", "insurer", "claim",
      "overdue", "debt", "savings", "pension", "finance", "financial", "rechnung", "zahlung",
      "konto", "überweisung", "facture", "paiement", "compte", "factura", "pago", "cuenta",
      "fattura", "pagamento", "conto", "factuur", "betaling", "rekening");
  static final java.util.Set<String> OPENERS = java.util.Set.of(
      "what", "how", "why", "which", "when", "explain", "describe", "list", "compare", "give",
      "create", "write", "summarize", "is", "are", "does", "do", "can", "please", "my", "i",
      "pt", "patient", "dx", "hpi", "assessment");
  static final java.util.Set<String> DOSE_UNITS = java.util.Set.of(
      "mg", "mcg", "µg", "ug", "ml", "units", "iu", "tablets", "tablet", "puffs", "mmol", "mmhg");

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>(text.length() / 5 + 1);
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int b = i;
        while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\''
            && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
          i++;
        }
        out.add(AhoCorasick.fold(text.substring(b, i)));
      } else if (Character.isDigit(c)) {
        boolean dec = false;
        while (i < n && (Character.isDigit(text.charAt(i)) || (text.charAt(i) == '.'
            || text.charAt(i) == ',') && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
          dec |= !Character.isDigit(text.charAt(i));
          i++;
        }
        out.add(dec ? "<dec>" : "<num>");
      } else {
        if (c == '%' || c == '$' || c == '€' || c == '£' || c == '/' || c == ':') {
          out.add(String.valueOf(c));
        }
        i++;
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "DocumentCategorizer[categories=" + model.getMaxentModel().getNumOutcomes() + "]";
  }
}
