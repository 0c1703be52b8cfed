# TRAIN. E-mail.
@register email
@language en
@region US
Hi {FIRST}, my email is {EMAIL_ADDRESS} and my number is {PHONE_US}. Thanks, {NAME}
Subject: payment\n\nPlease use IBAN {IBAN} or card {CREDIT_CARD}.
From: {EMAIL_ADDRESS}\n\nDOB {DATE}, SSN {US_SSN}.
