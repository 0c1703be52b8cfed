# HELDOUT. Polish.
@register clinical
@language pl
@region PL
Skierowanie dla pacjenta {NAME}, PESEL {PL_PESEL}, telefon kontaktowy {PHONE_PL}.
@register finance
Szanowny Panie, prosimy o wpłatę na rachunek {IBAN_PL}. Numer PESEL {PL_PESEL} został zweryfikowany.
