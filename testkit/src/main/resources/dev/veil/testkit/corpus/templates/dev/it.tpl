# DEV. Italian.
@register clinical
@language it
@region IT
Paziente {NAME}, C.F. {IT_CODICE_FISCALE}, data di nascita {DATE_NUM}, cellulare {PHONE_IT}.
@register finance
Il rimborso sarà accreditato sul conto {IBAN_IT}; codice fiscale del titolare {IT_CODICE_FISCALE}.
@register chat
puoi chiamarmi al {PHONE_IT}? oppure mandami una mail a {EMAIL_ADDRESS}
