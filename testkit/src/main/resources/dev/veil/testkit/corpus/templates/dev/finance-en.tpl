# DEV. Bank and insurance letters (US English).
@register finance
@language en
@region US
Your new Visa card {CREDIT_CARD} has been activated. Call {PHONE_US} if you did not request it.
International transfer details: beneficiary IBAN {IBAN}, bank code {SWIFT_BIC}, amount {PRICE}.
ACH authorization - ABA routing {US_BANK_ROUTING}, employee {NAME}, social security number {US_SSN}.
Form W-7 received; your individual taxpayer identification number is {US_ITIN}.
Chargeback on card {CREDIT_CARD} for order {ORDER_NO} dated {DATE} is under review.
Mortgage file: borrower {NAME}, SSN {US_SSN}, property {STREET_ADDRESS}, {CITY}, {STATE} {ZIP_CODE}.
| Payment | Value |\n|---|---|\n| Card number | {CREDIT_CARD} |\n| Routing number | {US_BANK_ROUTING} |\n| IBAN | {IBAN} |
Claim for vehicle {VIN} (policy {ORDER_NO}) was approved on {DATE}.
