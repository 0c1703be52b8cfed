# HELDOUT. E-mail.
@register email
@language en
@region US
Hi {FIRST},\n\nThanks for calling today. As discussed, I've attached the forms. You can reach me directly at {PHONE_US} or {EMAIL_ADDRESS}.\n\nBest,\n{NAME}
Subject: updated bank details\n\nPlease use the new account from now on: IBAN {IBAN}, BIC {SWIFT_BIC}. The old card {CREDIT_CARD} is cancelled.
From: {EMAIL_ADDRESS}\nTo: {EMAIL_ADDRESS}\nSubject: Re: appointment {DATE}\n\nMy son's date of birth is {DATE} and his SSN is {US_SSN}.
Hello team, the shared folder is at {URL}; ping me on {PHONE_US} if the link expires.
