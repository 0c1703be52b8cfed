# TRAIN. Finance (US English).
@register finance
@language en
@region US
Card on file: {CREDIT_CARD}. Billing ZIP {ZIP_CODE}.
Send funds to IBAN {IBAN} / BIC {SWIFT_BIC}.
Routing {US_BANK_ROUTING}; account owner {NAME}; SSN {US_SSN}.
ITIN {US_ITIN} was issued to the applicant on {DATE}.
Declined transaction on {CREDIT_CARD}, call {PHONE_US}.
Vehicle identification number {VIN} is covered until {DATE}.
