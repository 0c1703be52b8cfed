# HELDOUT. German.
@register finance
@language de
@region DE
Sehr geehrte Frau {LAST}, bitte überweisen Sie den Betrag auf das Konto IBAN {IBAN_DE}. Ihre Steuer-ID {DE_TAX_ID} haben wir vermerkt.
Für die Lohnabrechnung benötigen wir Ihre steuerliche Identifikationsnummer {DE_TAX_ID} und Ihre Telefonnummer {PHONE_DE}.
@register clinical
Arztbrief: Patient {NAME}, geb. {DATE_NUM}, Rückfragen unter {PHONE_DE} oder per E-Mail an {EMAIL_ADDRESS}.
@register chat
Bestellung {ORDER_NO} wurde versandt, der Betrag von {PRICE} ist bezahlt.
@register clinical
Für die Auslandsbehandlung bitte die Reisepassnummer {PASSPORT_NUMBER} angeben.
