# TRAIN. Chat.
@register chat
@language en
@region US
my social is {US_SSN}, does that help?
card number {CREDIT_CARD} exp 09/27
AWS_ACCESS_KEY_ID={AWS_ACCESS_KEY_ID}
token: {GITHUB_TOKEN}
jwt={JWT}
{PEM_PRIVATE_KEY}
password: {PASSWORD}
ping {IPV4} and {IPV6} both time out
she's {AGE_OVER_89} now, born {DATE}
check out {URL}
passport {PASSPORT_NUMBER}
