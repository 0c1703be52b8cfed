# HELDOUT. UK English: NHS and National Insurance numbers.
@register clinical
@language en-GB
@region GB
GP letter: {NAME}, NHS number {UK_NHS_NUMBER}, seen on {DATE_NUM}. Contact {PHONE_UK}.
Please confirm your National Insurance number ({UK_NINO}) and NHS no. {UK_NHS_NUMBER} before the assessment.
@register finance
Your pension statement: NI number {UK_NINO}, payments go to {IBAN_GB}. Questions? Ring {PHONE_UK}.
