# DEV. German.
@register finance
@language de
@region DE
Ihre Rückerstattung geht an die IBAN {IBAN_DE}; Steueridentifikationsnummer: {DE_TAX_ID}.
Hallo {FIRST}, bitte ruf mich unter {PHONE_DE} zurück, es geht um deine Steuer-IdNr. {DE_TAX_ID}.
@register clinical
Entlassbericht für {NAME} (geboren am {DATE_NUM}), Telefon {PHONE_DE}, E-Mail {EMAIL_ADDRESS}.
@register chat
Version {VERSION} kostet {PRICE}, Lieferung mit Auftragsnummer {ORDER_NO}.
