# HELDOUT. Spanish.
@register finance
@language es
@region ES
Estimado cliente: hemos recibido su DNI {ES_DNI} y la domiciliación en la cuenta {IBAN_ES}.
Para el contrato del extranjero necesitamos el NIE {ES_NIE} y un teléfono de contacto, por ejemplo {PHONE_ES}.
@register clinical
Informe de alta de {NAME}, fecha de nacimiento {DATE_NUM}, documento {ES_DNI}, teléfono {PHONE_ES}.
