# DEV. E-mail.
@register email
@language en
@region US
Dear {FIRST},\n\nplease find the signed consent attached. For questions write to {EMAIL_ADDRESS} or call {PHONE_US}.\n\nKind regards\n{NAME}
Subject: refund\n\nRefund to IBAN {IBAN} (BIC {SWIFT_BIC}) please, not to the card {CREDIT_CARD}.
From: {EMAIL_ADDRESS}\nSubject: form\n\nMy husband was born {DATE}; his social is {US_SSN}.
Reminder: the recording of our call is at {URL}, and my cell is {PHONE_US}.
