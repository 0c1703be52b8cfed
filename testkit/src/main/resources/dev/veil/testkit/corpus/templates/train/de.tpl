# TRAIN. German.
@register finance
@language de
@region DE
IBAN {IBAN_DE}, Steuer-ID {DE_TAX_ID}.
Tel. {PHONE_DE}, Steuernummer-ID {DE_TAX_ID}.
@register clinical
Patientin {NAME}, geb. {DATE_NUM}, Tel. {PHONE_DE}.
Reisepass {PASSPORT_NUMBER}.
