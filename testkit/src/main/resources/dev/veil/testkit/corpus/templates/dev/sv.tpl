# DEV. Swedish.
@register clinical
@language sv
@region SE
Patient {NAME}, personnr {SE_PERSONNUMMER}, mobil {PHONE_SE}.
@register finance
Utbetalning till konto {IBAN_SE} för personnummer {SE_PERSONNUMMER}.
