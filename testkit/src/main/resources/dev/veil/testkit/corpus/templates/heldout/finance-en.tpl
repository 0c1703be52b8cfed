# HELDOUT. Bank and insurance letters, payment instructions (US English).
@register finance
@language en
@region US
Dear {NAME}, we received your payment from the card number {CREDIT_CARD}. Your statement date is {DATE}.
Please wire the settlement to IBAN {IBAN}, SWIFT {SWIFT_BIC}, reference {ORDER_NO}.
Direct deposit form: routing number {US_BANK_ROUTING}, account holder {NAME}, SSN {US_SSN}.
Claim {ORDER_NO} for the policyholder with taxpayer ID (ITIN) {US_ITIN} has been approved for {PRICE}.
We could not charge {CREDIT_CARD}; please update your card before {DATE} or call us at {PHONE_US}.
| Item | Detail |\n|---|---|\n| Card | {CREDIT_CARD} |\n| IBAN | {IBAN} |\n| Routing | {US_BANK_ROUTING} |
Loan application: applicant {NAME}, born {DATE}, social security no. {US_SSN}, residing at {STREET_ADDRESS}, {CITY} {ZIP_CODE}.
Auto insurance renewal for the vehicle with VIN {VIN}; the premium of {PRICE} is due on {DATE}.
