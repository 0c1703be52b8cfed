# DEV. Spanish.
@register finance
@language es
@region ES
Le confirmamos el cargo en la cuenta {IBAN_ES} del titular con DNI {ES_DNI}.
Número de identidad de extranjero: {ES_NIE}. Teléfono: {PHONE_ES}.
@register clinical
Paciente {NAME}, nacido el {DATE_NUM}, DNI {ES_DNI}, contacto {PHONE_ES}.
@register chat
Necesito renovar el pasaporte número {PASSPORT_NUMBER} antes del {DATE_NUM}.
