# DEV. Dutch.
@register finance
@language nl
@region NL
Beste {FIRST}, het bedrag wordt overgemaakt naar {IBAN_NL}. Uw BSN: {NL_BSN}. Telefoon {PHONE_NL}.
@register clinical
Patiënt {NAME}, geboortedatum {DATE_NUM}, BSN {NL_BSN}.
@register chat
Bestelling {ORDER_NO} van {PRICE} is verzonden.
