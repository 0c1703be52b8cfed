# TRAIN. No personal data.
@register chat
@language en
@region US
Order {ORDER_NO}, tracking {NUM16}, {PRICE}.
Bumped {VERSION} -> {VERSION}.
Reference {NUM9}.
[{TIMESTAMP}] service started
Invalid SSN example: {NEAR_US_SSN}.
Invalid card example: {NEAR_CREDIT_CARD}.
Invalid IBAN example: {NEAR_IBAN}.
@register clinical
{DOSE} PO q6h, room {ROOM}, vitals {MEASURE}.
Invalid NPI {NEAR_US_NPI}, invalid IMEI {NEAR_IMEI}, invalid NHS {NEAR_UK_NHS_NUMBER}.
