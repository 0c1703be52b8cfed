# TRAIN. Dutch.
@register finance
@language nl
@region NL
BSN {NL_BSN}, IBAN {IBAN_NL}, tel. {PHONE_NL}.
