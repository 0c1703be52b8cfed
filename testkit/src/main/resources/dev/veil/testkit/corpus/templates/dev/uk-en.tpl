# DEV. UK English.
@register clinical
@language en-GB
@region GB
Clinic letter re {NAME} (NHS No {UK_NHS_NUMBER}), appointment {DATE_NUM}, mobile {PHONE_UK}.
HMRC asks for your NI number {UK_NINO}; the hospital needs NHS number {UK_NHS_NUMBER}.
@register finance
Salary paid into {IBAN_GB}; National Insurance {UK_NINO}. Call {PHONE_UK} with questions.
