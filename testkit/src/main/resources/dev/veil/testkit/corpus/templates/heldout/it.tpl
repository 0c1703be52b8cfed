# HELDOUT. Italian.
@register clinical
@language it
@region IT
Lettera di dimissione: {NAME}, codice fiscale {IT_CODICE_FISCALE}, nato il {DATE_NUM}, telefono {PHONE_IT}.
@register finance
Gentile cliente, l'accredito avverrà sull'IBAN {IBAN_IT} intestato al codice fiscale {IT_CODICE_FISCALE}.
@register chat
ciao, il mio numero è {PHONE_IT}, scrivimi a {EMAIL_ADDRESS} per la prenotazione
