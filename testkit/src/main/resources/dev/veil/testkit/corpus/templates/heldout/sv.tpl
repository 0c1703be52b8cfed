# HELDOUT. Swedish.
@register clinical
@language sv
@region SE
Remiss: {NAME}, personnummer {SE_PERSONNUMMER}, telefon {PHONE_SE}.
@register finance
Hej {FIRST}! Din återbetalning skickas till {IBAN_SE}. Ditt personnummer {SE_PERSONNUMMER} är registrerat.
