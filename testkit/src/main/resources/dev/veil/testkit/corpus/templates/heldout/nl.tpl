# HELDOUT. Dutch.
@register finance
@language nl
@region NL
Geachte heer {LAST}, uw BSN {NL_BSN} is gekoppeld aan rekening {IBAN_NL}. Vragen? Bel {PHONE_NL}.
@register clinical
Verwijsbrief voor {NAME}, geboren {DATE_NUM}, burgerservicenummer {NL_BSN}.
@register chat
Het pakket met ordernummer {ORDER_NO} kost {PRICE} en wordt morgen bezorgd.
