# DEV. Polish.
@register clinical
@language pl
@region PL
Pacjent {NAME}, numer PESEL {PL_PESEL}, tel. {PHONE_PL}.
@register finance
Przelew na konto {IBAN_PL}, PESEL właściciela {PL_PESEL}.
