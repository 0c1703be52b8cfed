# TRAIN. Polish.
@register finance
@language pl
@region PL
PESEL {PL_PESEL}, rachunek {IBAN_PL}, tel. {PHONE_PL}.
