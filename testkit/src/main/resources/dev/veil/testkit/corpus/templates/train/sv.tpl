# TRAIN. Swedish.
@register finance
@language sv
@region SE
Personnummer {SE_PERSONNUMMER}, konto {IBAN_SE}, tel. {PHONE_SE}.
