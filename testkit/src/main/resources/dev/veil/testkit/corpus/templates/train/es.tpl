# TRAIN. Spanish.
@register finance
@language es
@region ES
DNI {ES_DNI}, IBAN {IBAN_ES}.
NIE {ES_NIE}, tel. {PHONE_ES}.
