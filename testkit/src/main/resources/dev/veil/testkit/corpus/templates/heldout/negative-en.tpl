# HELDOUT. No personal data; numbers that resemble identifiers.
@register chat
@language en
@region US
Order {ORDER_NO} shipped; tracking {NUM16}, total {PRICE}.
We upgraded the library from {VERSION} to {VERSION} and the build time dropped to 42 seconds.
Invoice {NUM9} is attached. The amount of {PRICE} is payable within 30 days.
The job started at {TIMESTAMP} and finished at {TIMESTAMP} without errors.
Please restock aisle 7: {DOSE} tablets, 300 units, batch {ORDER_NO}.
Is 000-12-3456 a valid test value? Our docs also mention {NEAR_US_SSN} as an example of a rejected number.
The payment form rejected {NEAR_CREDIT_CARD} because the checksum is wrong, which is what we expected.
@register clinical
Give {DOSE} every 8 hours. Meeting in room {ROOM} at 3 pm. Heart rate {MEASURE}.
Ward round moved to room {ROOM}; lab results: glucose {MEASURE}, dose adjusted to {DOSE}.
@register finance
The fund returned 4.7% last year; fees are {PRICE} per quarter and the reference is {ORDER_NO}.
@register finance
The validator flagged {NEAR_IBAN} as malformed, so the transfer was never sent.
Bank code {NEAR_US_BANK_ROUTING} failed verification; please re-enter it.
@register clinical
Registry lookup for {NEAR_US_NPI} returned no provider (checksum error). Device {NEAR_IMEI} not recognised.
The number {NEAR_UK_NHS_NUMBER} does not pass the NHS check and was rejected by the spine.
@register chat
Reference {NEAR_NL_BSN} and code {NEAR_DE_TAX_ID} were typed by the test script, both deliberately invalid.
