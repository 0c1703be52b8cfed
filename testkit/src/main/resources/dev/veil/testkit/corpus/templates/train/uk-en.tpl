# TRAIN. UK English.
@register clinical
@language en-GB
@region GB
NHS number: {UK_NHS_NUMBER}; phone {PHONE_UK}; DOB {DATE_NUM}.
NINO {UK_NINO}, NHS {UK_NHS_NUMBER}.
@register finance
Account {IBAN_GB}, National Insurance number {UK_NINO}.
