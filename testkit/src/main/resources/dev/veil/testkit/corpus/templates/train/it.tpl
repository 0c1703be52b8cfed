# TRAIN. Italian.
@register finance
@language it
@region IT
Codice fiscale {IT_CODICE_FISCALE}, IBAN {IBAN_IT}, tel. {PHONE_IT}.
