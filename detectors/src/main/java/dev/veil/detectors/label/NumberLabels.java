package dev.veil.detectors.label;

/**
 * Labels that introduce one kind of number (phone, account, order, an identifier by its name), in
 * the languages of the corpus, lower case. A number whose {@linkplain NearestLabel closest label}
 * is one of them is that kind of number, whatever else its digits pass: a detector whose own
 * label is not the closest one scores such a number below the default threshold. Not public API.
 */
public final class NumberLabels {
  /** Labels of numbers of some kind; a detector checks its own labels first. */
  public static final String[] ANY = {
      // phone
      "phone", "tel", "telephone", "fax", "mobile", "cell", "call", "contact", "ph", "pager", "whatsapp",
      "telefon", "handy", "mobil", "rufnummer", "telefonnummer", "téléphone", "tél", "portable", "teléfono",
      "móvil", "celular", "telefono", "cellulare", "telefoon", "telefoonnummer", "mobiel",
      // orders, references, things
      "order", "invoice", "inv", "ref", "reference", "policy", "ticket", "tracking", "parcel", "shipment",
      "confirmation", "booking", "transaction", "po", "sku", "serial", "version", "id", "ids", "auftrag",
      "auftragsnummer", "bestellnummer", "rechnungsnummer", "referenz", "commande", "facture", "référence",
      "pedido", "factura", "referencia", "ordine", "fattura", "riferimento", "bestelnummer", "ordernummer",
      "factuur", "referentie", "faktura", "referens", "zamówienia",
      // accounts
      "account", "acct", "a/c", "iban", "customer", "konto", "kontonummer", "kundennummer", "compte", "cuenta",
      "conto", "rekening", "rekeningnummer", "rachunek",
      // identifiers by name
      "ssn", "social security", "itin", "ein", "tin", "npi", "nhs", "mrn", "imei", "dea", "vin", "passport",
      "licence", "license", "routing", "aba", "bsn", "pesel", "nir", "dni", "nie", "nino", "personnummer",
      "steuer-id", "steuernummer", "idnr",
  };

  private NumberLabels() {}
}
