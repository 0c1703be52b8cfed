# DEV. No personal data.
@register chat
@language en
@region US
Your order {ORDER_NO} is out for delivery (parcel {NUM16}); you paid {PRICE}.
Release {VERSION} fixes the crash introduced in {VERSION}.
Ticket {NUM9} was closed after 3 days.
Started {TIMESTAMP}, ended {TIMESTAMP}, 0 errors, 12 warnings.
The sample SSN {NEAR_US_SSN} in the tutorial is deliberately invalid.
Test card {NEAR_CREDIT_CARD} fails the Luhn check, so the form rejects it.
The routing number {NEAR_US_BANK_ROUTING} bounced: wrong check digit.
@register clinical
Administer {DOSE} IV over 30 minutes; recheck vitals {MEASURE} in room {ROOM}.
Bed {ROOM} cleaned; next patient arrives at 14:30; potassium {MEASURE}.
@register finance
Quarterly fee {PRICE}, reference {ORDER_NO}; the rate rose by 0.25 points.
@register finance
Sample IBAN {NEAR_IBAN} in the test suite has a wrong check number on purpose.
@register clinical
NPI {NEAR_US_NPI} could not be verified; IMEI {NEAR_IMEI} is not a valid handset id.
@register chat
Test ids {NEAR_NL_BSN}, {NEAR_PL_PESEL} and {NEAR_UK_NHS_NUMBER} are all invalid by construction.
